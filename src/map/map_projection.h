#pragma once
#include "core/area.h"
#include "core/geo_point.h"
#include "map/page_point.h"

namespace bosai::map {

// WGS84 onto a page frame: equirectangular about the frame's centre latitude, north up, one scale both ways.
// Over a ward (a few km) the east-west scale drifts by well under 0.1 %, so the scale bar is true to print;
// no library and no CRS are needed to draw.
class MapProjection {
 public:
  // Fits `bounds` into the frame (left, top, width, height in page units), centred, aspect kept.
  MapProjection(const Area::Bounds& bounds, double left, double top, double width, double height);

  PagePoint forward(const GeoPoint& p) const;
  GeoPoint inverse(const PagePoint& p) const;
  // Ground metres one page unit spans at the centre of the frame.
  double metres_per_unit() const { return metres_per_unit_; }

 private:
  double lat0_ = 0, lon0_ = 0;  // the frame's centre
  double cx_ = 0, cy_ = 0;
  double cos_lat0_ = 1;
  double metres_per_unit_ = 1;
};

}  // namespace bosai::map
