#pragma once
#include "core/shelter.h"
#include "cli/flag_names.h"
#include "core/shelter_kind.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace bosai::cli {

// The `shelters` parent command (`shelters import|export|list|status`): returns it, creating it on first use,
// so each subcommand file registers itself independently.
CLI::App& shelters_subcommand(CLI::App& app);

// Fields of the shelter services and the options that carry them.
inline constexpr std::initializer_list<FlagName> kShelterFlags = {
    {"format", "--format"}, {"kind", "--kind"}, {"district", "--district"}};

// A shelter as JSON for `--json` output (keys documented in docs/shelters.md).
nlohmann::json shelter_json(const Shelter& s);

}  // namespace bosai::cli
