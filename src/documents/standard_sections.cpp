#include "documents/standard_sections.h"

namespace bosai::documents {

std::span<const StandardSection> standard_sections(DocumentKind kind) {
  static constexpr StandardSection kPlan[] = {{"goals", "目標"},
                                              {"profile", "地区の特性"},
                                              {"routine", "平常時の活動"},
                                              {"response", "発災時の活動"},
                                              {"drills", "訓練計画"},
                                              {"review", "見直し"}};
  static constexpr StandardSection kManual[] = {
      {"policy", "基本方針"},
      {"organization", "運営体制"},
      {"phase-initial", "初動期"},
      {"phase-expansion", "展開期"},
      {"phase-stable", "安定期"},
      {"phase-withdrawal", "撤収期"},
      {"checklist-opening", "開設準備チェックリスト", SectionKind::kChecklist},
      {"checklist-damage", "施設被害状況チェックリスト", SectionKind::kChecklist},
      {"review", "見直しと訓練"}};
  if (kind == DocumentKind::kDistrictPlan) return kPlan;
  return kManual;
}

}  // namespace bosai::documents
