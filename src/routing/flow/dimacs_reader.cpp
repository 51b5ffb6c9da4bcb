#include "routing/flow/dimacs_reader.h"

#include "routing/vrp/text_input.h"

#include <optional>
#include <string>

namespace bosai::routing::flow {
namespace {

using vrp::TextInput;

// Beyond this a file is surely broken, and believing it would allocate gigabytes before the first arc.
constexpr std::int64_t kMaxNodes = 100'000'000;

class DimacsParser {
 public:
  DimacsParser(const std::filesystem::path& file, std::optional<DimacsKind> expected)
      : in_(file), expected_(expected) {}

  DimacsInstance parse() {
    for (long line = 1; line <= in_.line_count(); ++line) {
      const auto& t = in_.tokens(line);
      if (t.empty() || t[0] == "c") continue;
      if (t[0] == "p") {
        problem_line(t, line);
      } else if (t[0] == "n") {
        node_line(t, line);
      } else if (t[0] == "a") {
        arc_line(t, line);
      } else {
        in_.fail(line, "line type", "expected 'c', 'p', 'n' or 'a', got '" + t[0] + "'");
      }
    }
    const long last = std::max(1L, in_.line_count());
    if (p_line_ == 0) in_.fail(last, "problem line", "missing 'p min N M' or 'p asn N M'");
    if (static_cast<std::int64_t>(instance_.problem.arcs.size()) != declared_arcs_) {
      in_.fail(p_line_, "arcs", "problem line declares " + std::to_string(declared_arcs_) + " arcs, the file has " +
                                    std::to_string(instance_.problem.arcs.size()));
    }
    if (instance_.kind == DimacsKind::asn) {
      for (auto& s : instance_.problem.supply) {
        if (s == 0) s = -1;  // every node not listed as source-side must be matched from the other side
      }
    }
    return std::move(instance_);
  }

 private:
  void expect_count(const std::vector<std::string>& t, std::size_t count, long line, const char* form) {
    if (t.size() != count) in_.fail(line, t[0] + " line", std::string("expected '") + form + "'");
  }

  void problem_line(const std::vector<std::string>& t, long line) {
    if (p_line_ != 0) in_.fail(line, "problem line", "second problem line (first on line " + std::to_string(p_line_) + ")");
    expect_count(t, 4, line, "p min|asn NODES ARCS");
    if (t[1] == "min") {
      instance_.kind = DimacsKind::min;
    } else if (t[1] == "asn") {
      instance_.kind = DimacsKind::asn;
    } else {
      in_.fail(line, "problem type", "expected 'min' or 'asn', got '" + t[1] + "'");
    }
    if (expected_ && *expected_ != instance_.kind) {
      in_.fail(line, "problem type", std::string("expected a '") + (*expected_ == DimacsKind::min ? "min" : "asn") +
                                         "' file, got '" + t[1] + "'");
    }
    const std::int64_t nodes = in_.integer(t[2], line, "nodes");
    declared_arcs_ = in_.integer(t[3], line, "arcs");
    if (nodes < 0 || nodes > kMaxNodes) in_.fail(line, "nodes", "must be between 0 and " + std::to_string(kMaxNodes));
    if (declared_arcs_ < 0) in_.fail(line, "arcs", "must not be negative");
    instance_.problem.supply.assign(static_cast<std::size_t>(nodes), 0);
    node_seen_.assign(static_cast<std::size_t>(nodes), false);
    instance_.problem.arcs.reserve(static_cast<std::size_t>(std::min<std::int64_t>(declared_arcs_, 10'000'000)));
    p_line_ = line;
  }

  FlowNode node_id(const std::string& token, long line, const std::string& field) {
    const std::int64_t id = in_.integer(token, line, field);
    const auto n = static_cast<std::int64_t>(node_seen_.size());
    if (id < 1 || id > n) in_.fail(line, field, "node " + token + " is outside 1.." + std::to_string(n));
    return static_cast<FlowNode>(id - 1);
  }

  void node_line(const std::vector<std::string>& t, long line) {
    if (p_line_ == 0) in_.fail(line, "n line", "node line before the problem line");
    if (!instance_.problem.arcs.empty()) in_.fail(line, "n line", "node lines must come before arc lines");
    const bool asn = instance_.kind == DimacsKind::asn;
    expect_count(t, asn ? 2 : 3, line, asn ? "n ID" : "n ID SUPPLY");
    const FlowNode v = node_id(t[1], line, "node");
    if (node_seen_[v]) in_.fail(line, "node", "node " + t[1] + " is described twice");
    node_seen_[v] = true;
    instance_.problem.supply[v] = asn ? 1 : in_.integer(t[2], line, "supply");
  }

  void arc_line(const std::vector<std::string>& t, long line) {
    if (p_line_ == 0) in_.fail(line, "a line", "arc line before the problem line");
    auto& arcs = instance_.problem.arcs;
    if (static_cast<std::int64_t>(arcs.size()) == declared_arcs_) {
      in_.fail(line, "a line", "more arcs than the " + std::to_string(declared_arcs_) + " the problem line declares");
    }
    if (instance_.kind == DimacsKind::asn) {
      expect_count(t, 4, line, "a SOURCE TARGET COST");
      const FlowNode u = node_id(t[1], line, "source");
      const FlowNode v = node_id(t[2], line, "target");
      if (!node_seen_[u]) in_.fail(line, "source", "node " + t[1] + " is not a source-side node (no 'n' line)");
      if (node_seen_[v]) in_.fail(line, "target", "node " + t[2] + " is a source-side node");
      arcs.push_back({u, v, 0, 1, in_.integer(t[3], line, "cost")});
      return;
    }
    expect_count(t, 6, line, "a SOURCE TARGET LOWER CAPACITY COST");
    const FlowNode u = node_id(t[1], line, "source");
    const FlowNode v = node_id(t[2], line, "target");
    arcs.push_back({u, v, in_.integer(t[3], line, "lower"), in_.integer(t[4], line, "capacity"),
                    in_.integer(t[5], line, "cost")});
  }

  TextInput in_;
  std::optional<DimacsKind> expected_;
  DimacsInstance instance_;
  std::vector<bool> node_seen_;
  std::int64_t declared_arcs_ = 0;
  long p_line_ = 0;
};

}  // namespace

DimacsInstance read_dimacs(const std::filesystem::path& file) { return DimacsParser(file, std::nullopt).parse(); }

MinCostFlowProblem read_dimacs_min(const std::filesystem::path& file) {
  return DimacsParser(file, DimacsKind::min).parse().problem;
}

MinCostFlowProblem read_dimacs_asn(const std::filesystem::path& file) {
  return DimacsParser(file, DimacsKind::asn).parse().problem;
}

}  // namespace bosai::routing::flow
