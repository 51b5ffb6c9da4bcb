// `bosai manual checklists SHELTER OUT.pdf`: the manual's checklists (開設準備, 施設被害状況 …) to fill in on the day.
#include "cli/commands.h"
#include "cli/document_output.h"
#include "cli/manual_output.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "render/html_pdf.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct ChecklistOptions {
  std::string shelter;
  std::string out;
  std::string section;
  int version = 0;
};
}  // namespace

void add_manual_checklists_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<ChecklistOptions>();
  auto* cmd = document_group(app, DocumentKind::kShelterManual)
                  .add_subcommand("checklists", "Print a manual's checklists, each from a new A4 page, as PDF (OUT.pdf) "
                                                "or HTML (OUT.html)");
  cmd->add_option("SHELTER", o->shelter, document_words(DocumentKind::kShelterManual).owner_help)->required();
  cmd->add_option("OUT", o->out, "The file to write: .pdf or .html")->required();
  cmd->add_option("--section", o->section, "Only the checklist with this section id (e.g. checklist-opening)");
  cmd->add_option("--version", o->version, "Version number (see `bosai manual history`)");
  cmd->callback([&context, o] {
    auto store = open_store(context);
    const auto kind = DocumentKind::kShelterManual;
    const auto owner = services::find_document_owner(*store, kind, o->shelter);
    const auto manual = services::document_version(*store, kind, o->shelter, chosen_version(o->version));
    auto lists = documents::checklists(services::document_sections(kind, manual));
    if (!o->section.empty()) {
      std::erase_if(lists, [&](const documents::Checklist& l) { return l.id != o->section; });
      if (lists.empty()) throw InputError("--section", 0, "チェックリストの節 {#" + o->section + "} はありません");
    }
    const auto html = report::checklists_html(lists, manual_edition(owner, manual));
    const bool pdf = std::filesystem::path(o->out).extension() != ".html";
    services::write_file(o->out, pdf ? render::html_to_pdf(html, owner.name + " チェックリスト") : html);
    if (!context.quiet) std::cerr << o->out << ": " << lists.size() << " 件のチェックリスト\n";
  });
}

}  // namespace bosai::cli
