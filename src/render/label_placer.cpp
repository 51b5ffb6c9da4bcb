#include "render/label_placer.h"

#include <algorithm>

namespace bosai::render {

bool LabelPlacer::is_free(const QRectF& box) const {
  if (!frame_.contains(box)) return false;
  return std::none_of(taken_.begin(), taken_.end(), [&](const QRectF& t) { return t.intersects(box); });
}

std::optional<QRectF> LabelPlacer::place(const QRectF& a, const QSizeF& s, double gap) {
  const double w = s.width(), h = s.height();
  const double mid_y = a.center().y() - h / 2, mid_x = a.center().x() - w / 2;
  const QPointF candidates[] = {
      {a.right() + gap, mid_y},          {a.left() - gap - w, mid_y},       {a.right() + gap, a.top() - h},
      {a.right() + gap, a.bottom()},     {mid_x, a.top() - gap - h},        {mid_x, a.bottom() + gap},
      {a.left() - gap - w, a.top() - h}, {a.left() - gap - w, a.bottom()},
  };
  for (const auto& c : candidates) {
    const QRectF box(c, s);
    if (is_free(box)) {
      taken_.push_back(box);
      return box;
    }
  }
  return std::nullopt;
}

}  // namespace bosai::render
