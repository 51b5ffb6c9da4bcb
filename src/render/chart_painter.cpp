#include "render/chart_painter.h"

#include "render/axis_ticks.h"
#include "render/chart_marks.h"
#include "render/chart_style.h"
#include "render/gui.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace bosai::render {
namespace {

// Sizes below are in ems of the scaled painter draw_chart sets up (render/chart_marks.h).
constexpr double kEm = kChartEm;
constexpr double kPad = 0.4 * kEm;
constexpr int kWrapped = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere;

QString q(const std::string& text) { return QString::fromStdString(text); }

// The places value labels need: none when every value is whole, else as many as the values have, up to two.
int value_decimals(const Chart& chart) {
  int decimals = 0;
  for (const auto& series : chart.series) {
    for (const double v : series.values) {
      if (!std::isnan(v)) decimals = std::max(decimals, std::min(2, decimals_needed(v)));
    }
  }
  return decimals;
}

class ChartDrawing {
 public:
  ChartDrawing(QPainter& painter, double width, double height, const Chart& chart)
      : p_(painter),
        width_(width),
        height_(height),
        chart_(chart),
        stacked_(chart.kind == Chart::Kind::kStackedBars),
        lines_(chart.kind == Chart::Kind::kLines),
        decimals_(value_decimals(chart)) {}

  void draw() {
    double top = kPad;
    top = draw_title(top);
    top = draw_legend(top);
    top += 1.9 * kEm;  // the unit over the value axis, clear of the top tick label
    lay_out_plot(top);
    draw_value_axis();
    if (lines_) {
      draw_lines();
    } else {
      draw_bars();
    }
    draw_baseline_and_categories();
    draw_reference();
  }

 private:
  QFont font(double ems, bool bold = false) const {
    QFont out = page_font(10);
    out.setPixelSize(std::max(1, static_cast<int>(std::lround(ems * kEm))));
    out.setBold(bold);
    return out;
  }
  QFontMetricsF metrics(const QFont& f) const { return QFontMetricsF(f, p_.device()); }

  void text(const QRectF& box, int flags, const QString& s, const QFont& f) {
    p_.setFont(f);
    p_.setPen(Qt::black);
    p_.drawText(box, flags, s);
  }

  // Text on a white box, readable over hatching and grid lines.
  void boxed_text(const QRectF& box, const QString& s, const QFont& f) {
    p_.fillRect(box.adjusted(-0.1 * kEm, 0, 0.1 * kEm, 0), QColor(255, 255, 255, 225));
    text(box, Qt::AlignCenter, s, f);
  }

  double draw_title(double top) {
    if (chart_.title.empty()) return top;
    const QFont f = font(1.2, true);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;  // Qt breaks Japanese between characters
    const double h = metrics(f).boundingRect(QRectF(kPad, top, width_ - 2 * kPad, 1e6), flags, q(chart_.title)).height();
    text(QRectF(kPad, top, width_ - 2 * kPad, h), flags, q(chart_.title), f);
    return top + h + 0.25 * kEm;
  }

  void draw_swatch(const QRectF& box, std::size_t index) {
    const SeriesStyle style = series_style(index);
    if (lines_) {
      p_.setPen(series_pen(style));
      p_.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
      draw_marker(p_, box.center(), style.marker, colour_of(style.rgb));
      return;
    }
    fill_hatched(p_, box, style);
    p_.setPen(chart_pen(Qt::black, 0.04));
    p_.setBrush(Qt::NoBrush);
    p_.drawRect(box);
  }

  // One entry a series, flowing in rows across the frame; none for a single unnamed series.
  double draw_legend(double top) {
    if (chart_.series.size() == 1 && chart_.series.front().name.empty()) return top;
    const QFont f = font(0.85);
    const auto m = metrics(f);
    const double row = 1.3 * kEm, swatch_w = (lines_ ? 2.0 : 1.3) * kEm, swatch_h = 0.75 * kEm;
    double x = kPad, y = top;
    for (std::size_t i = 0; i < chart_.series.size(); ++i) {
      const QString name = q(chart_.series[i].name);
      const double w = swatch_w + 0.35 * kEm + m.horizontalAdvance(name);
      if (x > kPad && x + w > width_ - kPad) {
        x = kPad;
        y += row;
      }
      draw_swatch(QRectF(x, y + (row - swatch_h) / 2, swatch_w, swatch_h), i);
      text(QRectF(x + swatch_w + 0.35 * kEm, y, w, row), Qt::AlignLeft | Qt::AlignVCenter, name, f);
      x += w + 1.1 * kEm;
    }
    return y + row + 0.15 * kEm;
  }

  // The lowest and highest value the axis must show (stacks by their totals, the reference, always zero).
  std::pair<double, double> value_range() const {
    double low = 0, high = 0;
    auto take = [&](double v) {
      if (std::isnan(v)) return;
      low = std::min(low, v);
      high = std::max(high, v);
    };
    for (std::size_t i = 0; i < chart_.categories.size(); ++i) {
      double total = 0;
      for (const auto& series : chart_.series) {
        if (stacked_) {
          if (!std::isnan(series.values[i])) total += series.values[i];
        } else {
          take(series.values[i]);
        }
      }
      if (stacked_) take(total);
    }
    if (chart_.reference) take(chart_.reference->value);
    return {low, high};
  }

  AxisTicks ticks_for(double plot_height) const {
    auto [low, high] = value_range();
    // Bars carry their value above (below when negative): room for it inside the axis.
    const double label_share = lines_ ? 0 : 1.1 * kEm / plot_height;
    const double span = std::max(high - low, 1e-12);
    if (high > 0) high += span * label_share;
    if (low < 0) low -= span * label_share;
    const int max_intervals = std::clamp(static_cast<int>(plot_height / (1.8 * kEm)), 2, 10);
    return nice_ticks(low, high, max_intervals, decimals_ == 0 ? 1 : 0);  // whole values, whole ticks
  }

  double tick_labels_width(const AxisTicks& ticks) const {
    const auto m = metrics(font(0.8));
    double widest = 0;
    for (int i = 0; i <= ticks.intervals; ++i) {
      widest = std::max(widest, m.horizontalAdvance(q(format_number(ticks.value(i), decimals_needed(ticks.step)))));
    }
    return widest;
  }

  // Category labels. Bars: each under its own slot, wrapped onto two lines and made smaller until it fits, else
  // turned to read upwards (long 地区 names under many bars), shortened only beyond a third of the frame's
  // height. Lines (times): one line, every n-th label when they would touch. Rotated labels are thinned too
  // when even the smallest text is thicker than a slot.
  void lay_out_categories(double slot) {
    auto widest = [&](const QFontMetricsF& m) {
      double w = 0;
      for (const auto& c : chart_.categories) w = std::max(w, m.horizontalAdvance(q(c)));
      return w;
    };
    if (lines_) {
      category_font_ = font(0.8);
      const auto m = metrics(category_font_);
      category_every_ = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest(m) + 0.8 * kEm) / slot)));
      category_height_ = m.height();
      return;
    }
    for (double ems = 0.9; ems >= 0.6 - 1e-9; ems -= 0.05) {
      category_font_ = font(ems);
      const auto m = metrics(category_font_);
      double tallest = 0;
      for (const auto& c : chart_.categories) {
        tallest = std::max(tallest, m.boundingRect(QRectF(0, 0, slot * 0.94, 1e6), kWrapped, q(c)).height());
      }
      category_height_ = tallest;
      if (tallest <= 2 * m.lineSpacing() + 1) return;
    }
    category_rotated_ = true;
    category_font_ = font(0.75);
    const double thickness = metrics(category_font_).height();
    if (thickness > slot * 0.95) category_font_ = font(std::max(0.5, 0.75 * slot * 0.95 / thickness));
    const auto m = metrics(category_font_);
    category_every_ = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(m.height() / (slot * 0.95))));
    category_height_ = std::min(widest(m), height_ / 3);
  }

  void lay_out_plot(double top) {
    const double bottom = height_ - kPad;
    const double tick_space = 0.3 * kEm + 0.25 * kEm;  // tick mark and gap before its label
    double left = kPad + tick_labels_width(ticks_for(bottom - 1.4 * kEm - top)) + tick_space;
    const double right = width_ - kPad - reference_label_width();
    lay_out_categories((right - left) / chart_.categories.size());
    const double plot_bottom = bottom - category_height_ - 0.35 * kEm;
    ticks_ = ticks_for(plot_bottom - top);
    left = std::max(left, kPad + tick_labels_width(ticks_) + tick_space);
    plot_ = QRectF(QPointF(left, top), QPointF(right, plot_bottom));
    if (plot_.height() < height_ / 3) {  // a squashed plot would mislead more than no chart
      throw std::invalid_argument("chart 「" + chart_.title + "」: its legend and labels leave less than a third of the "
                                  "frame for the plot");
    }
    slot_ = plot_.width() / chart_.categories.size();
  }

  double y_of(double value) const {
    return plot_.bottom() - (value - ticks_.first) / (ticks_.last() - ticks_.first) * plot_.height();
  }

  void draw_value_axis() {
    const QFont f = font(0.8);
    const auto m = metrics(f);
    const int decimals = decimals_needed(ticks_.step);
    for (int i = 0; i <= ticks_.intervals; ++i) {
      const double y = y_of(ticks_.value(i));
      p_.setPen(chart_pen(QColor(0xCC, 0xCC, 0xCC), 0.04));
      p_.drawLine(QPointF(plot_.left(), y), QPointF(plot_.right(), y));
      p_.setPen(chart_pen(Qt::black, 0.06));
      p_.drawLine(QPointF(plot_.left() - 0.3 * kEm, y), QPointF(plot_.left(), y));
      text(QRectF(kPad, y - m.height() / 2, plot_.left() - 0.55 * kEm - kPad, m.height()),
           Qt::AlignRight | Qt::AlignVCenter, q(format_number(ticks_.value(i), decimals)), f);
    }
    p_.setPen(chart_pen(Qt::black, 0.07));
    p_.drawLine(plot_.topLeft(), plot_.bottomLeft());
    if (!chart_.unit.empty()) {
      const QFont uf = font(0.8);
      const double h = metrics(uf).height();
      text(QRectF(kPad, plot_.top() - 0.65 * kEm - h, plot_.width(), h), Qt::AlignLeft | Qt::AlignBottom,
           "（" + q(chart_.unit) + "）", uf);
    }
  }

  // The value over (or under) a bar, smaller when it would be wider than `room`, left out when it still is.
  void value_label(double value, double centre_x, double y, double room) {
    const QString s = q(format_number(value, decimals_));
    for (const double ems : {0.75, 0.6}) {
      const QFont f = font(ems);
      const auto m = metrics(f);
      const double w = m.horizontalAdvance(s);
      if (w > room) continue;
      const double h = m.height();
      const double box_top = value >= 0 ? y - 0.1 * kEm - h : y + 0.1 * kEm;
      text(QRectF(centre_x - w, box_top, 2 * w, h), Qt::AlignCenter, s, f);
      return;
    }
  }

  void draw_bar(const QRectF& box, std::size_t series) {
    const QRectF r = box.normalized();
    fill_hatched(p_, r, series_style(series));
    p_.setPen(chart_pen(Qt::black, 0.04));
    p_.setBrush(Qt::NoBrush);
    p_.drawRect(r);
  }

  void draw_bars() {
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      if (stacked_) {
        draw_stack(c);
      } else {
        draw_group(c);
      }
    }
  }

  // The first series at the bottom; each part's value inside it where it fits (not when the stack is one
  // part: the total over it says the same), the total over the stack.
  void draw_stack(std::size_t c) {
    const double bar_w = slot_ * 0.6, x = plot_.left() + c * slot_ + (slot_ - bar_w) / 2;
    double total = 0;
    std::vector<std::pair<QRectF, double>> parts;
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      const double v = chart_.series[s].values[c];
      if (std::isnan(v) || v == 0) continue;
      const QRectF part(QPointF(x, y_of(total + v)), QPointF(x + bar_w, y_of(total)));
      draw_bar(part, s);
      parts.emplace_back(part, v);
      total += v;
    }
    if (parts.empty()) return;
    if (parts.size() > 1) {
      const QFont f = font(0.65);
      const auto m = metrics(f);
      for (const auto& [part, v] : parts) {
        const QString s = q(format_number(v, decimals_));
        const double w = m.horizontalAdvance(s) + 0.2 * kEm;
        if (part.height() < m.height() * 1.05 || w > part.width() * 0.95) continue;
        boxed_text(QRectF(part.center().x() - w / 2, part.center().y() - m.height() / 2, w, m.height()), s, f);
      }
    }
    value_label(total, x + bar_w / 2, y_of(total), slot_ * 0.95);
  }

  // The series side by side, a little apart so neighbours stay apart in black and white too.
  void draw_group(std::size_t c) {
    const std::size_t n = chart_.series.size();
    const double group_w = slot_ * 0.76, bar_w = group_w / n;
    for (std::size_t s = 0; s < n; ++s) {
      const double v = chart_.series[s].values[c];
      if (std::isnan(v)) continue;
      const double x = plot_.left() + c * slot_ + (slot_ - group_w) / 2 + s * bar_w;
      draw_bar(QRectF(QPointF(x + bar_w * 0.04, y_of(v)), QPointF(x + bar_w * 0.96, y_of(0))), s);
      value_label(v, x + bar_w / 2, y_of(v), n == 1 ? slot_ * 0.95 : bar_w * 1.02);
    }
  }

  double x_of_category(std::size_t c) const { return plot_.left() + (c + 0.5) * slot_; }

  void draw_lines() {
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {  // every line first, so markers lie on top of all
      QPainterPath path;
      bool drawing = false;
      for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
        const double v = chart_.series[s].values[c];
        if (std::isnan(v)) {
          drawing = false;
          continue;
        }
        const QPointF point(x_of_category(c), y_of(v));
        if (drawing) {
          path.lineTo(point);
        } else {
          path.moveTo(point);
        }
        drawing = true;
      }
      p_.setPen(series_pen(series_style(s)));
      p_.setBrush(Qt::NoBrush);
      p_.drawPath(path);
    }
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      const SeriesStyle style = series_style(s);
      for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
        const double v = chart_.series[s].values[c];
        if (!std::isnan(v)) draw_marker(p_, QPointF(x_of_category(c), y_of(v)), style.marker, colour_of(style.rgb));
      }
    }
  }

  void draw_baseline_and_categories() {
    p_.setPen(chart_pen(Qt::black, 0.08));
    p_.drawLine(QPointF(plot_.left(), y_of(0)), QPointF(plot_.right(), y_of(0)));
    const double top = plot_.bottom() + 0.35 * kEm;
    const auto m = metrics(category_font_);
    for (std::size_t c = 0; c < chart_.categories.size(); c += category_every_) {
      const double x = x_of_category(c);
      if (lines_) {
        p_.setPen(chart_pen(Qt::black, 0.06));
        p_.drawLine(QPointF(x, plot_.bottom()), QPointF(x, plot_.bottom() + 0.25 * kEm));
      }
      if (category_rotated_) {  // reading upwards, ending under the bar
        p_.save();
        p_.translate(x, top);
        p_.rotate(-90);
        text(QRectF(-category_height_, -m.height() / 2, category_height_, m.height()),
             Qt::AlignRight | Qt::AlignVCenter, m.elidedText(q(chart_.categories[c]), Qt::ElideRight, category_height_),
             category_font_);
        p_.restore();
        continue;
      }
      const double w = slot_ * (lines_ ? category_every_ : 0.94);
      text(QRectF(x - w / 2, top, w, category_height_), lines_ ? Qt::AlignHCenter | Qt::AlignTop : kWrapped,
           q(chart_.categories[c]), category_font_);
    }
  }

  // The reference's label and value, two lines in the right margin at its height: never over the data.
  QFont reference_font() const { return font(0.75); }
  QString reference_value() const { return q(format_number(chart_.reference->value, decimals_) + chart_.unit); }
  double reference_label_width() const {
    if (!chart_.reference) return 0;
    const auto m = metrics(reference_font());
    return std::max(m.horizontalAdvance(q(chart_.reference->label)), m.horizontalAdvance(reference_value())) +
           0.4 * kEm;
  }

  void draw_reference() {
    if (!chart_.reference) return;
    const double y = y_of(chart_.reference->value);
    p_.setPen(chart_pen(Qt::black, 0.1, Qt::DashLine));
    p_.drawLine(QPointF(plot_.left(), y), QPointF(plot_.right() + 0.2 * kEm, y));
    const QFont f = reference_font();
    const double h = metrics(f).height();
    const QRectF label(plot_.right() + 0.3 * kEm, y - h, width_ - kPad - plot_.right() - 0.3 * kEm, h);
    text(label, Qt::AlignLeft | Qt::AlignBottom, q(chart_.reference->label), f);
    text(label.translated(0, h), Qt::AlignLeft | Qt::AlignTop, reference_value(), f);
  }

  QPainter& p_;
  const double width_, height_;
  const Chart& chart_;
  const bool stacked_, lines_;
  const int decimals_;
  QRectF plot_;
  double slot_ = 0;
  AxisTicks ticks_;
  QFont category_font_;
  double category_height_ = 0;
  std::size_t category_every_ = 1;
  bool category_rotated_ = false;
};

}  // namespace

void draw_chart(QPainter& painter, const QRectF& frame, const Chart& chart) {
  validate(chart);
  const double em = std::min(frame.width() / 56, frame.height() / 30);
  if (!(em > 0)) throw std::invalid_argument("chart 「" + chart.title + "」: the frame is empty");
  painter.save();
  struct Restore {
    QPainter& painter;
    ~Restore() { painter.restore(); }
  } restore{painter};
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  painter.translate(frame.topLeft());
  painter.scale(em / kEm, em / kEm);
  ChartDrawing(painter, frame.width() / em * kEm, frame.height() / em * kEm, chart).draw();
}

}  // namespace bosai::render
