#include "render/chart.h"

#include <cmath>
#include <stdexcept>

namespace bosai::render {

void validate(const Chart& chart) {
  const std::string name = "chart 「" + chart.title + "」";
  auto fail = [&](const std::string& what) { throw std::invalid_argument(name + ": " + what); };
  if (chart.categories.empty()) fail("no categories");
  if (chart.series.empty()) fail("no series");
  for (const auto& series : chart.series) {
    const std::string which = "series 「" + series.name + "」";
    if (series.values.size() != chart.categories.size()) {
      fail(which + " has " + std::to_string(series.values.size()) + " values for " +
           std::to_string(chart.categories.size()) + " categories");
    }
    for (std::size_t i = 0; i < series.values.size(); ++i) {
      const double v = series.values[i];
      if (std::isinf(v)) fail(which + ": value for 「" + chart.categories[i] + "」 is infinite");
      if (chart.kind == Chart::Kind::kStackedBars && v < 0) {
        fail(which + ": stacked bars take no negative value (「" + chart.categories[i] + "」)");
      }
    }
  }
  if (chart.reference && !std::isfinite(chart.reference->value))
    fail("reference 「" + chart.reference->label + "」 is not finite");
}

}  // namespace bosai::render
