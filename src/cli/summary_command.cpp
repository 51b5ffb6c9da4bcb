// `bosai summary`: per-地区 shelters by kind and the people they hold, for the ward in the database.
#include "cli/commands.h"
#include "cli/shelter_summary_json.h"
#include "cli/date_option.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "report/shelter_summary.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <iostream>

namespace bosai::cli {
namespace {

void print_row(const report::DistrictShelterSummary& d) {
  std::cout << d.name;
  for (std::size_t i = 0; i < kAllShelterKinds.size(); ++i) std::cout << "\t" << d.by_kind[i];
  std::cout << "\t" << d.capacity();
  if (d.capacity_estimated > 0) std::cout << " (うち推計 " << d.capacity_estimated << ")";
  std::cout << "\t" << d.infection_control_capacity() << "\t" << d.without_capacity << "\n";
}

}  // namespace

void add_summary_command(CLI::App& app, Context& context) {
  auto date = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("summary", "Per-地区 summary: shelters by kind, capacity, people they could hold");
  cmd->add_option("--date", *date, "Count shelters in effect on this day (YYYY-MM-DD; default today)");
  cmd->callback([&context, date] {
    auto store = open_store(context);
    const auto summary = report::summarise_shelters(store->wards().load(), store->shelters().list(),
                                                    date_or_today(*date, "--date"));
    if (context.json) {
      nlohmann::json districts = nlohmann::json::array();
      for (const auto& d : summary.districts) districts.push_back(shelter_summary_json(d));
      std::cout << nlohmann::json{{"ward", summary.ward_name}, {"as_of", summary.as_of}, {"districts", districts},
                                  {"total", shelter_summary_json(summary.total)}}
                       .dump()
                << "\n";
      return;
    }
    std::cout << summary.ward_name << " 地区別避難所集計（" << summary.as_of << " 時点）\n地区";
    for (auto k : kAllShelterKinds) std::cout << "\t" << shelter_kind_label(k);
    std::cout << "\t収容人数\t感染症対策時\t収容人数未設定\n";
    for (const auto& d : summary.districts) print_row(d);
    print_row(summary.total);
    std::cout << "収容人数は指定避難所・福祉避難所・予備避難所の合計。推計＝床面積÷3.3m²。感染症対策時は約1/3。\n";
  });
}

}  // namespace bosai::cli
