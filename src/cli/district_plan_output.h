#pragma once
#include "services/district_plans.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string>

namespace bosai::cli {

// `bosai plan …`: 地区防災計画 (district plans). Not `bosai plans …`, which is 個別避難計画 (one person's plan).
CLI::App& district_plan_group(CLI::App& app);

// --role for changing a plan's status: required, one of the known roles (the service decides which may).
people::Role approver_role(const std::string& role);

// One version in one line: 第2版  令和7年度版  承認済  承認 2026-03-20 池尻地区区民防災会議  次回見直し 2027-03-31
std::string version_summary(const store::StoredDistrictPlan& plan);
nlohmann::json version_json(const store::StoredDistrictPlan& plan);

// The diff for a terminal: each changed section with its changes (− old, + new), then the unchanged ones.
void print_diff(std::ostream& out, const services::DistrictPlanComparison& comparison);
nlohmann::json diff_json(const services::DistrictPlanComparison& comparison);

// A --version option as the service takes it (0, the default, means the approved one, else the latest).
inline std::optional<int> chosen_version(int version) {
  return version > 0 ? std::optional<int>(version) : std::nullopt;
}

}  // namespace bosai::cli
