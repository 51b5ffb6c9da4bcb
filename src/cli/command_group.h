#pragma once
#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// A parent command shared by several subcommand files (`people import`, `people list` …): returns it,
// creating it on first use, so each subcommand file registers itself independently.
CLI::App& command_group(CLI::App& app, const std::string& name, const std::string& description);

}  // namespace bosai::cli
