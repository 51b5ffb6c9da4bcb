#include "drills/inject_kind.h"

#include "core/enum_names.h"

namespace bosai::drills {
namespace {

constexpr EnumName<InjectKind> kKinds[] = {
    {InjectKind::kRoadClosure, "road_closure", "道路閉塞"},
    {InjectKind::kShelterStatus, "shelter_status", "避難所の被害・閉鎖・満員"},
    {InjectKind::kArrivals, "arrivals", "避難者の到着"},
    {InjectKind::kHomeDemand, "home_demand", "在宅避難者の物資要請"},
    {InjectKind::kSupplyShortage, "supply_shortage", "備蓄の不足"},
    {InjectKind::kVehicleDown, "vehicle_down", "車両の故障"},
    {InjectKind::kCallOutcome, "call_outcome", "安否確認の電話"},
    {InjectKind::kOutage, "outage", "ライフラインの途絶"},
    {InjectKind::kMessage, "message", "状況の伝達"},
};

constexpr EnumName<Hazard> kHazards[] = {
    {Hazard::kEarthquake, "earthquake", "地震"},
    {Hazard::kStorm, "storm", "風水害"},
    {Hazard::kShelterOpening, "shelter_opening", "避難所開設"},
};

}  // namespace

const char* inject_kind_code(InjectKind kind) { return enum_name(kKinds, kind).code; }
const char* inject_kind_label(InjectKind kind) { return enum_name(kKinds, kind).label; }
std::optional<InjectKind> parse_inject_kind(const std::string& code) { return parse_enum(kKinds, code); }

const char* hazard_code(Hazard hazard) { return enum_name(kHazards, hazard).code; }
const char* hazard_label(Hazard hazard) { return enum_name(kHazards, hazard).label; }
std::optional<Hazard> parse_hazard(const std::string& text) { return parse_enum(kHazards, text); }

}  // namespace bosai::drills
