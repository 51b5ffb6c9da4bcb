#pragma once
#include "routing/vrp/search_data.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace bosai::routing::vrp {

// Per job, the other servable jobs nearest first (ties by job index: the order a stable sort by cost gives).
// A row is worked out the first time it is asked for, and only as far as asked (k-nearest by nth_element,
// widened when a walk goes further): the ruin step walks a few neighbours of one seed job per iteration, and
// sorting every row up front (n² log n) took longer than a one-second search on 6,000 jobs.
class Neighbours {
 public:
  explicit Neighbours(const SearchData& data);

  // The `rank`-th nearest servable job to `job` (0 = the nearest), or kNone when there are no more.
  Index nth(Index job, std::size_t rank);

 private:
  void extend(Index job, std::size_t at_least);

  const SearchData& data_;
  std::vector<Index> servable_;
  std::vector<std::vector<Index>> rows_;  // the nearest so far, in order
  std::vector<std::pair<Cost, Index>> scratch_;
};

}  // namespace bosai::routing::vrp
