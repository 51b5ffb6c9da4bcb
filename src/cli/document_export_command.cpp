// `bosai plan|manual export OWNER OUT.md`: a stored version written back as a file (the approved one by default).
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct ExportOptions {
  std::string owner;
  std::string out;
  int version = 0;
};
}  // namespace

void add_document_export_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto options = std::make_shared<ExportOptions>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(
      "export", std::string("Write a ") + document_kind_label(kind) +
                    " version as a file (default: the approved version, else the latest)");
  cmd->add_option(words.owner_arg, options->owner, words.owner_help)->required();
  cmd->add_option("OUT", options->out, "The file to write (Markdown)")->required();
  cmd->add_option("--version", options->version, std::string("Version number (see `bosai ") + words.group + " history`)");
  cmd->callback([&context, options, kind] {
    auto store = open_store(context);
    const auto doc = services::document_version(*store, kind, options->owner, chosen_version(options->version));
    services::write_file(options->out, services::document_text(kind, doc));
    if (!context.quiet) std::cerr << options->out << ": " << version_summary(doc) << "\n";
  });
}

}  // namespace bosai::cli
