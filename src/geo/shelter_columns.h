#pragma once
#include "core/hazard.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bosai::geo {

// What a column of a shelter file means. Files are read by header name, so GSI (指定避難所 / 指定緊急避難場所),
// the Digital Agency 「指定緊急避難場所一覧」 and bosai's own extra columns share one reader; docs/shelters.md
// lists every name.
enum class ShelterColumn {
  kNo,             // NO (GSI serial)
  kId,             // 共通ID (GSI) / ID (Digital Agency)
  kMunicipality,   // 都道府県名及び市町村名
  kName,           // 施設・場所名 / 名称
  kNameKana,       // 名称_カナ
  kNameEn,         // 名称_英字
  kAddress,        // 住所 / 所在地_連結表記
  kLat,            // 緯度
  kLon,            // 経度
  kHazard,         // one of the 8 hazard columns (GSI name, or 災害種別_ + name)
  kSameAddress,    // 指定緊急避難場所との住所同一 / 指定避難所との住所同一 / 指定避難所との重複
  kOtherNotes,     // その他市町村長が必要と認める事項
  kAccepted,       // 受入対象者
  kRemarks,        // 備考
  kKind,           // 種別 (bosai)
  kDistrict,       // 地区 (bosai): code or name
  kCapacity,       // 想定収容人数
  kCapacitySource, // 収容人数の根拠 (bosai): 公表値 / 運営委員会 / 推計
  kCapacityAsOf,   // 収容人数の時点 (bosai)
  kFloorArea,      // 床面積 (bosai, m²)
  kContact,        // 電話番号 / 連絡先
  kUrl,            // URL
  kEffectiveFrom,  // 有効開始日 (bosai)
  kEffectiveTo,    // 有効終了日 (bosai)
  kAddressPart,    // 所在地_都道府県 / 所在地_市区町村 / 所在地_町字 / 所在地_番地以下 / 建物名等(方書) (Digital Agency):
                   // joined in this order when 所在地_連結表記 is blank
  kLocalGovCode,   // 全国地方公共団体コード (Digital Agency): prefixes a plain ID so municipalities do not collide
  kIgnored,        // known but not stored: 標高, 郵便番号, 画像, 対象となる町会・自治会 … (docs/shelters.md)
};

struct ColumnMeaning {
  ShelterColumn column;
  std::optional<Hazard> hazard;  // for kHazard
};

// The meaning of a header name, or nullopt for a name no known layout uses.
std::optional<ColumnMeaning> shelter_column(std::string_view header);

// Header names of the layouts we write.
std::vector<std::string> gsi_designated_header();  // 指定避難所 layout (without 緯度・経度 for GIS formats)
std::vector<std::string> gsi_emergency_header();
std::vector<std::string> digital_agency_header();  // the full 「指定緊急避難場所一覧」 column list
// bosai's extra columns, appended to a GSI layout so nothing the registry knows is lost on export.
std::vector<std::string> bosai_extra_header();

}  // namespace bosai::geo
