#include "services/district_plans.h"

#include "core/calendar_date.h"
#include "core/clock.h"
#include "core/error.h"
#include "documents/district_plan_reader.h"
#include "documents/district_plan_writer.h"
#include "people/access_denied.h"
#include "services/ward_lookup.h"
#include "store/ward_repository.h"

#include <fstream>
#include <sstream>

namespace bosai::services {
namespace {

using store::StoredDistrictPlan;

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The fields a person writes: equal in two versions means the same plan (status and approval are bosai's).
bool same_text(const StoredDistrictPlan& a, const StoredDistrictPlan& b) {
  return a.label == b.label && a.created_on == b.created_on && a.effective_on == b.effective_on &&
         a.last_reviewed_on == b.last_reviewed_on && a.next_review_on == b.next_review_on && a.body == b.body;
}

void require_approver(people::Role role) {
  if (!people::allows(role, people::Permission::kApproveDistrictPlan)) {
    throw people::AccessDenied(role, people::Permission::kApproveDistrictPlan);
  }
}

std::string version_name(int version) { return "第" + std::to_string(version) + "版"; }

StoredDistrictPlan find_version(store::Store& store, const std::string& code, int version) {
  auto plan = store.district_plans().find(code, version);
  if (!plan) {
    throw NotFoundError("", 0, "version", "地区 " + code + " の地区防災計画に " + version_name(version) + " はありません");
  }
  return *plan;
}

// Moves one version from one of `from` to `to`, or says why it cannot.
void move_status(store::Store& store, const std::string& district, int version,
                 std::initializer_list<DocumentStatus> from, DocumentStatus to) {
  const auto code = find_district(store, district).code;
  const auto plan = find_version(store, code, version);
  bool allowed = false;
  for (auto s : from) allowed = allowed || plan.status == s;
  if (!allowed) {
    throw InputError("", 0, "version", version_name(version) + " は" + document_status_label(plan.status) +
                                           "です: " + document_status_label(to) + "にはできません");
  }
  store.district_plans().set_status(code, version, to, plan.approved_on, plan.approving_body, utc_timestamp());
}

}  // namespace

DistrictPlanImport import_district_plan(store::Store& store, const std::filesystem::path& file) {
  const auto doc = documents::read_district_plan(read_text(file), file.string());
  const auto& h = doc.header;
  std::string code;
  try {
    code = find_district(store, h.district).code;
  } catch (const NotFoundError& e) {
    throw NotFoundError(file.string(), h.district_line, "地区", e.message());
  }
  StoredDistrictPlan plan;
  plan.district_code = code;
  plan.label = h.label;
  plan.status = DocumentStatus::kDraft;  // whatever the header says: status moves only through this service
  plan.created_on = h.created_on;
  plan.approving_body = h.approving_body;
  plan.effective_on = h.effective_on;
  plan.last_reviewed_on = h.last_reviewed_on;
  plan.next_review_on = h.next_review_on;
  plan.body = doc.body;
  plan.source = file.string();
  plan.imported_at = plan.status_changed_at = utc_timestamp();

  DistrictPlanImport result{code, 0, false};
  store.atomically([&] {
    for (const auto& stored : store.district_plans().history(code)) {
      if (same_text(stored, plan)) {
        result.version = stored.version;
        return;
      }
    }
    result.version = store.district_plans().append(plan);
    result.created = true;
  });
  return result;
}

StoredDistrictPlan district_plan(store::Store& store, const std::string& district, std::optional<int> version) {
  const auto d = find_district(store, district);
  if (version) return find_version(store, d.code, *version);
  const auto all = store.district_plans().history(d.code);
  if (all.empty()) throw NotFoundError("", 0, "district", "地区 " + d.name + " の地区防災計画はまだ取り込まれていません");
  for (const auto& p : all) {
    if (p.status == DocumentStatus::kApproved) return p;
  }
  return all.back();
}

std::vector<StoredDistrictPlan> district_plan_history(store::Store& store, const std::string& district) {
  return store.district_plans().history(find_district(store, district).code);
}

std::string district_plan_text(const StoredDistrictPlan& plan) {
  documents::DistrictPlanHeader h;
  h.district = plan.district_code;
  h.label = plan.label;
  h.status = plan.status;
  h.created_on = plan.created_on;
  h.approved_on = plan.approved_on;
  h.approving_body = plan.approving_body;
  h.effective_on = plan.effective_on;
  h.last_reviewed_on = plan.last_reviewed_on;
  h.next_review_on = plan.next_review_on;
  return documents::write_district_plan(h, plan.body);
}

DistrictPlanComparison compare_district_plans(store::Store& store, const std::string& district, int before,
                                              int after) {
  const auto code = find_district(store, district).code;
  DistrictPlanComparison c{find_version(store, code, before), find_version(store, code, after), {}};
  c.diff = documents::diff_sections(documents::read_plan_sections(c.before.body, c.before.source, 0),
                                    documents::read_plan_sections(c.after.body, c.after.source, 0));
  return c;
}

DistrictPlanApproved approve_district_plan(store::Store& store, const std::string& district,
                                           const DistrictPlanApproval& approval) {
  require_approver(approval.role);
  const auto date = normalise_date(approval.approved_on);
  if (!date) throw InputError("", 0, "date", "'" + approval.approved_on + "' は日付ではありません（YYYY-MM-DD）");
  if (approval.approving_body.empty()) {
    throw InputError("", 0, "by", "承認機関（地区区民防災会議など）がありません");
  }
  const auto code = find_district(store, district).code;
  const auto plan = find_version(store, code, approval.version);
  if (plan.status != DocumentStatus::kDraft && plan.status != DocumentStatus::kInReview) {
    throw InputError("", 0, "version", version_name(plan.version) + " は" + document_status_label(plan.status) +
                                           "です: 承認できるのは素案か審議中の版です");
  }
  if (*date < plan.created_on) {
    throw InputError("", 0, "date", "承認日 " + *date + " が作成日 " + plan.created_on + " より前です");
  }
  DistrictPlanApproved result{plan.version, std::nullopt};
  const auto now = utc_timestamp();
  store.atomically([&] {
    // Every older version still in play gives way: the approved one, and drafts nobody will approve now.
    for (const auto& p : store.district_plans().history(code)) {
      if (p.version >= plan.version || p.status == DocumentStatus::kSuperseded ||
          p.status == DocumentStatus::kArchived) {
        continue;
      }
      store.district_plans().set_status(code, p.version, DocumentStatus::kSuperseded, p.approved_on,
                                        p.approving_body, now);
      if (p.status == DocumentStatus::kApproved) result.superseded = p.version;
    }
    store.district_plans().set_status(code, plan.version, DocumentStatus::kApproved, *date,
                                      approval.approving_body, now);
  });
  return result;
}

void submit_district_plan(store::Store& store, const std::string& district, int version, people::Role role) {
  require_approver(role);
  move_status(store, district, version, {DocumentStatus::kDraft}, DocumentStatus::kInReview);
}

void archive_district_plan(store::Store& store, const std::string& district, int version, people::Role role) {
  require_approver(role);
  move_status(store, district, version,
              {DocumentStatus::kDraft, DocumentStatus::kInReview, DocumentStatus::kApproved,
               DocumentStatus::kSuperseded},
              DocumentStatus::kArchived);
}

std::vector<OverdueDistrictPlan> overdue_district_plans(store::Store& store, const std::string& today) {
  const auto ward = store.wards().load();
  std::vector<OverdueDistrictPlan> out;
  const auto all = store.district_plans().all();
  for (const auto& d : ward.districts) {
    std::optional<StoredDistrictPlan> in_force;
    for (const auto& p : all) {
      if (p.district_code != d.code || p.status == DocumentStatus::kArchived ||
          p.status == DocumentStatus::kSuperseded) {
        continue;
      }
      if (!in_force || in_force->status != DocumentStatus::kApproved) in_force = p;
    }
    if (in_force && in_force->next_review_on < today) out.push_back({d.code, d.name, *in_force});
  }
  return out;
}

}  // namespace bosai::services
