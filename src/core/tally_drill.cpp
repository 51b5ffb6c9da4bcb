#include "core/tally_drill.h"

namespace bosai {

const TallyBlock* TallyDrill::find_block(const std::string& block_id) const {
  for (const auto& b : blocks) {
    if (b.id == block_id) return &b;
  }
  return nullptr;
}

}  // namespace bosai
