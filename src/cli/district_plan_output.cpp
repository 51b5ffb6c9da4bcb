#include "cli/district_plan_output.h"

#include "cli/parent_command.h"
#include "core/error.h"

#include <ostream>

namespace bosai::cli {

CLI::App& district_plan_group(CLI::App& app) {
  return parent_command(app, "plan",
                        "地区防災計画 (district plans): versions, diffs, approval. For 個別避難計画 see `plans`");
}

people::Role approver_role(const std::string& role) {
  if (role.empty()) {
    throw InputError("--role", 0, "required: ward_staff or centre_staff may change a plan's status (or set BOSAI_ROLE)");
  }
  const auto parsed = people::parse_role(role);
  if (!parsed) {
    throw InputError("--role", 0, "unknown role '" + role + "' (ward_staff, centre_staff, committee, facilitator, supporter)");
  }
  return *parsed;
}

std::string version_summary(const store::StoredDistrictPlan& p) {
  std::string s = "第" + std::to_string(p.version) + "版\t" + p.label + "\t" + document_status_label(p.status);
  if (!p.approved_on.empty()) s += "\t承認 " + p.approved_on + " " + p.approving_body;
  if (!p.effective_on.empty()) s += "\t施行 " + p.effective_on;
  return s + "\t次回見直し " + p.next_review_on;
}

nlohmann::json version_json(const store::StoredDistrictPlan& p) {
  return {{"district", p.district_code},  {"version", p.version},
          {"label", p.label},             {"status", document_status_code(p.status)},
          {"created_on", p.created_on},   {"approved_on", p.approved_on},
          {"approving_body", p.approving_body}, {"effective_on", p.effective_on},
          {"last_reviewed_on", p.last_reviewed_on}, {"next_review_on", p.next_review_on},
          {"source", p.source},           {"imported_at", p.imported_at}};
}

void print_diff(std::ostream& out, const services::DistrictPlanComparison& c) {
  out << "第" << c.before.version << "版 → 第" << c.after.version << "版: " << c.diff.change_count() << " か所の変更\n";
  std::string unchanged;
  for (const auto& s : c.diff.sections) {
    const std::string& name = s.title_after.empty() ? s.title_before : s.title_after;
    if (s.kind == documents::SectionChangeKind::kUnchanged) {
      unchanged += (unchanged.empty() ? "" : "、") + name;
      continue;
    }
    out << "\n## " << documents::section_heading(s) << ": " << documents::section_change_label(s.kind) << "\n";
    if (s.kind == documents::SectionChangeKind::kChanged && s.title_before != s.title_after) {
      out << "  見出しの変更\n    - " << s.title_before << "\n    + " << s.title_after << "\n";
    }
    for (const auto& u : s.changes) {
      out << "  " << documents::unit_change_label(u) << "\n";
      if (!u.before.empty()) out << "    - " << documents::shown_before(u) << "\n";
      if (!u.after.empty()) out << "    + " << documents::shown_after(u) << "\n";
    }
  }
  if (!unchanged.empty()) out << "\n変更のない節: " << unchanged << "\n";
}

nlohmann::json diff_json(const services::DistrictPlanComparison& c) {
  static constexpr const char* kUnit[] = {"added", "removed", "changed", "checked", "unchecked"};
  static constexpr const char* kSection[] = {"unchanged", "added", "removed", "changed"};
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : c.diff.sections) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& u : s.changes) {
      changes.push_back({{"change", kUnit[static_cast<int>(u.kind)]},
                         {"unit", u.unit == documents::UnitKind::kChecklist ? "checklist" : "text"},
                         {"before", u.before},
                         {"after", u.after}});
    }
    sections.push_back({{"id", s.id},
                        {"change", kSection[static_cast<int>(s.kind)]},
                        {"title_before", s.title_before},
                        {"title_after", s.title_after},
                        {"changes", changes}});
  }
  return {{"before", version_json(c.before)}, {"after", version_json(c.after)}, {"sections", sections}};
}

}  // namespace bosai::cli
