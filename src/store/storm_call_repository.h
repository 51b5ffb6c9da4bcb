#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

struct StormRound {
  long long id = 0;
  std::string opened_at;
  std::string opened_by;
  std::string area;
};

// One person on a round's call list with their latest recorded outcome (empty = not yet called).
struct StormCallEntry {
  long long person_id = 0;
  int rank = 0;
  double score = 0;
  std::string outcome;
  std::string sealed_note;
  std::string recorded_at;
};

class StormCallRepository {
 public:
  virtual ~StormCallRepository() = default;

  virtual long long open_round(const StormRound& round, const std::vector<StormCallEntry>& calls) = 0;
  virtual std::optional<StormRound> latest_round() const = 0;
  virtual std::vector<StormCallEntry> calls(long long round_id) const = 0;
  // False when the person is not on that round's list.
  virtual bool record(long long round_id, long long person_id, const std::string& outcome,
                      const std::string& sealed_note, const std::string& at, const std::string& by) = 0;
};

}  // namespace bosai::store
