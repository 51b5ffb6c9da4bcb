#include "support/cli_runner.h"

#include "support/temp_dir.h"

#include <cstdlib>
#include <stdexcept>

#include <sys/wait.h>

namespace bosai::test {
namespace {

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

}  // namespace

CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text) {
  const char* cli = std::getenv("BOSAI_CLI");
  if (!cli) throw std::runtime_error("BOSAI_CLI is not set: run the tests through ctest");
  TempDir tmp;
  write_file(tmp / "stdin", stdin_text);
  std::string cmd = shell_quote(cli);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " <" + shell_quote((tmp / "stdin").string()) + " >" + shell_quote((tmp / "out").string()) + " 2>" +
         shell_quote((tmp / "err").string());
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(tmp / "out");
  r.err = read_file(tmp / "err");
  return r;
}

}  // namespace bosai::test
