#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/people_access.h"
#include "cli/progress_json.h"
#include "cli/store_access.h"
#include "people/progress.h"
#include "plans/priority_weights_reader.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {

struct ProgressOptions {
  std::string today;
  std::filesystem::path weights = "plans/priority-weights.toml";
};

void add_to(people::DistrictProgress& total, const people::DistrictProgress& r) {
  total.registered += r.registered;
  total.consented_register += r.consented_register;
  total.consented_plan += r.consented_plan;
  total.consented_share += r.consented_share;
  total.with_plan += r.with_plan;
  total.plans += r.plans;
  total.plans_agreed += r.plans_agreed;
  total.plans_overdue += r.plans_overdue;
  total.high_priority += r.high_priority;
  total.high_priority_with_plan += r.high_priority_with_plan;
}

}  // namespace

void add_people_progress_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ProgressOptions>();
  auto* cmd = people_group(app)
                  .add_subcommand("progress", "Per-地区 progress: registered, consented, plans made, reviews overdue "
                                              "(counts only; every role)");
  cmd->add_option("--today", options->today, "Date overdue reviews are counted against (default: today)");
  cmd->add_option("--weights", options->weights, "Priority weights (TOML)");
  cmd->callback([&context, options] {
    const std::string today = date_or_today(options->today, "--today");
    const auto weights = plans::read_priority_weights(sample_path(options->weights));
    auto access = open_people(context);
    const auto rows = people::district_progress(*access.session, weights, today);
    people::DistrictProgress total{"", "合計"};
    for (const auto& r : rows) add_to(total, r);
    if (context.json) {
      nlohmann::json districts = nlohmann::json::array();
      for (const auto& r : rows) districts.push_back(progress_json(r));
      std::cout << nlohmann::json{{"today", today}, {"districts", districts}, {"total", progress_json(total)}}.dump()
                << "\n";
      return;
    }
    std::cout << "地区\t登録\t名簿同意\t計画同意\t提供同意\t計画あり\t合意済\t見直し超過\t優先度高\t優先度高で計画あり\n";
    auto print = [](const people::DistrictProgress& r) {
      std::cout << r.district_name << "\t" << r.registered << "\t" << r.consented_register << "\t"
                << r.consented_plan << "\t" << r.consented_share << "\t" << r.with_plan << "\t" << r.plans_agreed
                << "\t" << r.plans_overdue << "\t" << r.high_priority << "\t" << r.high_priority_with_plan << "\n";
    };
    for (const auto& r : rows) print(r);
    print(total);
  });
}

}  // namespace bosai::cli
