// `bosai plan|manual approve OWNER N --by BODY --date D`: records the approving body's decision on one version.
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct ApproveOptions {
  std::string owner;
  int version = 0;
  std::string by;
  std::string date;
};
}  // namespace

void add_document_approve_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto options = std::make_shared<ApproveOptions>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(
      "approve", std::string("Record the approval of a 素案 or 審議中 version; older versions (the one approved "
                             "before, older drafts) become 旧版. Needs --role ") +
                     words.approver_roles);
  cmd->add_option(words.owner_arg, options->owner, words.owner_help)->required();
  cmd->add_option("VERSION", options->version, "The version approved")->required();
  cmd->add_option("--by", options->by, std::string("The approving body, e.g. ") + words.approver_example)->required();
  cmd->add_option("--date", options->date, "Date of approval, YYYY-MM-DD")->required();
  cmd->callback([&context, options, kind] {
    auto store = open_store(context);
    const auto result = with_flags({{"by", "--by"}, {"date", "--date"}, {"version", "VERSION"}}, [&] {
      return services::approve_document(*store, kind, options->owner,
                                        {options->version, options->date, options->by,
                                         approver_role(kind, context.role)});
    });
    if (context.json) {
      nlohmann::json j{{"version", result.version}};
      if (result.superseded) j["superseded"] = *result.superseded;
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << "第" << result.version << "版を承認済にしました";
    if (result.superseded) std::cout << "（第" << *result.superseded << "版は旧版）";
    std::cout << "\n";
  });
}

}  // namespace bosai::cli
