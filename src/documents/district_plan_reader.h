#pragma once
#include "documents/district_plan.h"

#include <string>
#include <vector>

namespace bosai::documents {

// Reads a 地区防災計画 file (docs/district-plans.md): the `---` header, then the body's sections. Refuses, as
// InputError naming `file` and the line: a missing or malformed header, an unknown, repeated or missing
// header key, a malformed date or status, a `##` heading without {#id}, a repeated id, a standard section
// missing, a checklist item outside any section (prose there is the 前文), a second `# ` title. The 地区 is
// not checked here: the ward structure is the service's.
DistrictPlanDocument read_district_plan(const std::string& text, const std::string& file);

// The sections of a body as stored (no header): what a diff compares. `first_line` is the body's first line
// in its file, for messages; a stored body was checked when imported.
std::vector<PlanSection> read_plan_sections(const std::string& body, const std::string& file, long first_line,
                                            std::string* title = nullptr);

}  // namespace bosai::documents
