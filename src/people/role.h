#pragma once
#include <optional>
#include <string>

namespace bosai::people {

// Who is using the register. The matrix in role.cpp (and docs/people.md) is the only place that decides
// what each may do; PeopleService asks it before every operation.
enum class Role { kWardStaff, kCentreStaff, kCommittee, kFacilitator, kSupporter };

enum class Permission {
  kManageKey,        // set up the people key
  kImport,           // load the ward's register export
  kReadPersonal,     // names, addresses, phones of anyone in the register
  kExport,           // write personal data to a file (CSV)
  kReadRoster,       // the 町会 roster: only people who consented to share the register
  kWritePlan,        // create or revise 個別避難計画
  kReadSharedPlan,   // plan sheets of people who consented to share their plan
  kStormCalls,       // make the storm call list and record calls
  kProgress,         // per-地区 counts (no personal data)
  kDrillView,        // pseudonymised people for drills
  kAudit,            // read and verify the audit log
  kApproveDistrictPlan,  // record a 地区防災計画 version as handed for review, approved or retired
  kApproveShelterManual,  // the same for a 避難所運営マニュアル
};

bool allows(Role role, Permission permission);

const char* role_code(Role role);   // ward_staff, centre_staff, committee, facilitator, supporter
const char* role_label(Role role);  // 区職員, まちづくりセンター職員 …
std::optional<Role> parse_role(const std::string& text);
const char* permission_label(Permission permission);

}  // namespace bosai::people
