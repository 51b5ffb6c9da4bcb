#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai::render {

// One named row of a chart, a value per category. NaN means "no value": no bar, a gap in a line (a KPI not
// measured in that round).
struct ChartSeries {
  std::string name;
  std::vector<double> values;
};

// A level across the whole chart: a shelter's capacity, a drill's target time.
struct ReferenceLine {
  std::string label;  // 収容可能, 目標
  double value = 0;
};

// A chart for the debrief and the dashboard as plain data; render/chart_painter.h draws it. Bars stand on
// zero (grouped side by side, or stacked with the first series at the bottom); lines join the values of each
// series across the categories, which are then time labels (10:00, 第1回 …). The value axis always shows zero.
struct Chart {
  enum class Kind { kBars, kStackedBars, kLines };
  Kind kind = Kind::kBars;
  std::string title;
  std::vector<std::string> categories;  // 地区, shelter kinds, or times for kLines
  std::vector<ChartSeries> series;
  std::string unit;  // of every value, shown over the value axis: 人, 分, 件
  std::optional<ReferenceLine> reference;
};

// std::invalid_argument naming the chart and the series when a chart cannot be drawn honestly: no categories
// or series, a series with another number of values than categories, an infinite value, a negative value in
// stacked bars (a stack of parts has none), or an infinite reference.
void validate(const Chart& chart);

}  // namespace bosai::render
