// Protects a map a committee can read on paper: sites that share a spot (a school that is both 指定避難所 and
// 指定緊急避難場所) are both visible, labels never hide symbols or each other (crowded sites get numbers, listed
// in the key), kinds differ by shape even without colour, and the scale bar drawn is true to the ground.
#include "map/map_scene.h"
#include "render/gui.h"
#include "render/map_key.h"
#include "render/map_painter.h"
#include "render/page_units.h"
#include "render/site_symbol.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <cmath>

namespace bosai::render {
namespace {

constexpr double kDpi = 150;

QImage page(int w, int h) {
  ensure_gui();
  QImage image(w, h, QImage::Format_ARGB32);
  image.setDotsPerMeterX(static_cast<int>(kDpi / 0.0254));
  image.setDotsPerMeterY(static_cast<int>(kDpi / 0.0254));
  image.fill(Qt::white);
  return image;
}

Area square(const std::string& name, double lat, double lon, double size) {
  Area a(name);
  a.add_polygon({{lat, lon}, {lat, lon + size}, {lat + size, lon + size}, {lat + size, lon}, {lat, lon}});
  return a;
}

map::MapScene school_scene() {
  map::MapScene scene;
  scene.districts.push_back({"01", "二子玉川", square("二子玉川", 35.600, 139.590, 0.02), true});
  scene.sites = {
      {"X1", 1, "二子玉川東小学校", ShelterKind::kDesignated, {35.6051, 139.6003}, "東京都世田谷区二子玉川2-2-15"},
      {"X2", 2, "二子玉川東小学校", ShelterKind::kEmergencySite, {35.6051, 139.6003}, "東京都世田谷区二子玉川2-2-15"},
      {"X3", 3, "玉川高齢者福祉センター", ShelterKind::kWelfare, {35.6120, 139.5960}, "東京都世田谷区玉川1-1-1"},
      {"X4", 4, "長沼公園", ShelterKind::kGatheringPoint, {35.6150, 139.6050}, ""},
  };
  scene.date = "2026年12月1日現在";
  scene.credits = {"避難所: 見本データ（架空）"};
  return scene;
}

bool near_colour(QRgb pixel, const QColor& c) {
  return std::abs(qRed(pixel) - c.red()) < 40 && std::abs(qGreen(pixel) - c.green()) < 40 &&
         std::abs(qBlue(pixel) - c.blue()) < 40;
}

MapDrawing draw(QImage& image, const map::MapScene& scene) {
  QPainter painter(&image);
  return draw_map(painter, QRectF(20, 20, image.width() - 40, image.height() - 40), scene);
}

TEST(MapPainter, SitesSharingASpotAreBothVisibleAndLabelled) {
  QImage image = page(1200, 900);
  const auto scene = school_scene();
  const auto drawing = draw(image, scene);
  ASSERT_EQ(drawing.sites.size(), 4u);
  const auto& a = drawing.sites[0];
  const auto& b = drawing.sites[1];
  EXPECT_FALSE(a.symbol.isEmpty());
  EXPECT_FALSE(b.symbol.isEmpty());
  EXPECT_FALSE(a.symbol.intersects(b.symbol)) << "one symbol hides the other";
  EXPECT_TRUE(near_colour(image.pixel(a.symbol.center().toPoint()), site_colour(ShelterKind::kDesignated)));
  EXPECT_TRUE(near_colour(image.pixel(b.symbol.center().toPoint()), site_colour(ShelterKind::kEmergencySite)));
  for (const auto& s : drawing.sites) {
    ASSERT_TRUE(s.label) << s.id;
    EXPECT_FALSE(s.label_collides) << s.id;
    for (const auto& other : drawing.sites) EXPECT_FALSE(s.label->intersects(other.symbol)) << s.id << " over " << other.id;
  }
  EXPECT_EQ(*a.label, *b.label) << "one name for the school, beside both symbols";
  // Both symbols stay near where the school is: fanned out, not moved away.
  EXPECT_LT(std::hypot(a.symbol.center().x() - a.true_position.x(), a.symbol.center().y() - a.true_position.y()),
            points(QPainter(&image), 15));
}

TEST(MapPainter, CrowdedLabelsNeverOverlapAndFallBackToNumbersListedInTheKey) {
  QImage image = page(700, 500);
  map::MapScene scene;
  scene.districts.push_back({"01", "地区", square("地区", 35.60, 139.60, 0.01), true});
  int n = 0;
  for (int i = 0; i < 9; ++i) {
    for (int j = 0; j < 7; ++j) {
      ++n;
      scene.sites.push_back({"S" + std::to_string(n), n, "とても長い名前の一時集合所その" + std::to_string(n),
                             ShelterKind::kGatheringPoint, {35.601 + i * 0.001, 139.601 + j * 0.0013}, ""});
    }
  }
  const auto drawing = draw(image, scene);
  int numbered = 0;
  for (std::size_t i = 0; i < drawing.sites.size(); ++i) {
    const auto& s = drawing.sites[i];
    ASSERT_TRUE(s.label);
    if (s.numbered) ++numbered;
    if (s.label_collides) continue;
    for (std::size_t j = 0; j < drawing.sites.size(); ++j) {
      EXPECT_FALSE(s.label->intersects(drawing.sites[j].symbol)) << s.id;
      if (j != i && drawing.sites[j].label && !drawing.sites[j].label_collides) {
        EXPECT_FALSE(s.label->intersects(*drawing.sites[j].label)) << s.id << " and " << drawing.sites[j].id;
      }
    }
  }
  EXPECT_GT(numbered, 0) << "63 long names cannot all fit: some must become numbers";
  QPainter painter(&image);
  const double with_numbers = draw_map_key(painter, QRectF(0, 0, 600, 1000), scene, drawing, false);
  MapDrawing none = drawing;
  for (auto& s : none.sites) s.numbered = false;
  EXPECT_GT(with_numbers, draw_map_key(painter, QRectF(0, 0, 600, 1000), scene, none, false))
      << "numbered sites are listed by name in the key";
}

TEST(MapPainter, KindsDifferByShapeInBlackAndWhite) {
  std::vector<QImage> masks;
  for (const auto kind : kAllShelterKinds) {
    QImage image = page(60, 60);
    {
      QPainter painter(&image);
      draw_site_symbol(painter, kind, QPointF(30, 30), 40);
    }
    masks.push_back(image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither));
  }
  for (std::size_t i = 0; i < masks.size(); ++i) {
    for (std::size_t j = i + 1; j < masks.size(); ++j) {
      int differ = 0;
      for (int y = 0; y < 60; ++y) {
        for (int x = 0; x < 60; ++x) differ += (masks[i].pixelIndex(x, y) != masks[j].pixelIndex(x, y));
      }
      EXPECT_GT(differ, 60) << "kinds " << i << " and " << j << " look alike without colour";
    }
  }
}

TEST(MapPainter, ScaleBarAsDrawnMatchesTheGroundWithin2Percent) {
  for (const auto& size : {QSize(1200, 900), QSize(600, 900), QSize(2400, 1700)}) {
    QImage image = page(size.width(), size.height());
    const auto drawing = draw(image, school_scene());
    ASSERT_TRUE(drawing.projection);
    const auto& bar = drawing.scale_bar_line;
    EXPECT_NEAR(bar.width(), drawing.scale_bar.length, 0.01);
    const auto left = drawing.projection->inverse({bar.left(), bar.center().y()});
    const auto right = drawing.projection->inverse({bar.right(), bar.center().y()});
    const double rad = M_PI / 180;
    const double ground = 6371008.8 * std::acos(std::sin(left.lat * rad) * std::sin(right.lat * rad) +
                                                std::cos(left.lat * rad) * std::cos(right.lat * rad) *
                                                    std::cos((right.lon - left.lon) * rad));
    EXPECT_NEAR(ground / drawing.scale_bar.metres, 1.0, 0.02) << drawing.scale_bar.label;
    EXPECT_TRUE(drawing.projection && image.rect().contains(drawing.north_arrow.toRect()));
  }
}

TEST(MapPainter, SitesOffTheMapAreNeitherDrawnNorLabelled) {
  QImage image = page(800, 600);
  auto scene = school_scene();
  scene.sites.push_back({"FAR", 5, "遠くの避難所", ShelterKind::kDesignated, {35.70, 139.70}, ""});
  const auto drawing = draw(image, scene);
  EXPECT_TRUE(drawing.sites.back().symbol.isEmpty());
  EXPECT_FALSE(drawing.sites.back().label);
}

}  // namespace
}  // namespace bosai::render
