// Protects the maps a ward prints from its own registry: the sample's school that is both 指定避難所 and
// 指定緊急避難場所 (same address) shows both symbols and its name on the 地区 map; the 地区's own shelters come
// first in the numbered list; roads come by class from the road file; every layer drawn is credited (OSM
// when the roads are OSM data, 国土数値情報 for its hazard files); asking for a 地区 that is not there fails.
#include "core/error.h"
#include "core/progress.h"
#include "render/gui.h"
#include "render/map_painter.h"
#include "render/site_symbol.h"
#include "services/map_layers.h"
#include "services/sample_ward.h"
#include "services/ward_maps.h"
#include "store/shelter_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <fstream>

namespace bosai::services {
namespace {

using test::SampleWard;

std::size_t index_of(const map::MapScene& scene, const std::string& id) {
  const auto it = std::find_if(scene.sites.begin(), scene.sites.end(), [&](const auto& s) { return s.id == id; });
  EXPECT_NE(it, scene.sites.end()) << id;
  return static_cast<std::size_t>(it - scene.sites.begin());
}

bool has_credit(const map::MapScene& scene, const std::string& text) {
  return std::any_of(scene.credits.begin(), scene.credits.end(),
                     [&](const std::string& c) { return c.find(text) != std::string::npos; });
}

TEST(WardMaps, TheSampleSchoolWithTwoDesignationsShowsBothSymbolsAndItsName) {
  SampleWard ward;
  const auto scenes = district_map_scenes(
      ward.store(), {"2026-12-01", SampleWard::sample("maps/sample-roads.geojson"), {}, {"二子玉川"}}, no_progress());
  ASSERT_EQ(scenes.size(), 1u);
  const auto& scene = scenes[0];
  const auto shelter = index_of(scene, "X1311290001111");   // 二子玉川東小学校, 指定避難所
  const auto emergency = index_of(scene, "X1311290002201");  // the same school, 指定緊急避難場所
  ASSERT_EQ(scene.sites[shelter].address, scene.sites[emergency].address);
  render::ensure_gui();
  QImage image(4960 / 2, 3508 / 2, QImage::Format_ARGB32);  // A3 landscape at 150 dpi
  image.setDotsPerMeterX(5906);
  image.setDotsPerMeterY(5906);
  image.fill(Qt::white);
  render::MapDrawing drawing;
  {
    QPainter painter(&image);
    drawing = render::draw_map(painter, QRectF(30, 30, image.width() - 60, image.height() - 60), scene);
  }
  const auto& a = drawing.sites[shelter];
  const auto& b = drawing.sites[emergency];
  ASSERT_FALSE(a.symbol.isEmpty());
  ASSERT_FALSE(b.symbol.isEmpty());
  EXPECT_FALSE(a.symbol.intersects(b.symbol));
  for (const auto& [site, kind] : {std::pair{a, ShelterKind::kDesignated}, std::pair{b, ShelterKind::kEmergencySite}}) {
    const QColor drawn = image.pixelColor(site.symbol.center().toPoint());
    const QColor want = render::site_colour(kind);
    EXPECT_LT(std::abs(drawn.red() - want.red()) + std::abs(drawn.green() - want.green()) +
                  std::abs(drawn.blue() - want.blue()),
              60)
        << drawn.name().toStdString() << " where " << want.name().toStdString() << " was drawn";
    ASSERT_TRUE(site.label);
    EXPECT_FALSE(site.label_collides);
    EXPECT_FALSE(site.numbered) << "there is room for the name on an A3 map";
    EXPECT_FALSE(site.label->intersects(a.symbol));
    EXPECT_FALSE(site.label->intersects(b.symbol));
  }
  // The 地区's own shelters are numbered first.
  const auto shelters = ward.store().shelters().list();
  const auto district_of = [&](const std::string& id) {
    const auto it = std::find_if(shelters.begin(), shelters.end(), [&](const Shelter& x) { return x.id == id; });
    return it == shelters.end() ? std::string() : it->district_code;
  };
  const std::string futako = district_of("X1311290001111");
  EXPECT_TRUE(std::is_partitioned(scene.sites.begin(), scene.sites.end(),
                                  [&](const map::MapScene::Site& s) { return district_of(s.id) == futako; }));
  EXPECT_EQ(district_of(scene.sites.front().id), futako);
  for (std::size_t i = 0; i < scene.sites.size(); ++i) EXPECT_EQ(scene.sites[i].number, static_cast<int>(i) + 1);
  EXPECT_TRUE(std::any_of(scene.roads.begin(), scene.roads.end(),
                          [](const auto& r) { return r.road_class == map::RoadClass::kMajor; }));
  EXPECT_TRUE(has_credit(scene, "道路: sample-roads.geojson"));
  EXPECT_TRUE(has_credit(scene, "避難所: 見本データ（架空）"));
  EXPECT_EQ(scene.date, "2026年12月1日（火）現在");
}

TEST(WardMaps, EveryDistrictWithABoundaryGetsAMapAndAnUnknownOneIsRefused) {
  SampleWard ward;
  const auto all = district_map_scenes(ward.store(), {"2026-12-01", {}, {}, {}}, no_progress());
  EXPECT_EQ(all.size(), 28u);
  EXPECT_TRUE(std::all_of(all.begin(), all.end(), [](const map::MapScene& s) {
    return std::count_if(s.districts.begin(), s.districts.end(), [](const auto& d) { return d.focus; }) == 1;
  }));
  EXPECT_THROW(district_map_scenes(ward.store(), {"2026-12-01", {}, {}, {"存在しない地区"}}, no_progress()),
               NotFoundError);
}

TEST(MapLayers, OsmRoadsAreCreditedAndKsjHazardFilesNamedAsSuch) {
  test::TempDir dir;
  const auto roads = dir / "roads.geojson";
  std::ofstream(roads) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"osmid":123,)"
                          R"("highway":"['secondary', 'tertiary']"},"geometry":{"type":"LineString","coordinates":)"
                          R"([[139.60,35.60],[139.61,35.61]]}},{"type":"Feature","properties":{"osmid":124,)"
                          R"("highway":"steps"},"geometry":{"type":"LineString","coordinates":[[139.90,35.90],[139.91,35.91]]}}]})";
  const auto hazard = dir / "A31-flood.geojson";
  std::ofstream(hazard) << R"({"type":"Polygon","coordinates":[[[139.60,35.60],[139.61,35.60],[139.61,35.61],[139.60,35.60]]]})";
  map::MapScene scene;
  scene.extent = Area::Bounds{35.59, 35.62, 139.59, 139.62};
  add_road_layer(scene, roads, no_progress());
  add_hazard_layers(scene, {hazard});
  ASSERT_EQ(scene.roads.size(), 1u) << "roads outside the map are not kept";
  EXPECT_EQ(scene.roads[0].road_class, map::RoadClass::kMajor);
  EXPECT_TRUE(has_credit(scene, "© OpenStreetMap contributors"));
  EXPECT_TRUE(has_credit(scene, "国土数値情報（洪水浸水想定区域データ）"));
  ASSERT_EQ(scene.hazards.size(), 1u);
  EXPECT_EQ(scene.hazards[0].name(), "A31-flood");
}

TEST(MapLayers, RoadsEnteringAClosedAreaAreDrawnClosed) {
  map::MapScene scene;
  Area fire("延焼 3丁目");
  fire.add_polygon({{35.600, 139.600}, {35.600, 139.602}, {35.602, 139.602}, {35.602, 139.600}, {35.600, 139.600}});
  scene.closed_areas = {fire};
  scene.roads = {{map::RoadClass::kMinor, {{35.599, 139.601}, {35.603, 139.601}}},   // crosses the area
                 {map::RoadClass::kMinor, {{35.610, 139.610}, {35.611, 139.611}}}};  // far away
  mark_closed_roads(scene);
  ASSERT_EQ(scene.closed_roads.size(), 1u);
  EXPECT_DOUBLE_EQ(scene.closed_roads[0][0].lat, 35.599);
}

}  // namespace
}  // namespace bosai::services
