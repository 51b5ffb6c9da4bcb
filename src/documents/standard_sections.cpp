#include "documents/standard_sections.h"

namespace bosai::documents {

std::span<const StandardSection> standard_sections() {
  static constexpr StandardSection kSections[] = {{"goals", "目標"},
                                                  {"profile", "地区の特性"},
                                                  {"routine", "平常時の活動"},
                                                  {"response", "発災時の活動"},
                                                  {"drills", "訓練計画"},
                                                  {"review", "見直し"}};
  return kSections;
}

}  // namespace bosai::documents
