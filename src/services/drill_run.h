#pragma once
#include "core/progress.h"
#include "services/decision_pricing.h"
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
  bool paused = false;  // a run on the clock stops at the next minute; stepping by hand still works
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

// A controller releases an inject now, at the current drill time, out of its place in the MSEL (a contingency
// judged needed before its deadline, a timed inject brought forward); what it makes stale is re-planned at once
// and the event names `by`. InputError on "inject" for an unknown one or one already out, "by" when empty.
DrillStep release_inject(store::Store& store, long id, const std::string& inject, const std::string& by,
                         Progress& progress);

// Pauses (or resumes) a drill running on the clock, as a stored event: the process running it at `--speed`
// stops at the next drill minute, and `drill resume` goes on from the stored clock, so the injects keep their
// spacing in drill time. InputError on "drill" when it has ended.
void set_drill_paused(store::Store& store, long id, bool paused);

// A participant's decision about a released inject, at the current drill time (it answers the inject's
// expected response: a contingency waiting on it is not released). InputError on "inject" for one not released.
// A decision that sends people (`sent`, shelters by 共通ID or name) is priced against the last re-plan's
// optimum on the drill's roads as they stand, and the price is stored with it; returned when priced.
std::optional<DecisionPrice> log_decision(store::Store& store, long id, const std::string& inject,
                                          const std::string& author, const std::string& text,
                                          const std::optional<SentPeople>& sent = std::nullopt,
                                          Progress& progress = no_progress());

// An evaluator's observation on an objective, with an optional rating P, S, M or U (HSEEP: performed, some
// challenges, major challenges, unable to perform). InputError on "objective" or "rating".
// `as` files the observation for the after-action report: "strength", "improvement" (an area for
// improvement, which a corrective action can answer) or "" (a plain note). InputError on "as" otherwise.
// Allowed after the drill ended too (the hot wash). A rating of P or S closes the open corrective actions of
// earlier drills on a section the objective names (services/corrective_actions.h); returns their ids.
std::vector<long> log_observation(store::Store& store, long id, const std::string& objective, const std::string& author,
                                  const std::string& text, const std::string& rating, const std::string& as = "");

}  // namespace bosai::services
