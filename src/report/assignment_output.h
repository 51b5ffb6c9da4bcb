#pragma once
#include "services/assignment_run.h"

#include <nlohmann/json.hpp>

namespace bosai::report {

// One line per trip (along its road route when the outcome has paths, else straight) and one point per
// group left unplaced, WGS84.
nlohmann::json assignment_geojson(const services::AssignmentOutcome& outcome);

// Everything a script needs: distances used, placed, person-metres, loads per shelter, excluded shelters
// with reasons, flows, unplaced groups with reasons, credit.
nlohmann::json assignment_json(const services::AssignmentOutcome& outcome);

}  // namespace bosai::report
