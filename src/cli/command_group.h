#pragma once
#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// A parent command shared by several subcommand files (`people import`, `people list` …): returns it,
// creating it on first use, so each subcommand file registers itself independently.
CLI::App& command_group(CLI::App& app, const std::string& name, const std::string& description);

// The groups of the people feature: `people …`, `plans …`, `storm …`, `audit …`.
CLI::App& people_group(CLI::App& app);
CLI::App& plans_group(CLI::App& app);
CLI::App& storm_group(CLI::App& app);
CLI::App& audit_group(CLI::App& app);

}  // namespace bosai::cli
