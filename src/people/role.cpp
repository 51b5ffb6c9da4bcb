#include "people/role.h"

#include "core/enum_names.h"

namespace bosai::people {
namespace {

constexpr EnumName<Role> kRoles[] = {{Role::kWardStaff, "ward_staff", "区職員"},
                                     {Role::kCentreStaff, "centre_staff", "まちづくりセンター職員"},
                                     {Role::kCommittee, "committee", "町会・避難所運営委員会"},
                                     {Role::kFacilitator, "facilitator", "防災塾ファシリテーター"},
                                     {Role::kSupporter, "supporter", "避難支援等実施者"}};

constexpr EnumName<Permission> kPermissions[] = {
    {Permission::kManageKey, "manage_key", "set up the people key"},
    {Permission::kImport, "import", "import the register"},
    {Permission::kReadPersonal, "read_personal", "read personal fields"},
    {Permission::kExport, "export", "export personal data"},
    {Permission::kReadRoster, "read_roster", "read the 町会 roster"},
    {Permission::kWritePlan, "write_plan", "write evacuation plans"},
    {Permission::kReadSharedPlan, "read_shared_plan", "read shared evacuation plans"},
    {Permission::kStormCalls, "storm_calls", "make and record storm calls"},
    {Permission::kProgress, "progress", "read progress counts"},
    {Permission::kDrillView, "drill_view", "read the pseudonymised drill view"},
    {Permission::kAudit, "audit", "read and verify the audit log"},
    {Permission::kApproveDistrictPlan, "approve_district_plan", "record the approval of a 地区防災計画"},
    {Permission::kApproveShelterManual, "approve_shelter_manual", "record the approval of a 避難所運営マニュアル"},
};

}  // namespace

bool allows(Role role, Permission p) {
  using P = Permission;
  switch (role) {
    case Role::kWardStaff:  // the register's keeper (名簿の作成・管理は区)
      return true;
    case Role::kCentreStaff:  // day-to-day plan work and storm calls; no bulk export, no key management. As the
                              // 地区区民防災会議's secretariat it records that body's approvals of the 地区防災計画
      return p != P::kManageKey && p != P::kImport && p != P::kExport && p != P::kAudit;
    case Role::kCommittee:  // the agreed 名簿管理責任者 of a 町会: consented entries only. A 避難所運営委員会
                            // approves its own manual, so its members record that approval
      return p == P::kReadRoster || p == P::kReadSharedPlan || p == P::kProgress || p == P::kDrillView ||
             p == P::kApproveShelterManual;
    case Role::kSupporter:  // a supporter sees the plan sheet they are part of, when its sharing was agreed
      return p == P::kReadSharedPlan;
    case Role::kFacilitator:  // drills and workshops: counts and pseudonyms, never a name; drafts a 地区防災計画
                              // with residents but does not record its approval (the 会議 decides, not the 塾)
      return p == P::kProgress || p == P::kDrillView;
  }
  return false;
}

const char* role_code(Role role) { return enum_name(kRoles, role).code; }
const char* role_label(Role role) { return enum_name(kRoles, role).label; }
std::optional<Role> parse_role(const std::string& text) { return parse_enum(kRoles, text); }
const char* permission_label(Permission p) { return enum_name(kPermissions, p).label; }

}  // namespace bosai::people
