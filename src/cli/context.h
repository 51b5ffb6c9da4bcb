#pragma once
#include <filesystem>
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace bosai::cli {

// Options every subcommand shares. Subcommands read them when they run, never at registration time.
struct Context {
  std::filesystem::path database = "bosai.db";  // --db, or $BOSAI_DB
  bool json = false;                            // --json: machine-readable output on stdout
  bool quiet = false;                           // --quiet: no progress on stderr
  std::string role;                             // --role, or $BOSAI_ROLE: who is using personal data
  std::filesystem::path passphrase_file;        // --passphrase-file (else $BOSAI_PASSPHRASE, else a prompt)
};

// Each subcommand lives in its own file and registers itself through one of these.
using CommandRegistrar = void (*)(CLI::App& app, Context& context);

}  // namespace bosai::cli
