#pragma once
#include "core/shelter_status.h"
#include "store/store.h"

#include <string>
#include <vector>

namespace bosai::services {

// Records who changed a shelter's state, and when (drill time during a drill: core/clock.h). Unknown
// shelter → NotFoundError on field "shelter"; no author → InputError on field "by". Joins an enclosing
// unit of work when called inside one.
StatusChange change_shelter_status(store::Store& store, const std::string& shelter_id, ShelterStatus status,
                                   const std::string& by, const std::string& note);

// Oldest first; NotFoundError on field "shelter" for an unknown id.
std::vector<StatusChange> shelter_status_history(store::Store& store, const std::string& shelter_id);

}  // namespace bosai::services
