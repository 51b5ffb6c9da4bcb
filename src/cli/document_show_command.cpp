// `bosai plan|manual show OWNER`: a version, its header and text (the approved one by default).
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "documents/manual_structure.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct ShowOptions {
  std::string owner;
  int version = 0;
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
  cmd->callback([&context, options, kind] {
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
