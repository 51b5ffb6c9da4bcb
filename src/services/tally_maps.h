#pragma once
#include "core/progress.h"
#include "map/map_scene.h"
#include "services/tally_drills.h"
#include "store/store.h"

#include <filesystem>
#include <optional>

namespace bosai::services {

// The results map of a sign tally: each block a disc shaded by the share of its households showing a sign
// (hollow with a cross: no report yet), over the drill's 地区 and, when given, the roads.
map::MapScene tally_results_map(store::Store& store, const TallyResult& result,
                                const std::optional<std::filesystem::path>& roads, Progress& progress);

}  // namespace bosai::services
