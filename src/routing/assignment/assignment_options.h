#pragma once

namespace bosai::routing::assignment {

struct AssignmentOptions {
  double max_walk_m = 2000;  // nobody is sent further than this
};

}  // namespace bosai::routing::assignment
