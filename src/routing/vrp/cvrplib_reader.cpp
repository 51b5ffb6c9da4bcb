#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/text_input.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

namespace bosai::routing::vrp {
namespace {

struct Section {
  long line = 0;             // the line naming the section
  std::vector<long> lines;   // its data lines
};

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool is_data_line(const std::vector<std::string>& tokens) {
  const char c = tokens.front().front();
  return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
}

Matrix explicit_matrix(const TextInput& in, const Section& section, const std::string& format, Index n) {
  std::vector<std::pair<double, long>> values;
  for (long l : section.lines) {
    for (const auto& t : in.tokens(l)) values.emplace_back(in.number(t, l, "EDGE_WEIGHT_SECTION"), l);
  }
  std::vector<std::pair<Index, Index>> cells;
  if (format == "FULL_MATRIX") {
    for (Index i = 0; i < n; ++i)
      for (Index j = 0; j < n; ++j) cells.emplace_back(i, j);
  } else if (format == "LOWER_ROW" || format == "UPPER_COL") {
    for (Index i = 1; i < n; ++i)
      for (Index j = 0; j < i; ++j) cells.emplace_back(i, j);
  } else if (format == "LOWER_DIAG_ROW" || format == "UPPER_DIAG_COL") {
    for (Index i = 0; i < n; ++i)
      for (Index j = 0; j <= i; ++j) cells.emplace_back(i, j);
  } else if (format == "UPPER_ROW" || format == "LOWER_COL") {
    for (Index i = 0; i < n; ++i)
      for (Index j = i + 1; j < n; ++j) cells.emplace_back(i, j);
  } else if (format == "UPPER_DIAG_ROW" || format == "LOWER_DIAG_COL") {
    for (Index i = 0; i < n; ++i)
      for (Index j = i; j < n; ++j) cells.emplace_back(i, j);
  } else {
    in.fail(section.line, "EDGE_WEIGHT_FORMAT", "unsupported format '" + format + "'");
  }
  if (values.size() != cells.size()) {
    in.fail(section.lines.empty() ? section.line : section.lines.back(), "EDGE_WEIGHT_SECTION",
            "expected " + std::to_string(cells.size()) + " weights for " + format + " with DIMENSION " +
                std::to_string(n) + ", found " + std::to_string(values.size()));
  }
  Matrix m(n);
  for (std::size_t k = 0; k < cells.size(); ++k) {
    auto [i, j] = cells[k];
    if (values[k].first < 0) in.fail(values[k].second, "EDGE_WEIGHT_SECTION", "negative weight");
    m.at(i, j) = values[k].first;
    if (format != "FULL_MATRIX") m.at(j, i) = values[k].first;
  }
  return m;
}

Matrix coordinate_matrix(const std::vector<double>& x, const std::vector<double>& y, const std::string& type) {
  const Index n = static_cast<Index>(x.size());
  Matrix m(n);
  for (Index i = 0; i < n; ++i) {
    for (Index j = 0; j < n; ++j) {
      const double dx = x[i] - x[j];
      const double dy = y[i] - y[j];
      double d = std::sqrt(dx * dx + dy * dy);
      if (type == "EUC_2D") d = std::floor(d + 0.5);
      else if (type == "CEIL_2D") d = std::ceil(d);
      else if (type == "ATT") {
        const double r = std::sqrt((dx * dx + dy * dy) / 10.0);
        d = std::floor(r + 0.5);
        if (d < r) d += 1;
      }
      m.at(i, j) = d;
    }
  }
  return m;
}

}  // namespace

BenchmarkInstance read_cvrplib(const std::filesystem::path& file) {
  const TextInput in(file);
  const long end_line = std::max(1L, in.line_count());
  std::map<std::string, std::pair<std::string, long>> header;
  std::map<std::string, Section> sections;

  for (long l = 1; l <= in.line_count(); ++l) {
    const auto& tokens = in.tokens(l);
    if (tokens.empty()) continue;
    if (tokens.front() == "EOF") break;
    std::string first = tokens.front();
    if (!first.empty() && first.back() == ':') first.pop_back();
    if (first.size() > 8 && first.ends_with("_SECTION")) {
      Section& s = sections[first];
      if (s.line != 0) in.fail(l, first, "section appears twice");
      s.line = l;
      while (l + 1 <= in.line_count() && (in.tokens(l + 1).empty() || is_data_line(in.tokens(l + 1)))) {
        ++l;
        if (!in.tokens(l).empty()) s.lines.push_back(l);
      }
      continue;
    }
    std::string joined;
    for (const auto& t : tokens) joined += (joined.empty() ? "" : " ") + t;
    const auto colon = joined.find(':');
    if (colon == std::string::npos) in.fail(l, first, "expected 'KEY : VALUE' or a *_SECTION name");
    const std::string key = trim(joined.substr(0, colon));
    const std::string value = trim(joined.substr(colon + 1));
    if (value.empty()) in.fail(l, key, "missing value");
    header[key] = {value, l};
  }

  auto field = [&](const std::string& key) -> std::optional<std::pair<std::string, long>> {
    auto it = header.find(key);
    if (it == header.end()) return std::nullopt;
    return it->second;
  };
  auto required = [&](const std::string& key) {
    auto f = field(key);
    if (!f) in.fail(end_line, key, "missing " + key + " in the header");
    return *f;
  };
  auto section = [&](const std::string& key) -> const Section& {
    auto it = sections.find(key);
    if (it == sections.end()) in.fail(end_line, key, "missing " + key);
    return it->second;
  };

  BenchmarkInstance instance;
  if (auto name = field("NAME")) instance.name = name->first;
  // CVRPLIB's own E-n101-k14 says OVRP although its published solutions are closed CVRP tours, so OVRP files
  // are read as CVRP (every route returns to the depot); other types are rejected.
  if (auto type = field("TYPE"); type && type->first != "CVRP" && type->first != "OVRP") {
    in.fail(type->second, "TYPE", "only CVRP instances are supported, got '" + type->first + "'");
  }
  const auto [dimension_text, dimension_line] = required("DIMENSION");
  const std::int64_t dimension = in.integer(dimension_text, dimension_line, "DIMENSION");
  if (dimension < 2 || dimension > 100000) in.fail(dimension_line, "DIMENSION", "must be between 2 and 100000");
  const Index n = static_cast<Index>(dimension);
  const auto [capacity_text, capacity_line] = required("CAPACITY");
  const std::int64_t capacity = in.integer(capacity_text, capacity_line, "CAPACITY");
  if (capacity <= 0) in.fail(capacity_line, "CAPACITY", "must be positive");
  const auto [weight_type, weight_type_line] = required("EDGE_WEIGHT_TYPE");

  auto node_id = [&](const std::string& token, long line, const std::string& what) {
    const std::int64_t id = in.integer(token, line, what);
    if (id < 1 || id > n) in.fail(line, what, "node " + token + " is outside 1.." + std::to_string(n));
    return static_cast<Index>(id - 1);
  };

  Matrix matrix;
  if (weight_type == "EXPLICIT") {
    const auto [format, format_line] = required("EDGE_WEIGHT_FORMAT");
    (void)format_line;
    matrix = explicit_matrix(in, section("EDGE_WEIGHT_SECTION"), format, n);
    instance.integral_costs = true;
    for (double v : matrix.values) instance.integral_costs = instance.integral_costs && v == std::floor(v);
  } else if (weight_type == "EUC_2D" || weight_type == "CEIL_2D" || weight_type == "EXACT_2D" ||
             weight_type == "ATT") {
    const Section& coords = section("NODE_COORD_SECTION");
    std::vector<double> x(n), y(n);
    std::vector<char> seen(n, 0);
    for (long l : coords.lines) {
      const auto& t = in.tokens(l);
      if (t.size() != 3) in.fail(l, "NODE_COORD_SECTION", "expected 'id x y'");
      const Index id = node_id(t[0], l, "NODE_COORD_SECTION");
      if (seen[id]++) in.fail(l, "NODE_COORD_SECTION", "node " + t[0] + " given twice");
      x[id] = in.number(t[1], l, "NODE_COORD_SECTION");
      y[id] = in.number(t[2], l, "NODE_COORD_SECTION");
    }
    for (Index i = 0; i < n; ++i) {
      if (!seen[i]) in.fail(coords.line, "NODE_COORD_SECTION", "no coordinates for node " + std::to_string(i + 1));
    }
    matrix = coordinate_matrix(x, y, weight_type);
    instance.integral_costs = weight_type != "EXACT_2D";
  } else {
    in.fail(weight_type_line, "EDGE_WEIGHT_TYPE", "unsupported type '" + weight_type + "'");
  }

  const Section& depots = section("DEPOT_SECTION");
  std::vector<Index> depot_ids;
  for (long l : depots.lines) {
    for (const auto& t : in.tokens(l)) {
      if (t == "-1") break;
      depot_ids.push_back(node_id(t, l, "DEPOT_SECTION"));
    }
  }
  if (depot_ids.empty()) in.fail(depots.line, "DEPOT_SECTION", "no depot given");
  if (depot_ids.size() > 1) in.fail(depots.line, "DEPOT_SECTION", "several depots are not supported");
  const Index depot = depot_ids.front();

  const Section& demands = section("DEMAND_SECTION");
  std::vector<std::int64_t> demand(n, 0);
  std::vector<char> has_demand(n, 0);
  for (long l : demands.lines) {
    const auto& t = in.tokens(l);
    if (t.size() != 2) in.fail(l, "DEMAND_SECTION", "expected 'id demand'");
    const Index id = node_id(t[0], l, "DEMAND_SECTION");
    if (has_demand[id]++) in.fail(l, "DEMAND_SECTION", "node " + t[0] + " given twice");
    demand[id] = in.integer(t[1], l, "DEMAND_SECTION");
    if (demand[id] < 0) in.fail(l, "DEMAND_SECTION", "negative demand");
  }
  for (Index i = 0; i < n; ++i) {
    if (!has_demand[i]) in.fail(demands.line, "DEMAND_SECTION", "no demand for node " + std::to_string(i + 1));
  }

  Duration service = 0;
  if (auto s = field("SERVICE_TIME")) service = in.number(s->first, s->second, "SERVICE_TIME");
  Duration max_duration = kNoDeadline;
  if (auto d = field("DISTANCE")) max_duration = in.number(d->first, d->second, "DISTANCE");
  if (service < 0) in.fail(field("SERVICE_TIME")->second, "SERVICE_TIME", "must not be negative");

  Problem& p = instance.problem;
  p.durations = matrix;
  p.costs = std::move(matrix);
  for (Index i = 0; i < n; ++i) {
    if (i == depot) continue;
    Job job;
    job.id = std::to_string(p.jobs.size() + 1);
    job.location = i;
    job.delivery = {demand[i]};
    job.service = service;
    p.jobs.push_back(std::move(job));
  }
  const std::int64_t customers = static_cast<std::int64_t>(p.jobs.size());
  std::int64_t fleet = customers;
  if (auto v = field("VEHICLES")) {
    fleet = in.integer(v->first, v->second, "VEHICLES");
    if (fleet < 1) in.fail(v->second, "VEHICLES", "must be at least 1");
  }
  instance.vehicle_limit = static_cast<Index>(std::min(fleet, customers));
  // VEHICLES is a target, not a guarantee: some published files pair it with a DISTANCE limit no solution meets.
  // Vehicles beyond it carry a fixed cost larger than any route set's length, so the search uses one only when
  // the customers cannot all be served otherwise; printed costs leave fixed costs out.
  double longest = 0;
  for (double c : p.costs.values) longest = std::max(longest, c);
  const Cost extra_vehicle_cost = 2 * longest * static_cast<double>(customers + 1);
  for (std::int64_t k = 0; k < std::max<std::int64_t>(customers, 1); ++k) {
    Vehicle v;
    v.id = std::to_string(k + 1);
    v.start = v.end = depot;
    v.capacity = {capacity};
    v.shift = {0, max_duration};
    if (k >= instance.vehicle_limit) v.fixed_cost = extra_vehicle_cost;
    p.vehicles.push_back(std::move(v));
  }
  return instance;
}

}  // namespace bosai::routing::vrp
