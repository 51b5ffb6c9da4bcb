// Protects charts that tell the truth at any size: bar heights are proportional to their values, a chart drawn
// in a frame twice as large is the same drawing twice as large (sizes come from the frame, not the device),
// series differ by more than colour, and charts that cannot be drawn honestly are refused by name.
#include "render/chart.h"
#include "render/chart_painter.h"
#include "render/chart_style.h"
#include "render/gui.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <vector>

namespace bosai::render {
namespace {

Chart people_by_shelter() {
  Chart chart;
  chart.title = "避難者数";
  chart.categories = {"一時集合所", "指定避難所", "福祉避難所", "広域避難場所"};
  chart.series = {{"", {10, 20, 40, 5}}};
  chart.unit = "人";
  return chart;
}

QImage drawn(const Chart& chart, int width, int height) {
  ensure_gui();
  QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  draw_chart(painter, QRectF(0, 0, width, height), chart);
  return image;
}

// The bars of one colour, left to right, each as its tallest column of pixels of exactly that colour.
std::vector<int> bar_heights(const QImage& image, std::uint32_t rgb) {
  std::vector<int> heights;
  bool in_bar = false;
  for (int x = 0; x < image.width(); ++x) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) count += (image.pixel(x, y) & 0xFFFFFF) == rgb;
    if (count == 0) {
      in_bar = false;
      continue;
    }
    if (!in_bar) heights.push_back(0);
    in_bar = true;
    heights.back() = std::max(heights.back(), count);
  }
  return heights;
}

TEST(ChartDrawing, BarHeightsAreProportionalToTheirValues) {
  const auto heights = bar_heights(drawn(people_by_shelter(), 1120, 600), series_style(0).rgb);
  ASSERT_EQ(heights.size(), 4u);
  const std::vector<double> values{10, 20, 40, 5};
  ASSERT_GT(heights[2], 200) << "the tallest bar uses most of the plot";
  for (std::size_t i = 0; i < 4; ++i) {
    // Exactly proportional once the outline (the same few pixels on every bar) is taken out; zero-based
    // within those pixels.
    EXPECT_NEAR(heights[i] - heights[3], (heights[2] - heights[3]) * (values[i] - 5) / 35, 1.0) << "bar " << i;
    EXPECT_NEAR(heights[i], heights[2] * values[i] / 40, 3.0) << "bar " << i;
  }
}

TEST(ChartDrawing, ATwiceLargerFrameDrawsTheSameChartTwiceAsLarge) {
  const auto small = bar_heights(drawn(people_by_shelter(), 560, 300), series_style(0).rgb);
  const auto large = bar_heights(drawn(people_by_shelter(), 1120, 600), series_style(0).rgb);
  ASSERT_EQ(small.size(), 4u);
  ASSERT_EQ(large.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_NEAR(large[i], 2.0 * small[i], 3.0) << "bar " << i;
}

TEST(ChartDrawing, StackedBarsStandOnEachOtherInProportion) {
  Chart chart = people_by_shelter();
  chart.kind = Chart::Kind::kStackedBars;
  chart.series = {{"高齢者", {10, 20, 30, 5}}, {"その他", {30, 20, 10, 0}}};
  chart.reference = ReferenceLine{"収容可能", 45};
  const QImage image = drawn(chart, 1120, 600);
  // The first series is solid: its bottom parts (the legend swatch is the first, small, "bar" on the left).
  auto heights = bar_heights(image, series_style(0).rgb);
  ASSERT_EQ(heights.size(), 5u);
  heights.erase(heights.begin());
  const std::vector<double> bottoms{10, 20, 30, 5};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_NEAR(heights[i] - heights[3], (heights[2] - heights[3]) * (bottoms[i] - 5) / 25, 1.0) << "bar " << i;
  }
}

// The median row of the pixels of one colour: where a flat line of that series lies.
int median_row(const QImage& image, std::uint32_t rgb) {
  std::vector<int> rows;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 0; x < image.width(); ++x) {
      if ((image.pixel(x, y) & 0xFFFFFF) == rgb) rows.push_back(y);
    }
  }
  if (rows.empty()) return -1;
  std::nth_element(rows.begin(), rows.begin() + rows.size() / 2, rows.end());
  return rows[rows.size() / 2];
}

TEST(ChartDrawing, LinesLieAtHeightsProportionalToTheirValues) {
  Chart chart;
  chart.kind = Chart::Kind::kLines;
  chart.title = "安否確認の進み";
  chart.categories = {"9:00", "9:15", "9:30", "9:45", "10:00", "10:15"};
  chart.series = {
      {"第1回", {10, 10, 10, 10, 10, 10}}, {"第2回", {20, 20, NAN, 20, 20, 20}}, {"第3回", {40, 40, 40, 40, 40, 40}}};
  chart.unit = "%";
  chart.reference = ReferenceLine{"目標", 80};
  const QImage image = drawn(chart, 1600, 900);
  const int ten = median_row(image, series_style(0).rgb), twenty = median_row(image, series_style(1).rgb),
            forty = median_row(image, series_style(2).rgb);
  ASSERT_GT(ten - twenty, 50) << "lines found at rows " << ten << " " << twenty << " " << forty;
  EXPECT_NEAR(ten - forty, 3.0 * (ten - twenty), 2.0);
}

TEST(ChartDrawing, ALegendThatLeavesNoRoomIsRefusedAndThePainterIsLeftAsItWas) {
  Chart crowded = people_by_shelter();
  crowded.series.clear();
  for (int i = 0; i < 40; ++i) crowded.series.push_back({"避難行動要支援者の区分その" + std::to_string(i), {1, 2, 3, 4}});
  ensure_gui();
  QImage image(560, 300, QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  painter.translate(7, 9);
  EXPECT_THROW(draw_chart(painter, QRectF(0, 0, 560, 300), crowded), std::invalid_argument);
  EXPECT_EQ(painter.transform(), QTransform::fromTranslate(7, 9));
}

TEST(ChartStyle, TheFirstEightSeriesDifferInColourHatchAndMarker) {
  std::set<std::uint32_t> colours;
  std::set<Hatch> hatches;
  std::set<Marker> markers;
  for (std::size_t i = 0; i < 8; ++i) {
    colours.insert(series_style(i).rgb);
    hatches.insert(series_style(i).hatch);
    markers.insert(series_style(i).marker);
  }
  EXPECT_EQ(colours.size(), 8u);
  EXPECT_EQ(hatches.size(), 8u);
  EXPECT_EQ(markers.size(), 8u);
}

TEST(ChartValidation, ChartsThatCannotBeDrawnHonestlyAreRefusedByName) {
  auto message = [](const Chart& chart) {
    try {
      validate(chart);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  Chart ragged = people_by_shelter();
  ragged.series[0] = {"高齢者", {1, 2}};
  EXPECT_EQ(message(ragged), "chart 「避難者数」: series 「高齢者」 has 2 values for 4 categories");
  Chart negative = people_by_shelter();
  negative.kind = Chart::Kind::kStackedBars;
  negative.series[0].values[1] = -3;
  EXPECT_NE(message(negative).find("指定避難所"), std::string::npos) << message(negative);
  Chart infinite = people_by_shelter();
  infinite.series[0].values[0] = INFINITY;
  EXPECT_NE(message(infinite).find("infinite"), std::string::npos);
  Chart empty = people_by_shelter();
  empty.series.clear();
  EXPECT_EQ(message(empty), "chart 「避難者数」: no series");
  EXPECT_EQ(message(people_by_shelter()), "accepted");
  Chart grouped_negative = people_by_shelter();
  grouped_negative.series[0].values[1] = -3;  // a change from the last drill can be negative
  EXPECT_EQ(message(grouped_negative), "accepted");
}

}  // namespace
}  // namespace bosai::render
