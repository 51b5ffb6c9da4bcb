#pragma once
#include "cli/context.h"
#include "people/session.h"
#include "report/karte_profile.h"
#include "store/store.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace bosai::cli {

// What `karte show` and `karte compare` count their live figures with.
struct KarteLiveOptions {
  std::string today;
  std::filesystem::path weights = "plans/priority-weights.toml";
};
void add_karte_live_options(CLI::App& cmd, KarteLiveOptions& options);

// The store, and a people session only when --role is given: the 要支援者 counts need the register unlocked,
// while shelters and the imported figures do not, so a karte shows without a passphrase too.
struct KarteAccess {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<people::Session> session;
  report::KarteLiveInputs live;
};
KarteAccess open_karte(const Context& context, const KarteLiveOptions& options);

}  // namespace bosai::cli
