#pragma once
#include <CLI/CLI.hpp>

namespace bosai::cli {

// The groups of the people feature: `people …`, `plans …`, `storm …`, `audit …`; `karte …`, `drill …` and
// `tally …`.
CLI::App& people_group(CLI::App& app);
CLI::App& plans_group(CLI::App& app);
CLI::App& storm_group(CLI::App& app);
CLI::App& audit_group(CLI::App& app);
CLI::App& karte_group(CLI::App& app);
CLI::App& drill_group(CLI::App& app);
CLI::App& tally_group(CLI::App& app);

}  // namespace bosai::cli
