#pragma once
#include <string>
#include <vector>

namespace bosai::cli {

// Documented exit codes (README "Exit codes").
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitBadInput = 2, kExitCannotWrite = 3 };

// Parses argv, runs the chosen subcommand and maps exceptions to exit codes: InputError → 2 with
// "bosai: FILE:LINE: …" on stderr, OutputError → 3, anything else → 1.
int run(int argc, char** argv);

}  // namespace bosai::cli
