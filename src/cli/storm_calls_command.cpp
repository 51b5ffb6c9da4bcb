#include "cli/call_list_output.h"
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/people_access.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "plans/priority_weights_reader.h"
#include "services/areas.h"
#include "services/ward_lookup.h"

namespace bosai::cli {
namespace {
struct StormCallsOptions {
  std::vector<std::string> districts;
  std::filesystem::path area;
  std::filesystem::path weights = "plans/priority-weights.toml";
};
}  // namespace

void add_storm_calls_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<StormCallsOptions>();
  auto* cmd = storm_group(app)
                  .add_subcommand("calls", "Open a phone round for the affected area: everyone in it, highest "
                                           "priority first");
  cmd->add_option("--district", options->districts, "Affected 地区, code or name (repeat or comma-separate)")->delimiter(',');
  cmd->add_option("--area", options->area, "Affected area as a GeoJSON polygon file (WGS84)");
  cmd->add_option("--weights", options->weights, "Priority weights (TOML)");
  cmd->callback([&context, options] {
    if (options->districts.empty() && options->area.empty()) {
      throw InputError("--district", 0, "name the affected area: --district CODE … and/or --area POLYGON.geojson");
    }
    auto access = open_people(context);
    people::StormArea area;
    area.districts = with_flags({{"district", "--district"}},
                                [&] { return services::district_codes(*access.store, options->districts); });
    for (const auto& d : options->districts) area.description += (area.description.empty() ? "districts=" : ",") + d;
    if (!options->area.empty()) {
      area.polygon = services::read_area(options->area);
      area.description += (area.description.empty() ? "" : " ") + std::string("area=") + options->area.filename().string();
    }
    const auto weights = plans::read_priority_weights(sample_path(options->weights));
    print_call_list(context, people::StormService(*access.session, weights).open_round(area));
  });
}

}  // namespace bosai::cli
