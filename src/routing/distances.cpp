#include "routing/distances.h"

#include "routing/dijkstra.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace bosai::routing {
namespace {

std::vector<NodeId> reaching_nodes(const Dijkstra& dijkstra, std::span<const SnappedPoint> points) {
  std::vector<NodeId> nodes;
  for (const auto& p : points) {
    for (const auto& a : dijkstra.reaching(p)) nodes.push_back(a.node);
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return nodes;
}

}  // namespace

std::vector<double> one_to_many(const RoadGraph& graph, const SnappedPoint& from, std::span<const SnappedPoint> to,
                                Metric metric, const Closures* closures) {
  std::vector<double> out(to.size(), Matrix::kUnreachable);
  if (to.empty()) return out;
  Dijkstra dijkstra(graph, metric, closures);
  const std::vector<NodeId> stop = reaching_nodes(dijkstra, to);
  dijkstra.run(from, stop);
  for (std::size_t j = 0; j < to.size(); ++j) out[j] = dijkstra.arrive(to[j]).cost;
  return out;
}

Matrix many_to_many(const RoadGraph& graph, std::span<const SnappedPoint> sources,
                    std::span<const SnappedPoint> targets, Metric metric, const Closures* closures,
                    const ManyToManyOptions& options, Progress& progress) {
  Matrix m;
  m.rows = sources.size();
  m.cols = targets.size();
  m.metric = metric;
  m.metres.assign(m.rows * m.cols, Matrix::kUnreachable);
  m.seconds.assign(m.rows * m.cols, Matrix::kUnreachable);
  if (m.rows == 0 || m.cols == 0) return m;

  std::vector<NodeId> stop;
  {
    const Dijkstra probe(graph, metric, closures);
    stop = reaching_nodes(probe, targets);
  }
  std::atomic<std::size_t> next{0};
  // Only the calling thread reports: a Progress is told from one thread.
  const auto caller = std::this_thread::get_id();
  auto work = [&] {
    Dijkstra dijkstra(graph, metric, closures);
    for (std::size_t i = next++; i < m.rows && !progress.cancelled(); i = next++) {
      if (std::this_thread::get_id() == caller) {
        progress.report("shortest paths", static_cast<double>(i) / static_cast<double>(m.rows));
      }
      dijkstra.run(sources[i], stop, options.cutoff);
      for (std::size_t j = 0; j < m.cols; ++j) {
        const Arrival a = dijkstra.arrive(targets[j]);
        if (!a.reached() || a.cost > options.cutoff) continue;
        (metric == Metric::kMetres ? m.metres : m.seconds)[i * m.cols + j] = a.cost;
        (metric == Metric::kMetres ? m.seconds : m.metres)[i * m.cols + j] = a.other;
      }
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, m.rows));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  progress.throw_if_cancelled();
  progress.report("shortest paths", 1);
  return m;
}

}  // namespace bosai::routing
