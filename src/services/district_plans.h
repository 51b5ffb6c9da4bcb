#pragma once
#include "documents/section_diff.h"
#include "people/role.h"
#include "store/district_plan_repository.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

// 地区防災計画 versions and their approval (docs/district-plans.md). A version's text never changes once
// stored: importing an edited file makes a new 素案 version; importing a text already stored makes none.

struct DistrictPlanImport {
  std::string district_code;
  int version = 0;       // the new version, or the stored one the file equals
  bool created = false;  // false: the file equals `version`, nothing was stored
};

// Reads, checks (including that its 地区 exists) and stores a plan file, all or nothing. A new version is
// always 素案, whatever its header's 状態 says: status moves only through submit/approve/archive here, so an
// edited copy of an approved plan cannot arrive approved.
DistrictPlanImport import_district_plan(store::Store& store, const std::filesystem::path& file);

// The version shown, exported and printed: `version` when given, else the approved one, else the latest.
// NotFoundError on field "district" (unknown 地区, or none of its plans imported) or "version".
store::StoredDistrictPlan district_plan(store::Store& store, const std::string& district,
                                        std::optional<int> version = std::nullopt);
std::vector<store::StoredDistrictPlan> district_plan_history(store::Store& store, const std::string& district);

// The file text of a stored version (its header as it stands now, with status and approval).
std::string district_plan_text(const store::StoredDistrictPlan& plan);

struct DistrictPlanComparison {
  store::StoredDistrictPlan before;
  store::StoredDistrictPlan after;
  documents::PlanDiff diff;
};
DistrictPlanComparison compare_district_plans(store::Store& store, const std::string& district, int before,
                                              int after);

struct DistrictPlanApproval {
  int version = 0;
  std::string approved_on;     // YYYY-MM-DD (field "date")
  std::string approving_body;  // 池尻地区区民防災会議 … (field "by")
  people::Role role = people::Role::kFacilitator;  // who records it (people::Permission::kApproveDistrictPlan)
};
struct DistrictPlanApproved {
  int version = 0;
  std::optional<int> superseded;  // the version that was approved before
};
// Approves a 素案 or 審議中 version; every older version still in play (the one approved before, older drafts)
// becomes 旧版, in the same unit of work. Newer drafts stay drafts.
DistrictPlanApproved approve_district_plan(store::Store& store, const std::string& district,
                                           const DistrictPlanApproval& approval);

// 素案 → 審議中 (handed to the 地区区民防災会議), and retiring a version (廃止). Both need the approving role.
void submit_district_plan(store::Store& store, const std::string& district, int version, people::Role role);
void archive_district_plan(store::Store& store, const std::string& district, int version, people::Role role);

struct OverdueDistrictPlan {
  std::string district_code;
  std::string district_name;
  store::StoredDistrictPlan plan;  // the version in force (approved, else the latest draft or one in review)
};
// 地区 whose plan in force was due for review (次回見直し日) before `today` (YYYY-MM-DD), in the ward's order.
std::vector<OverdueDistrictPlan> overdue_district_plans(store::Store& store, const std::string& today);

}  // namespace bosai::services
