// `bosai plan|manual submit OWNER N` (素案 → 審議中) and `… archive OWNER N` (→ 廃止): the moves besides approval.
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {
namespace {

struct StatusOptions {
  std::string owner;
  int version = 0;
};

using StatusMove = void (*)(store::Store&, DocumentKind, const std::string&, int, people::Role);

void add_status_command(CLI::App& app, Context& context, DocumentKind kind, const char* name,
                        const std::string& help, StatusMove move, const char* done) {
  auto options = std::make_shared<StatusOptions>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(name, help + "; needs --role " + words.approver_roles);
  cmd->add_option(words.owner_arg, options->owner, words.owner_help)->required();
  cmd->add_option("VERSION", options->version, "The version")->required();
  cmd->callback([&context, options, move, done, kind] {
    auto store = open_store(context);
    with_flags({{"version", "VERSION"}},
               [&] { move(*store, kind, options->owner, options->version, approver_role(kind, context.role)); });
    if (!context.quiet) std::cerr << "第" << options->version << "版を" << done << "にしました\n";
  });
}

}  // namespace

void add_document_submit_command(CLI::App& app, Context& context, DocumentKind kind) {
  const std::string body = kind == DocumentKind::kDistrictPlan ? "地区区民防災会議" : "避難所運営委員会";
  add_status_command(app, context, kind, "submit", "Hand a 素案 version to the " + body + " (→ 審議中)",
                     services::submit_document, "審議中");
}

void add_document_archive_command(CLI::App& app, Context& context, DocumentKind kind) {
  add_status_command(app, context, kind, "archive", "Retire a version (→ 廃止): it is kept but no longer in force",
                     services::archive_document, "廃止");
}

}  // namespace bosai::cli
