#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// One corrective action of the improvement plan (HSEEP): a drill's finding about a section of a community
// document, what is to be done about it, by whom and by when. It stays open across drills until closed, and
// its record is kept as written: only the closing is ever added to it (the schema refuses anything else).
struct CorrectiveAction {
  long id = 0;
  long drill_id = 0;          // the drill whose finding opened it
  std::string objective;      // the objective id in that drill's scenario
  std::string ref;            // the section the finding is about: plan:地区#section or manual:SHELTER#section
  std::string finding;        // what the evaluators found
  std::string action;         // what is to be done (non-empty)
  std::string owner;          // who does it (non-empty)
  std::string due_on;         // YYYY-MM-DD
  std::string status = "open";          // open | closed
  std::optional<long> closed_by_drill;  // the later drill that exercised the section, when closed that way
  std::string closed_on;      // YYYY-MM-DD, '' while open
  std::string closing_note;
  std::string created_at;     // UTC
};

class CorrectiveActionRepository {
 public:
  virtual ~CorrectiveActionRepository() = default;

  // Returns the new id. The action starts open whatever `action` says of its status and closing: an action
  // is closed only through close(), so no record starts out already done.
  virtual long add(const CorrectiveAction& action) = 0;
  virtual std::optional<CorrectiveAction> find(long id) const = 0;
  virtual std::vector<CorrectiveAction> list() const = 0;  // by id
  // Closes an open action. NotFoundError (field "action") for an unknown id; InputError (field "action") when
  // it is already closed, since the first closing is the one on record.
  virtual void close(long id, std::optional<long> closed_by_drill, const std::string& closed_on,
                     const std::string& note) = 0;
};

}  // namespace bosai::store
