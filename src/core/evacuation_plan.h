#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai {

// Seed 000 asks for separate plans per hazard: an earthquake gives no warning, a storm gives a timeline.
enum class PlanHazard { kEarthquake, kStorm };
enum class PlanStatus { kDraft, kAgreed, kShared };
enum class PlanAuthor { kSelf, kCommunity, kCareManager };  // 本人・家族, 地域, ケアマネジャー等
enum class DestinationKind { kShelter, kWelfareShelter, kRelative, kStayHome };

// 避難支援等実施者. Supporters carry no legal duty; the plan sheet says so.
struct Supporter {
  std::string name;
  std::string relation;      // 親族, 近隣, 民生委員, 介護事業者 …
  std::string contact;
  std::string availability;  // 平日日中のみ, 夜間可 …
};

struct Destination {
  DestinationKind kind = DestinationKind::kShelter;
  std::string name;     // shelter / 福祉避難所 name, or whose home
  std::string address;
};

struct CareNeeds {
  std::string mobility;      // 歩行の可否 (独歩, 杖, 車いす, 寝たきり …)
  std::string assistance;    // 介助方法
  std::string medical;       // 医療的ケア (人工呼吸器の電源, 透析の継続 …)
  std::vector<std::string> carry;  // 持ち出す物
};

// What to do at one alert level (風水害: 警戒レベル3 高齢者等避難 → leave now).
struct TimelineStep {
  std::string level;
  std::string action;
};

// 個別避難計画 for one person and one hazard. `revision` counts changes: every revision is kept.
struct EvacuationPlan {
  long long person_id = 0;
  PlanHazard hazard = PlanHazard::kEarthquake;
  int revision = 0;
  PlanStatus status = PlanStatus::kDraft;
  PlanAuthor author = PlanAuthor::kSelf;
  std::string created_on;       // 作成日
  std::string last_checked_on;  // 最終確認日
  std::string next_review_on;   // 次回見直し日
  std::vector<Supporter> supporters;
  Destination destination;
  std::string route_geojson;    // optional route (GeoJSON LineString/Feature), e.g. from the routing module
  CareNeeds care;
  std::vector<TimelineStep> timeline;
  std::string safety_confirmation;  // 安否確認の方法
  std::string home_preparation;     // 在宅避難の備え
  // Who made this revision and when (filled by the store).
  std::string changed_at;
  std::string changed_by;
};

const char* plan_hazard_code(PlanHazard h);    // earthquake, storm
const char* plan_hazard_label(PlanHazard h);   // 地震, 風水害
std::optional<PlanHazard> parse_plan_hazard(const std::string& text);  // code or label
const char* plan_status_code(PlanStatus s);   // draft, agreed, shared
const char* plan_status_label(PlanStatus s);  // 作成中, 合意済, 共有済
std::optional<PlanStatus> parse_plan_status(const std::string& text);
const char* plan_author_code(PlanAuthor a);   // self, community, care_manager
const char* plan_author_label(PlanAuthor a);
std::optional<PlanAuthor> parse_plan_author(const std::string& text);
const char* destination_code(DestinationKind k);  // shelter, welfare_shelter, relative, stay_home
const char* destination_label(DestinationKind k);
std::optional<DestinationKind> parse_destination(const std::string& text);

}  // namespace bosai
