#pragma once
#include "core/tally_count.h"
#include "core/tally_drill.h"

#include <optional>
#include <vector>

namespace bosai::store {

// Sign tally drills (安否確認標識掲出訓練): each with its blocks as listed on the day, and the block leaders'
// reports as they came in. Reports are only ever added (a correction is a later report for the block), so a
// drill's figures at 10:00 stay what they were at 10:00, and last year's drill stays as it was for comparison.
class TallyRepository {
 public:
  virtual ~TallyRepository() = default;

  // The drill and its blocks; returns the new id. StoreError on a second drill with the same name and date.
  virtual long create(const TallyDrill& drill) = 0;
  virtual std::optional<TallyDrill> find(long id) const = 0;
  // Every drill with its blocks, by date then id.
  virtual std::vector<TallyDrill> list() const = 0;
  // Appends the reports in order (the schema refuses changing or removing one).
  virtual void add_counts(long drill_id, const std::vector<TallyCount>& counts) = 0;
  // The drill's reports in the order they were entered.
  virtual std::vector<TallyCount> counts(long drill_id) const = 0;
};

}  // namespace bosai::store
