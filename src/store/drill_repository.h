#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// One drill run: the scenario as it was run (its text is kept, so editing the file later changes no past
// drill, and a replay reads what the drill read).
struct StoredDrill {
  long id = 0;
  std::string scenario_file;
  std::string scenario_text;
  std::string name;
  std::string created_at;  // UTC
};

// Everything that happens in a drill, in order: the clock moving, an inject released, a re-plan and what it
// changed, a participant's decision, an evaluator's observation or rating. A drill's state is these events
// replayed, so a drill killed mid-run resumes from the store with nothing lost or doubled.
struct DrillEvent {
  long seq = 0;             // 1, 2, … per drill, given by the store
  int minute = 0;           // drill time
  std::string kind;         // started, clock, inject, replan, decision, observation, rating, ended
  std::string ref;          // the inject or objective it is about ('' when none)
  std::string author;       // who logged it (participant, evaluator; '' for the engine)
  std::string body;         // JSON: what the event says
  std::string recorded_at;  // UTC
};

class DrillRepository {
 public:
  virtual ~DrillRepository() = default;

  virtual long create(const StoredDrill& drill) = 0;  // returns the new id
  virtual std::optional<StoredDrill> find(long id) const = 0;
  virtual std::vector<StoredDrill> list() const = 0;
  // Appends as the drill's next seq and returns it. Events are never changed or removed (the schema refuses).
  virtual long append(long drill_id, const DrillEvent& event) = 0;
  virtual std::vector<DrillEvent> events(long drill_id) const = 0;
};

}  // namespace bosai::store
