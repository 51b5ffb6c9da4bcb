#pragma once
#include <QRectF>

#include <optional>
#include <vector>

namespace bosai::render {

// Greedy label placement: each label takes the first of eight positions around its anchor (right first, as
// Japanese maps read) that stays inside the frame and clear of every symbol and label placed before it.
class LabelPlacer {
 public:
  explicit LabelPlacer(const QRectF& frame) : frame_(frame) {}

  void add_obstacle(const QRectF& box) { taken_.push_back(box); }
  bool is_free(const QRectF& box) const;
  // The box chosen for a label of `size` beside `anchor` (a symbol's box), `gap` away; nullopt when all
  // positions collide. A chosen box becomes an obstacle.
  std::optional<QRectF> place(const QRectF& anchor, const QSizeF& size, double gap);

 private:
  QRectF frame_;
  std::vector<QRectF> taken_;
};

}  // namespace bosai::render
