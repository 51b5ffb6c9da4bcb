#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_version_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("version", "Print the bosai version");
  cmd->callback([&context] {
    if (context.json) {
      std::cout << nlohmann::json{{"version", BOSAI_VERSION}}.dump() << "\n";
    } else {
      std::cout << "bosai " << BOSAI_VERSION << "\n";
    }
  });
}

}  // namespace bosai::cli
