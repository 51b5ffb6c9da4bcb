// `bosai karte import FILE [--check]`: a 防災カルテ CSV (docs/karte.md) into the store, all or nothing.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/karte_access.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "services/karte_import.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {
struct KarteImportOptions {
  std::filesystem::path file;
  std::string encoding = "auto";
  bool check = false;
};
}  // namespace

void add_karte_import_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<KarteImportOptions>();
  auto* cmd = karte_group(app).add_subcommand(
      "import", "Import a 防災カルテ CSV, one row per 地区 (every cell checked; nothing stored unless all are valid)");
  cmd->add_option("FILE", options->file, "防災カルテ CSV (layout: docs/karte.md)")->required();
  cmd->add_option("--encoding", options->encoding, "auto, utf-8 or shift_jis (CP932, as Excel saves)");
  cmd->add_flag("--check", options->check, "Only validate; store nothing");
  cmd->callback([&context, options] {
    const auto encoding = text::parse_text_encoding(options->encoding);
    if (!encoding) throw InputError("--encoding", 0, "must be auto, utf-8 or shift_jis");
    auto store = open_store(context);
    const auto r = services::import_karte(*store, {options->file, *encoding, options->check});
    const auto name = options->file.string();
    if (context.json) {
      std::cout << nlohmann::json{{"file", name},           {"editions", r.editions}, {"districts", r.districts},
                                  {"figures", r.figures},   {"unknown", r.unknown},   {"stored", r.stored}}
                       .dump()
                << "\n";
      return;
    }
    std::string editions;
    for (const auto& e : r.editions) editions += (editions.empty() ? "" : ", ") + e;
    std::cout << name << ": 版 " << editions << ", " << r.districts << " 地区, " << r.figures << " figures ("
              << r.unknown << " blank: unknown)"
              << (r.stored ? " imported\n" : ", all valid (nothing stored: --check)\n");
  });
}

}  // namespace bosai::cli
