#pragma once
#include "core/consent.h"
#include "core/geo_point.h"

#include <optional>
#include <string>

namespace bosai {

// The identifying fields of a 避難行動要支援者 (法49条の10 items and what the ward adds). Never stored in plain
// text: the people module seals them as one blob per person.
struct PersonalDetails {
  std::string register_no;      // 台帳番号 in the ward's system
  std::string name;             // 氏名
  std::string name_kana;        // ふりがな
  std::string birth_date;       // 生年月日 YYYY-MM-DD
  std::string sex;              // 性別 as recorded (男, 女, その他 …)
  std::string address;          // 住所又は居所
  std::string phone;            // 電話番号その他の連絡先
  std::string support_reason;   // 避難支援等を必要とする事由
  std::string medical_devices;  // 人工呼吸器, 在宅酸素, 透析 … (empty = none)
  std::string language;         // preferred language when not Japanese (やさしい日本語, English …)
  std::optional<GeoPoint> home; // geocoded home, used for area selection only
};

enum class Household { kAlone, kElderlyOnly, kWithOthers };

// Which hazards the home location is in (from the ward's hazard maps at export time).
struct HomeHazards {
  bool flood = false;         // 浸水想定区域
  bool landslide = false;     // 土砂災害警戒区域
  bool dense_wooden = false;  // 木造住宅密集地域
};

// The coarse facts that are counted and drive priority. Kept as plain columns (see docs/people.md: none
// identifies a person by itself, and progress must be countable without the passphrase-derived key).
struct PersonProfile {
  std::string district_code;     // 地区
  std::string association_code;  // 町会・自治会 (empty when none)
  std::string care_level;        // "", 要支援1, 要支援2, 要介護1 … 要介護5
  int disability_grade = 0;      // 身体障害者手帳 1–6 級, 0 = none
  Household household = Household::kWithOthers;
  bool isolated = false;         // no relatives or neighbours nearby
  bool medical_device = false;   // depends on a powered medical device
  HomeHazards hazards;
};

struct Person {
  long long id = 0;
  PersonalDetails details;
  PersonProfile profile;
  Consents consents;
};

const char* household_code(Household h);              // alone, elderly_only, with_others
const char* household_label(Household h);             // 単身, 高齢者のみ, 同居
std::optional<Household> parse_household(const std::string& text);  // code or label

}  // namespace bosai
