#include "services/tally_maps.h"

#include "core/calendar_date.h"
#include "services/map_layers.h"
#include "store/ward_repository.h"

#include <algorithm>

namespace bosai::services {

map::MapScene tally_results_map(store::Store& store, const TallyResult& r,
                                const std::optional<std::filesystem::path>& roads, Progress& progress) {
  const auto ward = store.wards().load();
  map::MapScene scene;
  scene.title = r.drill.name + " 掲出率";
  scene.date = japanese_date(r.drill.date) + (r.summary.at ? " " + format_clock(*r.summary.at) + " 時点" : "");
  scene.districts = map_districts(ward);
  for (auto& d : scene.districts) {
    d.focus = std::find(r.drill.districts.begin(), r.drill.districts.end(), d.code) != r.drill.districts.end();
  }
  if (!scene.districts.empty()) scene.credits.push_back("地区境界: " + ward.ward.name + "の登録データ");
  scene.credits.push_back("班の位置: " + std::filesystem::path(r.drill.source_file).filename().string());
  scene.reading_title = "掲出率（OK・SOS の標識を出した世帯の割合）";
  scene.reading_bounds = {0.4, 0.6, 0.8};
  scene.reading_labels = {"40%未満", "40〜60%", "60〜80%", "80%以上", "報告なし"};
  for (const auto& b : r.summary.blocks) {
    if (!b.block.position) continue;
    // The id without its 地区 (1-03 for ikejiri-1-03): the map already says which 地区 it is in.
    const auto& id = b.block.id;
    const auto prefix = b.block.district_code + "-";
    const std::string label = id.starts_with(prefix) && id.size() > prefix.size() ? id.substr(prefix.size()) : id;
    scene.readings.push_back({label, *b.block.position,
                              b.last ? std::optional<double>(b.figures.posted_rate()) : std::nullopt});
  }
  if (roads) {
    add_road_layer(scene, *roads, progress);
    keep_roads_in_view(scene);
  }
  return scene;
}

}  // namespace bosai::services
