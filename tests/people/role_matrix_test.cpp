// Pins the one roles matrix (src/people/role.cpp) cell by cell, as docs/people.md "Roles" prints it: a change
// of who may do what must be a change of this table too, made on purpose, never a side effect.
#include "people/role.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bosai::people;

TEST(RoleMatrix, EveryCellIsAsDocumented) {
  using P = Permission;
  struct Row {
    P permission;
    std::string cells;  // ward_staff centre_staff committee facilitator supporter: 'x' allowed, '.' not
  };
  const std::vector<Row> rows = {
      {P::kManageKey, "x...."},        {P::kImport, "x...."},          {P::kAudit, "x...."},
      {P::kExport, "x...."},           {P::kReadPersonal, "xx..."},    {P::kWritePlan, "xx..."},
      {P::kStormCalls, "xx..."},       {P::kReadRoster, "xxx.."},      {P::kReadSharedPlan, "xxx.x"},
      {P::kProgress, "xxxx."},         {P::kDrillView, "xxxx."},       {P::kApproveDistrictPlan, "xx..."},
      {P::kApproveShelterManual, "xxx.."},
  };
  const Role roles[] = {Role::kWardStaff, Role::kCentreStaff, Role::kCommittee, Role::kFacilitator, Role::kSupporter};
  for (const auto& row : rows) {
    for (std::size_t r = 0; r < 5; ++r) {
      EXPECT_EQ(allows(roles[r], row.permission), row.cells[r] == 'x')
          << role_code(roles[r]) << " / " << permission_label(row.permission);
    }
  }
  EXPECT_EQ(rows.size(), static_cast<std::size_t>(P::kApproveShelterManual) + 1) << "a new permission needs its row";
}
