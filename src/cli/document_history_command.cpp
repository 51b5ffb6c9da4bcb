// `bosai plan|manual history OWNER`: every version of one 地区's plan or one shelter's manual, oldest first.
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "core/clock.h"

#include <iostream>

namespace bosai::cli {

void add_document_history_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto owner = std::make_shared<std::string>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(
      "history", std::string("Every version of a ") + document_kind_label(kind) + ", oldest first");
  cmd->add_option(words.owner_arg, *owner, words.owner_help)->required();
  cmd->callback([&context, owner, kind] {
    auto store = open_store(context);
    const auto versions = services::document_history(*store, kind, *owner);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& p : versions) out.push_back(version_json(kind, p));
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& p : versions) {
      std::cout << version_summary(p) << "\t取込 " << jst_display(p.imported_at) << "\t" << p.source << "\n";
    }
  });
}

}  // namespace bosai::cli
