#pragma once
#include "core/capacity.h"
#include "core/geo_point.h"
#include "core/hazard.h"
#include "core/shelter_kind.h"

#include <optional>
#include <string>

namespace bosai {

// One designated place (a record per designation, keyed by the GSI 共通ID: E + municipality code (5) + facility
// serial (5) + type (1 避難所, 2 緊急避難場所) + subtype (1 一般, 2 福祉) + sequence; or the ward's own id for kinds
// GSI does not publish, such as 一時集合所).
struct Shelter {
  std::string id;
  ShelterKind kind = ShelterKind::kDesignated;
  std::string name;
  std::string name_kana;
  std::string name_en;
  std::string municipality;  // 都道府県名及び市町村名
  std::string address;
  GeoPoint position;
  // 地区 code: derived from the position when district boundaries are known, else as the file says; empty when
  // the shelter lies outside every known 地区 (another municipality in a Tokyo-wide file).
  std::string district_code;
  HazardSet hazards;           // 指定緊急避難場所 only
  std::string accepted_people; // 受入対象者 (福祉避難所)
  bool same_address = false;   // 指定緊急避難場所との住所同一 / 指定避難所との住所同一
  std::string other_notes;     // その他市町村長が必要と認める事項
  std::string remarks;         // 備考
  std::string contact;         // 電話番号 or the committee's contact
  std::string url;
  std::optional<Capacity> capacity;
  std::optional<double> floor_area_m2;  // kept so an estimate can be recomputed and explained
  std::string effective_from;  // ISO date; e.g. a school that opens after consolidation
  std::string effective_to;    // ISO date; e.g. a school closed by consolidation
  std::optional<long> source_no;  // GSI "NO" column, kept so an export reproduces the file
};

}  // namespace bosai
