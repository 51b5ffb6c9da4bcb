#pragma once
#include <string>
#include <vector>

namespace bosai::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the real `bosai` executable (path from the BOSAI_CLI environment variable that ctest sets), so CLI
// tests pin down exit codes and messages exactly as a user sees them.
CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace bosai::test
