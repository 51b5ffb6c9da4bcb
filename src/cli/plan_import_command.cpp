// `bosai plan import FILE`: one 地区防災計画 file as the 地区's next version (or none, when already stored).
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {

void add_plan_import_command(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::string>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "import", "Store a 地区防災計画 file (docs/district-plans.md) as a new 素案 version; an unchanged text stores nothing");
  cmd->add_option("FILE", *file, "The plan (Markdown with a --- header)")->required();
  cmd->callback([&context, file] {
    auto store = open_store(context);
    const auto result = services::import_district_plan(*store, *file);
    if (context.json) {
      std::cout << nlohmann::json{{"district", result.district_code}, {"version", result.version},
                                  {"created", result.created}}.dump() << "\n";
      return;
    }
    std::cout << result.district_code << "\t第" << result.version << "版\t"
              << (result.created ? "新しい版として取り込みました" : "変更なし（この版と同じ内容です）") << "\n";
  });
}

}  // namespace bosai::cli
