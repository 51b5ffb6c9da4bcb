#pragma once
#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// A parent command grouping subcommands (`solve`, `shelters`, `report`): returns it, creating it on first use,
// so each subcommand file can register itself independently of the others.
CLI::App& parent_command(CLI::App& app, const std::string& name, const std::string& help);

}  // namespace bosai::cli
