#include "routing/vrp/neighbours.h"

#include <algorithm>

namespace bosai::routing::vrp {
namespace {

// Enough for most walks: a ruin visits about as many neighbours as it ruins routes, rarely more than a dozen.
constexpr std::size_t kFirstRow = 32;

}  // namespace

Neighbours::Neighbours(const SearchData& data) : data_(data), rows_(data.problem.jobs.size()) {
  for (Index j = 0; j < static_cast<Index>(data.problem.jobs.size()); ++j) {
    if (!data.unservable[j]) servable_.push_back(j);
  }
}

Index Neighbours::nth(Index job, std::size_t rank) {
  if (rank >= rows_[job].size()) extend(job, rank + 1);
  return rank < rows_[job].size() ? rows_[job][rank] : kNone;
}

void Neighbours::extend(Index job, std::size_t at_least) {
  std::vector<Index>& row = rows_[job];
  const std::size_t others = servable_.size() - (data_.unservable[job] ? 0 : 1);
  if (row.size() == others) return;  // complete already
  const Problem& p = data_.problem;
  const Index from = p.jobs[job].location;
  scratch_.clear();
  for (Index k : servable_) {
    if (k != job) scratch_.emplace_back(p.costs(from, p.jobs[k].location), k);
  }
  const std::size_t keep = std::min(scratch_.size(), std::max({at_least, 2 * row.size(), kFirstRow}));
  // (cost, index) pairs are all distinct, so the `keep` smallest are one set whatever the algorithm.
  std::nth_element(scratch_.begin(), scratch_.begin() + static_cast<long>(keep), scratch_.end());
  std::sort(scratch_.begin(), scratch_.begin() + static_cast<long>(keep));
  row.clear();
  for (std::size_t i = 0; i < keep; ++i) row.push_back(scratch_[i].second);
}

}  // namespace bosai::routing::vrp
