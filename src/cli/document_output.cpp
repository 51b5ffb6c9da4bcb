#include "cli/document_output.h"

#include "cli/parent_command.h"
#include "core/error.h"

#include <ostream>

namespace bosai::cli {

const DocumentWords& document_words(DocumentKind kind) {
  static const DocumentWords kPlan{"plan", "DISTRICT", "地区 code or name", "池尻地区区民防災会議",
                                   "ward_staff or centre_staff"};
  static const DocumentWords kManual{"manual", "SHELTER", "The shelter: 共通ID, or its name when one 避難所 has it",
                                     "池尻東小学校避難所運営委員会", "committee, ward_staff or centre_staff"};
  return kind == DocumentKind::kDistrictPlan ? kPlan : kManual;
}

CLI::App& document_group(CLI::App& app, DocumentKind kind) {
  if (kind == DocumentKind::kShelterManual) {
    return parent_command(app, "manual",
                          "避難所運営マニュアル (shelter operation manuals): versions, diffs, approval, "
                          "first-action cards and checklists");
  }
  return parent_command(app, "plan",
                        "地区防災計画 (district plans): versions, diffs, approval. For 個別避難計画 see `plans`");
}

people::Role approver_role(DocumentKind kind, const std::string& role) {
  if (role.empty()) {
    throw InputError("--role", 0, std::string("required: ") + document_words(kind).approver_roles +
                                      " may change a version's status (or set BOSAI_ROLE)");
  }
  const auto parsed = people::parse_role(role);
  if (!parsed) {
    throw InputError("--role", 0, "unknown role '" + role + "' (ward_staff, centre_staff, committee, facilitator, supporter)");
  }
  return *parsed;
}

std::string version_summary(const store::StoredDocument& p) {
  std::string s = "第" + std::to_string(p.version) + "版\t" + p.label + "\t" + document_status_label(p.status);
  if (!p.approved_on.empty()) s += "\t承認 " + p.approved_on + " " + p.approving_body;
  if (!p.effective_on.empty()) s += "\t施行 " + p.effective_on;
  return s + "\t次回見直し " + p.next_review_on;
}

nlohmann::json version_json(DocumentKind kind, const store::StoredDocument& p) {
  return {{kind == DocumentKind::kDistrictPlan ? "district" : "shelter", p.owner},  {"version", p.version},
          {"label", p.label},             {"status", document_status_code(p.status)},
          {"created_on", p.created_on},   {"approved_on", p.approved_on},
          {"approving_body", p.approving_body}, {"effective_on", p.effective_on},
          {"last_reviewed_on", p.last_reviewed_on}, {"next_review_on", p.next_review_on},
          {"source", p.source},           {"imported_at", p.imported_at}};
}

void print_diff(std::ostream& out, const services::DocumentComparison& c) {
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
    if (s.kind == documents::SectionChangeKind::kChanged && s.attributes_before != s.attributes_after) {
      out << "  属性の変更\n    - " << s.attributes_before << "\n    + " << s.attributes_after << "\n";
    }
    for (const auto& u : s.changes) {
      out << "  " << documents::unit_change_label(u) << "\n";
      if (!u.before.empty()) out << "    - " << documents::shown_before(u) << "\n";
      if (!u.after.empty()) out << "    + " << documents::shown_after(u) << "\n";
    }
  }
  if (!unchanged.empty()) out << "\n変更のない節: " << unchanged << "\n";
}

nlohmann::json diff_json(const services::DocumentComparison& c) {
  static constexpr const char* kUnit[] = {"added", "removed", "changed", "checked", "unchecked"};
  static constexpr const char* kSection[] = {"unchanged", "added", "removed", "changed"};
  static constexpr const char* kUnitKind[] = {"text", "checklist", "step"};
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : c.diff.sections) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& u : s.changes) {
      changes.push_back({{"change", kUnit[static_cast<int>(u.kind)]},
                         {"unit", kUnitKind[static_cast<int>(u.unit)]},
                         {"before", u.before},
                         {"after", u.after}});
    }
    sections.push_back({{"id", s.id},
                        {"change", kSection[static_cast<int>(s.kind)]},
                        {"title_before", s.title_before},
                        {"title_after", s.title_after},
                        {"attributes_before", s.attributes_before},
                        {"attributes_after", s.attributes_after},
                        {"changes", changes}});
  }
  return {{"before", version_json(c.kind, c.before)}, {"after", version_json(c.kind, c.after)}, {"sections", sections}};
}

}  // namespace bosai::cli
