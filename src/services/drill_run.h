#pragma once
#include "core/progress.h"
#include "services/drill_scenario_check.h"
#include "services/drill_world.h"
#include "store/drill_repository.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bosai::services {

// A drill as its events leave it (docs/drills.md, "Running a drill"). Nothing here is held between commands:
// every command replays the drill's events from the store, so a drill killed at any point resumes where its
// last whole step ended, with no inject lost or released twice.
struct DrillState {
  store::StoredDrill drill;
  CheckedDrill checked;
  int clock = 0;                        // drill time, minutes
  std::vector<std::string> released;    // inject ids, in release order
  std::set<std::string> responded;      // injects a decision was logged against
  DrillWorld world;
  std::vector<store::DrillEvent> events;
  bool ended = false;
};

// Reads and checks the scenario, stores the drill with the scenario's text, and starts it at 0:00: injects
// due at 0:00 are released and the assignment solved once (the baseline later re-plans are compared with).
long start_drill(store::Store& store, const std::filesystem::path& scenario, Progress& progress);

// NotFoundError on field "drill" for an unknown id.
DrillState load_drill(store::Store& store, long id);

// When the next inject is due (a timed one, or a contingency whose deadline passes unanswered); none when every
// inject is out or can no longer be released.
std::optional<int> next_due(const DrillState& state);

// Moves the clock to `to` (default: the next due time) and releases, in time order, every inject due by then;
// after each minute's injects that change roads or shelters, the assignment is solved again and what changed is
// stored (who moves from where to where, who is now unplaced). With nothing left to release, the drill ends.
// All of one step is one unit of work. InputError on field "to" for a time before the clock, "drill" when ended.
struct DrillStep {
  int from = 0;
  int to = 0;
  std::vector<std::string> released;
  std::vector<long> replans;  // seq of each replan event stored
  bool ended = false;
};
DrillStep advance_drill(store::Store& store, long id, std::optional<int> to, Progress& progress);

// A participant's decision about a released inject, at the current drill time (it answers the inject's
// expected response: a contingency waiting on it is not released). InputError on "inject" for one not released.
void log_decision(store::Store& store, long id, const std::string& inject, const std::string& author,
                  const std::string& text);

// An evaluator's observation on an objective, with an optional rating P, S, M or U (HSEEP: performed, some
// challenges, major challenges, unable to perform). InputError on "objective" or "rating".
void log_observation(store::Store& store, long id, const std::string& objective, const std::string& author,
                     const std::string& text, const std::string& rating);

}  // namespace bosai::services
