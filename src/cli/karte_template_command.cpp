// `bosai karte template OUT.csv [--edition E]`: a blank 防災カルテ CSV of the ward's 地区, for a clerk to fill in.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "services/karte_csv.h"
#include "services/output_files.h"
#include "store/ward_repository.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct KarteTemplateOptions {
  std::filesystem::path out;
  std::string edition;
};
}  // namespace

void add_karte_template_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<KarteTemplateOptions>();
  auto* cmd = karte_group(app).add_subcommand(
      "template", "Write a blank 防災カルテ CSV: the columns of docs/karte.md and one row per 地区 of the ward");
  cmd->add_option("OUT", options->out, "CSV file to write (UTF-8 with BOM, opens in Excel)")->required();
  cmd->add_option("--edition", options->edition, "版 to put in every row (a year, YYYY-MM or a date; default this year)");
  cmd->callback([&context, options] {
    if (options->out.extension() != ".csv") throw InputError(options->out.string(), 0, "OUT", "must end in .csv");
    const std::string given = options->edition.empty() ? today_local().substr(0, 4) : options->edition;
    const auto edition = normalise_karte_edition(given);
    if (!edition) throw InputError("--edition", 0, "'" + given + "' is not a year, YYYY-MM or YYYY-MM-DD");
    auto store = open_store(context);
    const auto ward = store->wards().load();
    if (ward.districts.empty()) throw InputError("", 0, "ward", "the ward has no 地区 yet (bosai init --ward FILE)");
    services::write_file(options->out, services::karte_template_csv(ward, *edition));
    if (!context.quiet) {
      std::cerr << options->out.string() << ": 版 " << *edition << "、" << ward.districts.size()
                << " 地区（数値はすべて空欄: 不明）\n";
    }
  });
}

}  // namespace bosai::cli
