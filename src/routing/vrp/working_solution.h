#pragma once
#include "routing/vrp/route_state.h"
#include "routing/vrp/search_data.h"

#include <vector>

namespace bosai::routing::vrp {

// The search's mutable solution: one RouteState per vehicle (route r is driven by vehicle r), where each job
// is, and which servable jobs are left out. Routes changed since the last sync are recorded so that accepting
// or rejecting a candidate copies only those.
struct WorkingSolution {
  explicit WorkingSolution(const SearchData& data);

  std::vector<RouteState> routes;
  std::vector<Index> route_of;    // per job, kNone when not routed
  std::vector<Index> unassigned;  // servable jobs not routed
  std::vector<Index> touched;     // routes changed since the last sync

  void touch(Index route);
  void forget_touched();
  Cost cost(const SearchData& data) const;
  Index assigned_count() const;

  // Makes `target` equal to this solution, copying only the routes touched in this one or in `target`,
  // then clears both touched lists.
  void sync_into(WorkingSolution& target);

 private:
  std::vector<char> is_touched_;
};

}  // namespace bosai::routing::vrp
