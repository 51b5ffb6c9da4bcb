// `bosai plan|manual overdue`: documents whose version in force is past its 次回見直し日, per 地区.
#include "cli/date_option.h"
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {

void add_document_overdue_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto today = std::make_shared<std::string>();
  auto* cmd = document_group(app, kind).add_subcommand(
      "overdue", std::string(document_kind_label(kind)) +
                     " whose version in force (approved, else the latest draft) is past its 次回見直し日, per 地区");
  cmd->add_option("--today", *today, "The day to check against, YYYY-MM-DD (default: today in JST)");
  cmd->callback([&context, today, kind] {
    auto store = open_store(context);
    const auto day = date_or_today(*today, "--today");
    const auto overdue = services::overdue_documents(*store, kind, day);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& o : overdue) {
        auto j = version_json(kind, o.document);
        j["district_code"] = o.district_code;
        j["owner_name"] = o.owner.name;
        out.push_back(j);
      }
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& o : overdue) {
      const std::string where = o.district_code.empty() ? "地区外" : o.district_name + "（" + o.district_code + "）";
      std::cout << where;
      if (kind == DocumentKind::kShelterManual) std::cout << "\t" << o.owner.name << "（" << o.owner.code << "）";
      std::cout << "\t" << version_summary(o.document) << "\n";
    }
    if (!context.quiet) {
      std::cerr << overdue.size() << (kind == DocumentKind::kDistrictPlan ? " 地区" : " 避難所")
                << "の見直しが期限を過ぎています（" << day << " 現在）\n";
    }
  });
}

}  // namespace bosai::cli
