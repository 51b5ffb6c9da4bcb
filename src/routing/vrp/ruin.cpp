#include "routing/vrp/ruin.h"

#include <algorithm>
#include <cmath>

namespace bosai::routing::vrp {
namespace {

// Removes positions [first, first + length) of `route` except those in [keep_first, keep_first + keep).
void cut(const SearchData& data, WorkingSolution& s, Index r, Index first, Index length, Index keep_first,
         Index keep, std::vector<Index>& removed) {
  RouteState& route = s.routes[r];
  std::vector<Index> kept;
  kept.reserve(route.jobs.size());
  for (Index k = 0; k < route.size(); ++k) {
    const bool in_string = k >= first && k < first + length;
    const bool preserved = k >= keep_first && k < keep_first + keep;
    if (in_string && !preserved) {
      removed.push_back(route.jobs[k]);
      s.route_of[route.jobs[k]] = kNone;
    } else {
      kept.push_back(route.jobs[k]);
    }
  }
  route.jobs = std::move(kept);
  route.rebuild(data.problem);
  // Removing a visit can only delay nothing when travel times obey the triangle inequality; road matrices may
  // not, so a route that became late is emptied rather than kept infeasible.
  if (!route.feasible) {
    for (Index j : route.jobs) {
      removed.push_back(j);
      s.route_of[j] = kNone;
    }
    route.jobs.clear();
    route.rebuild(data.problem);
  }
  s.touch(r);
}

}  // namespace

void ruin_strings(const SearchData& data, Neighbours& neighbours, const RuinParameters& params, WorkingSolution& s,
                  Rng& rng, std::vector<Index>& removed) {
  Index non_empty = 0;
  Index assigned = 0;
  for (const RouteState& r : s.routes) {
    if (!r.empty()) ++non_empty;
    assigned += r.size();
  }
  if (assigned == 0) return;

  const double max_string = std::min(params.max_string_length, static_cast<double>(assigned) / non_empty);
  const double max_strings = 4 * params.average_removed / (1 + max_string) - 1;
  const Index strings = static_cast<Index>(1 + rng.uniform() * max_strings);

  Index seed = kNone;
  while (seed == kNone) {
    const Index j = static_cast<Index>(rng.below(static_cast<std::int64_t>(s.route_of.size())));
    if (s.route_of[j] != kNone) seed = j;
  }

  std::vector<Index> ruined;
  auto visit = [&](Index c) {
    const Index r = s.route_of[c];
    if (r == kNone || std::find(ruined.begin(), ruined.end(), r) != ruined.end()) return;
    ruined.push_back(r);
    const RouteState& route = s.routes[r];
    const Index size = route.size();
    const Index position = static_cast<Index>(std::find(route.jobs.begin(), route.jobs.end(), c) - route.jobs.begin());
    const double cap = std::min(static_cast<double>(size), max_string);
    const Index length = std::min(size, static_cast<Index>(1 + rng.uniform() * cap));

    Index kept = 0;
    if (length < size && rng.uniform() < params.split_rate) {
      kept = 1;
      while (kept < size - length && rng.uniform() > params.split_depth) ++kept;
    }
    const Index total = length + kept;
    const Index lowest = std::max<Index>(0, position - total + 1);
    const Index highest = std::min<Index>(position, size - total);
    const Index first = lowest + static_cast<Index>(rng.below(highest - lowest + 1));
    const Index keep_first = first + static_cast<Index>(rng.below(total - kept + 1));
    cut(data, s, r, first, total, keep_first, kept, removed);
  };

  visit(seed);
  for (std::size_t rank = 0; static_cast<Index>(ruined.size()) < strings; ++rank) {
    const Index c = neighbours.nth(seed, rank);
    if (c == kNone) break;
    visit(c);
  }
}

}  // namespace bosai::routing::vrp
