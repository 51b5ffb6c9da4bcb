// `bosai ref REF`: the section a link points at (`plan:池尻#response`, `manual:池尻東小学校#card-general-initial`),
// and `--draft OUT.md --finding TEXT`: a revision draft opened from a finding about it.
#include "cli/commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "documents/document_ref.h"
#include "services/document_links.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct RefOptions {
  std::string ref;
  std::string draft;
  std::string finding;
};
}  // namespace

void add_ref_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<RefOptions>();
  auto* cmd = app.add_subcommand("ref", "Show the plan or manual section a reference points at (plan:地区#id, "
                                        "manual:避難所#id), in the version in force; --draft opens a revision from a finding");
  cmd->add_option("REF", o->ref, "plan:DISTRICT#section or manual:SHELTER#section")->required();
  cmd->add_option("--draft", o->draft, "Write a revision draft (the version in force, the finding noted at the section)");
  cmd->add_option("--finding", o->finding, "The finding the draft answers (one line); needed with --draft");
  cmd->callback([&context, o] {
    auto store = open_store(context);
    const auto link = services::resolve_document_ref(*store, o->ref);
    if (!o->draft.empty()) {
      if (o->finding.empty()) throw InputError("--finding", 0, "--draft には --finding（所見）が要ります");
      services::write_file(o->draft, services::revision_draft(*store, o->ref, o->finding, today_local()));
      if (!context.quiet) {
        std::cerr << o->draft << ": 第" << link.document.version << "版からの改定案（編集して `bosai "
                  << document_words(link.ref.kind).group << " import` で新しい版に）\n";
      }
    }
    if (context.json) {
      nlohmann::json units = nlohmann::json::array();
      for (const auto& u : link.section.units) units.push_back(u.text);
      std::cout << nlohmann::json{{"ref", documents::format_document_ref(link.ref)},
                                  {"owner_name", link.owner.name},
                                  {"version", version_json(link.ref.kind, link.document)},
                                  {"title", link.section.title},
                                  {"units", units}}.dump()
                << "\n";
      return;
    }
    std::cout << documents::format_document_ref(link.ref) << "\t" << link.owner.name << " "
              << document_kind_label(link.ref.kind) << "\t" << version_summary(link.document) << "\n## "
              << link.section.title << " {#" << link.section.id << "}\n";
    for (const auto& u : link.section.units) {
      const char* mark = u.kind == documents::UnitKind::kChecklist ? (u.checked ? "☑ " : "☐ ")
                         : u.kind == documents::UnitKind::kStep    ? "・"
                                                                  : "";
      std::cout << mark << u.text << "\n";
    }
  });
}

}  // namespace bosai::cli
