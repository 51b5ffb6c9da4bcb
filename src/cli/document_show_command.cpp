// `bosai plan|manual show OWNER`: a version, its header and text (the approved one by default); with
// --pdf/--html, the version printed (cli/document_print.h).
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/document_print.h"
#include "cli/store_access.h"
#include "documents/manual_structure.h"
#include "store/karte_repository.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct ShowOptions {
  std::string owner;
  int version = 0;
  DocumentPrintOptions print;
};
}  // namespace

void add_document_show_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto options = std::make_shared<ShowOptions>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(
      "show", std::string("Print a ") + document_kind_label(kind) +
                  " (default: the approved version, else the latest)");
  cmd->add_option(words.owner_arg, options->owner, words.owner_help)->required();
  cmd->add_option("--version", options->version, std::string("Version number (see `bosai ") + words.group + " history`)");
  add_document_print_options(*cmd, kind, options->print);
  cmd->callback([&context, options, kind] {
    if (options->print.wanted()) {
      return print_document(context, kind, options->owner, chosen_version(options->version), options->print);
    }
    auto store = open_store(context);
    const auto doc = services::document_version(*store, kind, options->owner, chosen_version(options->version));
    const auto missing = kind == DocumentKind::kShelterManual
                             ? documents::missing_cards(services::document_sections(kind, doc))
                             : decltype(documents::missing_cards({})){};
    if (context.json) {
      auto j = version_json(kind, doc);
      j["body"] = doc.body;
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << services::document_text(kind, doc);
    if (kind == DocumentKind::kDistrictPlan) {
      const auto editions = store->karte().editions_of(doc.owner);
      const auto karte = editions.empty() ? std::nullopt : store->karte().find(editions.back(), doc.owner);
      // On stderr, like the cards still missing: stdout stays the file text, as `export` writes it.
      if (!context.quiet) print_cited_figures(std::cerr, doc, karte ? &*karte : nullptr);
    }
    if (!missing.empty() && !context.quiet) {
      std::cerr << "まだないファーストアクションカード（" << missing.size() << " 枚）:";
      for (const auto& [role, phase] : missing) {
        std::cerr << " " << documents::manual_role_label(role) << "・" << documents::manual_phase_label(phase);
      }
      std::cerr << "\n";
    }
  });
}

}  // namespace bosai::cli
