#include "core/evacuation_plan.h"

#include "core/enum_names.h"

namespace bosai {
namespace {

constexpr EnumName<PlanHazard> kHazards[] = {{PlanHazard::kEarthquake, "earthquake", "地震"}, {PlanHazard::kStorm, "storm", "風水害"}};
constexpr EnumName<PlanStatus> kStatuses[] = {{PlanStatus::kDraft, "draft", "作成中"},
                                          {PlanStatus::kAgreed, "agreed", "合意済"},
                                          {PlanStatus::kShared, "shared", "共有済"}};
constexpr EnumName<PlanAuthor> kAuthors[] = {{PlanAuthor::kSelf, "self", "本人・家族"},
                                         {PlanAuthor::kCommunity, "community", "地域"},
                                         {PlanAuthor::kCareManager, "care_manager", "ケアマネジャー等"}};
constexpr EnumName<DestinationKind> kDestinations[] = {{DestinationKind::kShelter, "shelter", "指定避難所"},
                                                   {DestinationKind::kWelfareShelter, "welfare_shelter", "福祉避難所"},
                                                   {DestinationKind::kRelative, "relative", "親族・知人宅"},
                                                   {DestinationKind::kStayHome, "stay_home", "在宅避難"}};

}  // namespace

const char* plan_hazard_code(PlanHazard h) { return enum_name(kHazards, h).code; }
const char* plan_hazard_label(PlanHazard h) { return enum_name(kHazards, h).label; }
std::optional<PlanHazard> parse_plan_hazard(const std::string& text) { return parse_enum(kHazards, text); }
const char* plan_status_code(PlanStatus s) { return enum_name(kStatuses, s).code; }
const char* plan_status_label(PlanStatus s) { return enum_name(kStatuses, s).label; }
std::optional<PlanStatus> parse_plan_status(const std::string& text) { return parse_enum(kStatuses, text); }
const char* plan_author_code(PlanAuthor a) { return enum_name(kAuthors, a).code; }
const char* plan_author_label(PlanAuthor a) { return enum_name(kAuthors, a).label; }
std::optional<PlanAuthor> parse_plan_author(const std::string& text) { return parse_enum(kAuthors, text); }
const char* destination_code(DestinationKind k) { return enum_name(kDestinations, k).code; }
const char* destination_label(DestinationKind k) { return enum_name(kDestinations, k).label; }
std::optional<DestinationKind> parse_destination(const std::string& text) { return parse_enum(kDestinations, text); }

}  // namespace bosai
