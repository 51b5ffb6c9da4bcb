#include "core/person.h"

#include "core/enum_names.h"

namespace bosai {
namespace {

constexpr EnumName<Household> kHouseholds[] = {{Household::kAlone, "alone", "単身"},
                                               {Household::kElderlyOnly, "elderly_only", "高齢者のみ"},
                                               {Household::kWithOthers, "with_others", "同居"}};

}  // namespace

const char* household_code(Household h) { return enum_name(kHouseholds, h).code; }
const char* household_label(Household h) { return enum_name(kHouseholds, h).label; }
std::optional<Household> parse_household(const std::string& text) { return parse_enum(kHouseholds, text); }

}  // namespace bosai
