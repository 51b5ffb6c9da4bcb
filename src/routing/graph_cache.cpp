#include "routing/graph_cache.h"

#include <cstdint>
#include <fstream>
#include <type_traits>

namespace bosai::routing {
namespace {

constexpr char kMagic[8] = {'B', 'O', 'S', 'A', 'I', 'R', 'G', '\n'};
constexpr std::uint32_t kVersion = 1;  // bump whenever RoadGraph, ImportStats or the profiles change

class Writer {
 public:
  explicit Writer(std::ofstream& out) : out_(out) {}
  template <class T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.write(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <class T>
  void vector(const std::vector<T>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    out_.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  }
  void string(const std::string& s) { vector(std::vector<char>(s.begin(), s.end())); }

 private:
  std::ofstream& out_;
};

class Reader {
 public:
  explicit Reader(std::ifstream& in) : in_(in) {}
  template <class T>
  void value(T& v) {
    in_.read(reinterpret_cast<char*>(&v), sizeof v);
  }
  template <class T>
  void vector(std::vector<T>& v) {
    std::uint64_t size = 0;
    value(size);
    if (!in_ || size > (1ull << 36) / sizeof(T)) {  // a corrupt size must not allocate the machine away
      in_.setstate(std::ios::failbit);
      return;
    }
    v.resize(size);
    in_.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(size * sizeof(T)));
  }
  void string(std::string& s) {
    std::vector<char> chars;
    vector(chars);
    s.assign(chars.begin(), chars.end());
  }
  bool ok() const { return static_cast<bool>(in_); }

 private:
  std::ifstream& in_;
};

// One list of fields for both directions, so reading can never drift from writing.
template <class IO, class Graph>
void fields(IO& io, Graph& g) {
  io.value(g.profile);
  io.value(g.epsg);
  io.vector(g.node_position);
  io.vector(g.node_xy);
  io.vector(g.first_edge);
  io.vector(g.edge_source);
  io.vector(g.edge_target);
  io.vector(g.length_m);
  io.vector(g.duration_s);
  io.vector(g.edge_geometry);
  io.vector(g.edge_reversed);
  io.vector(g.geometry_first_point);
  io.vector(g.points);
  io.vector(g.points_xy);
  io.vector(g.geometry_start);
  io.vector(g.geometry_end);
  io.vector(g.geometry_forward);
  io.vector(g.geometry_backward);
  auto& s = g.stats;
  io.string(s.source);
  io.string(s.driver);
  io.value(s.profile);
  io.value(s.junction_ids);
  io.value(s.epsg);
  for (auto* n : {&s.features_read, &s.features_used, &s.features_not_routable, &s.features_without_line,
                  &s.input_nodes, &s.input_edges, &s.parallel_edges_merged, &s.self_loops_dropped, &s.components,
                  &s.largest_scc_nodes, &s.dropped_nodes, &s.dropped_edges, &s.nodes, &s.edges}) {
    io.value(*n);
  }
  io.value(s.total_length_km);
}

bool consistent(const RoadGraph& g) {
  return g.first_edge.size() == g.node_count() + 1 && g.node_xy.size() == g.node_count() &&
         g.first_edge.back() == g.edge_count() && g.edge_source.size() == g.edge_count() &&
         g.length_m.size() == g.edge_count() && g.duration_s.size() == g.edge_count() &&
         g.edge_geometry.size() == g.edge_count() && g.edge_reversed.size() == g.edge_count() &&
         g.geometry_first_point.size() == g.geometry_count() + 1 && g.geometry_end.size() == g.geometry_count() &&
         g.geometry_forward.size() == g.geometry_count() && g.geometry_backward.size() == g.geometry_count() &&
         g.points_xy.size() == g.points.size() && g.geometry_first_point.back() == g.points.size();
}

}  // namespace

std::optional<RoadGraph> read_graph_cache(const std::filesystem::path& cache_file, const std::string& key) {
  std::ifstream in(cache_file, std::ios::binary);
  if (!in) return std::nullopt;
  Reader reader(in);
  char magic[sizeof kMagic] = {};
  in.read(magic, sizeof magic);
  std::uint32_t version = 0;
  reader.value(version);
  std::string stored_key;
  reader.string(stored_key);
  if (!reader.ok() || std::string(magic, sizeof magic) != std::string(kMagic, sizeof kMagic) ||
      version != kVersion || stored_key != key) {
    return std::nullopt;
  }
  RoadGraph graph;
  fields(reader, graph);
  if (!reader.ok() || !consistent(graph)) return std::nullopt;
  return graph;
}

void write_graph_cache(const std::filesystem::path& cache_file, const std::string& key, const RoadGraph& graph) {
  std::filesystem::create_directories(cache_file.parent_path());
  const std::filesystem::path temporary = cache_file.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    Writer writer(out);
    out.write(kMagic, sizeof kMagic);
    writer.value(kVersion);
    writer.string(key);
    fields(writer, graph);
    if (!out) throw std::runtime_error("cannot write graph cache " + temporary.string());
  }
  std::filesystem::rename(temporary, cache_file);
}

}  // namespace bosai::routing
