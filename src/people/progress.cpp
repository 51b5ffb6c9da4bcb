#include "people/progress.h"

#include "people/priority.h"
#include "store/people_repository.h"
#include "store/plan_repository.h"
#include "store/ward_repository.h"

#include <map>
#include <set>

namespace bosai::people {

std::vector<DistrictProgress> district_progress(Session& session, const PriorityWeights& weights,
                                                const std::string& today) {
  session.require(Permission::kProgress, "progress", "all districts");
  auto& store = session.store();
  std::vector<DistrictProgress> rows;
  std::map<std::string, std::size_t> index;
  for (const auto& d : store.wards().load().districts) {
    index[d.code] = rows.size();
    rows.push_back(DistrictProgress{d.code, d.name});
  }
  std::map<long long, std::size_t> district_of;
  std::map<long long, bool> high;
  for (const auto& p : store.people().list({})) {
    auto& row = rows[index.at(p.profile.district_code)];
    district_of[p.id] = index.at(p.profile.district_code);
    ++row.registered;
    row.consented_register += p.consents.share_register.given;
    row.consented_plan += p.consents.make_plan.given;
    row.consented_share += p.consents.share_plan.given;
    high[p.id] = priority_of(p.profile, weights).high;
    row.high_priority += high[p.id];
  }
  std::set<long long> with_plan;
  for (const auto& plan : store.plans().all_current()) {
    auto& row = rows[district_of.at(plan.person_id)];
    ++row.plans;
    row.plans_agreed += plan.status != PlanStatus::kDraft;
    row.plans_overdue += !plan.next_review_on.empty() && plan.next_review_on < today;
    if (with_plan.insert(plan.person_id).second) {
      ++row.with_plan;
      row.high_priority_with_plan += high[plan.person_id];
    }
  }
  session.log("progress", "all districts", "counts only");
  return rows;
}

}  // namespace bosai::people
