#include "documents/manual_terms.h"

#include "core/enum_names.h"

namespace bosai::documents {
namespace {

constexpr EnumName<ManualRole> kRoles[] = {{ManualRole::kGeneral, "general", "総務・情報"},
                                           {ManualRole::kShelter, "shelter", "避難所"},
                                           {ManualRole::kFood, "food", "給食・物資"},
                                           {ManualRole::kHealth, "health", "救護・衛生"}};
constexpr EnumName<ManualPhase> kPhases[] = {{ManualPhase::kInitial, "initial", "初動期"},
                                             {ManualPhase::kExpansion, "expansion", "展開期"},
                                             {ManualPhase::kStable, "stable", "安定期"},
                                             {ManualPhase::kWithdrawal, "withdrawal", "撤収期"}};
constexpr EnumName<SectionKind> kKinds[] = {{SectionKind::kProse, "prose", "本文"},
                                            {SectionKind::kCard, "card", "カード"},
                                            {SectionKind::kChecklist, "checklist", "チェックリスト"}};

}  // namespace

std::span<const ManualRole> manual_roles() {
  static constexpr ManualRole kAll[] = {ManualRole::kGeneral, ManualRole::kShelter, ManualRole::kFood,
                                        ManualRole::kHealth};
  return kAll;
}

std::span<const ManualPhase> manual_phases() {
  static constexpr ManualPhase kAll[] = {ManualPhase::kInitial, ManualPhase::kExpansion, ManualPhase::kStable,
                                         ManualPhase::kWithdrawal};
  return kAll;
}

const char* manual_role_code(ManualRole r) { return enum_name(kRoles, r).code; }
const char* manual_role_label(ManualRole r) { return enum_name(kRoles, r).label; }
const char* manual_phase_code(ManualPhase p) { return enum_name(kPhases, p).code; }
const char* manual_phase_label(ManualPhase p) { return enum_name(kPhases, p).label; }
const char* section_kind_code(SectionKind k) { return enum_name(kKinds, k).code; }
const char* section_kind_label(SectionKind k) { return enum_name(kKinds, k).label; }

const char* manual_phase_span(ManualPhase p) {
  switch (p) {
    case ManualPhase::kInitial: return "発災〜24時間";
    case ManualPhase::kExpansion: return "2日目〜3週間程度";
    case ManualPhase::kStable: return "3週間目以降";
    case ManualPhase::kWithdrawal: return "ライフライン回復〜閉鎖";
  }
  return "";
}

std::optional<ManualRole> parse_manual_role(const std::string& t) { return parse_enum(kRoles, t); }
std::optional<ManualPhase> parse_manual_phase(const std::string& t) { return parse_enum(kPhases, t); }
std::optional<SectionKind> parse_section_kind(const std::string& t) { return parse_enum(kKinds, t); }

}  // namespace bosai::documents
