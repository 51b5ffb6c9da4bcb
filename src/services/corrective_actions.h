#pragma once
#include "services/drill_scenario_check.h"
#include "store/corrective_action_repository.h"
#include "store/store.h"

#include <string>
#include <vector>

namespace bosai::services {

// The improvement plan across drills (docs/drills.md, "Improvement plan"): a finding of a drill becomes a
// corrective action on the section it is about, and the action is closed when a later drill exercises that
// section and the objective is rated P or S.

// Opens an action from a finding of drill `action.drill_id` about `action.ref`. InputError on the field at
// fault: "drill" (unknown), "objective" (not in that drill), "ref" (not a section the objective names: a
// finding is about what the drill tested), "finding", "action", "owner" (empty), "due" (not YYYY-MM-DD).
// The ref is stored with the owner's code (as links are), so a later drill naming the shelter by its name
// still matches. Returns the new id.
long open_corrective_action(store::Store& store, store::CorrectiveAction action);

// Closes by hand (done outside a drill: the manual was reprinted and handed out). NotFoundError / InputError
// on "action" as the repository's close.
void close_corrective_action(store::Store& store, long id, const std::string& note, const std::string& today);

// The open actions from earlier drills that objective `objective` of drill `drill_id` exercised (one of its
// refs names the same section of the same document, however the owner was written), closed as done by that
// drill. Called when the objective is rated P or S; returns the ids closed.
std::vector<long> close_exercised_actions(store::Store& store, long drill_id, const CheckedDrill& drill,
                                          const std::string& objective, const std::string& rating,
                                          const std::string& today);

}  // namespace bosai::services
