#include "routing/vrp/benchmark_instance.h"
#include "routing/vrp/text_input.h"

#include <cmath>
#include <set>

namespace bosai::routing::vrp {

BenchmarkInstance read_solomon(const std::filesystem::path& file) {
  const TextInput in(file);
  BenchmarkInstance instance;
  long l = 1;
  auto skip_blank = [&] {
    while (l <= in.line_count() && in.tokens(l).empty()) ++l;
  };
  auto expect_word = [&](const std::string& word) {
    skip_blank();
    if (l > in.line_count() || in.tokens(l).front() != word) {
      in.fail(std::min(l, std::max(1L, in.line_count())), word, "expected a line starting with " + word);
    }
    ++l;
  };

  skip_blank();
  if (l > in.line_count()) in.fail(1, "NAME", "empty file");
  instance.name = in.tokens(l).front();
  ++l;
  expect_word("VEHICLE");
  expect_word("NUMBER");
  skip_blank();
  if (l > in.line_count() || in.tokens(l).size() != 2) in.fail(l, "VEHICLE", "expected 'number capacity'");
  const std::int64_t fleet = in.integer(in.tokens(l)[0], l, "NUMBER");
  const std::int64_t capacity = in.integer(in.tokens(l)[1], l, "CAPACITY");
  if (fleet < 1 || fleet > 100000) in.fail(l, "NUMBER", "vehicle count must be between 1 and 100000");
  if (capacity <= 0) in.fail(l, "CAPACITY", "must be positive");
  ++l;
  expect_word("CUSTOMER");
  expect_word("CUST");

  struct Row {
    std::int64_t number;
    double x, y;
    std::int64_t demand;
    double ready, due, service;
  };
  std::vector<Row> rows;
  std::set<std::int64_t> numbers;
  for (; l <= in.line_count(); ++l) {
    const auto& t = in.tokens(l);
    if (t.empty()) continue;
    if (t.size() != 7) in.fail(l, "CUSTOMER", "expected 7 columns, found " + std::to_string(t.size()));
    Row r{in.integer(t[0], l, "CUST NO."), in.number(t[1], l, "XCOORD."), in.number(t[2], l, "YCOORD."),
          in.integer(t[3], l, "DEMAND"),   in.number(t[4], l, "READY TIME"), in.number(t[5], l, "DUE DATE"),
          in.number(t[6], l, "SERVICE TIME")};
    if (!numbers.insert(r.number).second) in.fail(l, "CUST NO.", "customer " + t[0] + " given twice");
    if (r.demand < 0) in.fail(l, "DEMAND", "negative demand");
    if (r.due < r.ready) in.fail(l, "DUE DATE", "due date before ready time");
    if (r.service < 0) in.fail(l, "SERVICE TIME", "negative service time");
    rows.push_back(r);
  }
  if (rows.size() < 2) in.fail(std::max(1L, in.line_count()), "CUSTOMER", "need a depot row and at least one customer");

  const Index n = static_cast<Index>(rows.size());
  Problem& p = instance.problem;
  p.costs = Matrix(n);
  for (Index i = 0; i < n; ++i) {
    for (Index j = 0; j < n; ++j) p.costs.at(i, j) = std::hypot(rows[i].x - rows[j].x, rows[i].y - rows[j].y);
  }
  p.durations = p.costs;
  for (Index i = 1; i < n; ++i) {
    Job job;
    job.id = std::to_string(rows[i].number);
    job.location = i;
    job.delivery = {rows[i].demand};
    job.service = rows[i].service;
    job.time_window = {rows[i].ready, rows[i].due};
    p.jobs.push_back(std::move(job));
  }
  instance.vehicle_limit = static_cast<Index>(fleet);
  for (std::int64_t k = 0; k < fleet; ++k) {
    Vehicle v;
    v.id = std::to_string(k + 1);
    v.capacity = {capacity};
    v.shift = {rows[0].ready, rows[0].due};
    p.vehicles.push_back(std::move(v));
  }
  return instance;
}

}  // namespace bosai::routing::vrp
