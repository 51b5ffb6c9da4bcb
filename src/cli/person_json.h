#pragma once
#include "core/person.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// A register entry as `--json` prints it (personal fields included: only entitled roles get here).
nlohmann::json person_json(const Person& person);
nlohmann::json consent_json(const ConsentFact& consent);

}  // namespace bosai::cli
