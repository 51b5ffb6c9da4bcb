#include "geo/shelter_columns.h"

#include <map>

namespace bosai::geo {
namespace {

const std::map<std::string, ShelterColumn, std::less<>>& fixed_columns() {
  using C = ShelterColumn;
  static const std::map<std::string, ShelterColumn, std::less<>> m = {
      {"NO", C::kNo},
      {"共通ID", C::kId},
      {"ID", C::kId},
      {"都道府県名及び市町村名", C::kMunicipality},
      {"施設・場所名", C::kName},
      {"名称", C::kName},
      {"名称_カナ", C::kNameKana},
      {"名称_英字", C::kNameEn},
      {"住所", C::kAddress},
      {"所在地_連結表記", C::kAddress},
      {"緯度", C::kLat},
      {"経度", C::kLon},
      {"指定緊急避難場所との住所同一", C::kSameAddress},
      {"指定避難所との住所同一", C::kSameAddress},
      {"指定避難所との重複", C::kSameAddress},
      {"その他市町村長が必要と認める事項", C::kOtherNotes},
      {"受入対象者", C::kAccepted},
      {"備考", C::kRemarks},
      {"種別", C::kKind},
      {"地区", C::kDistrict},
      {"想定収容人数", C::kCapacity},
      {"収容人数の根拠", C::kCapacitySource},
      {"収容人数の時点", C::kCapacityAsOf},
      {"床面積", C::kFloorArea},
      {"電話番号", C::kContact},
      {"連絡先", C::kContact},
      {"URL", C::kUrl},
      {"有効開始日", C::kEffectiveFrom},
      {"有効終了日", C::kEffectiveTo},
      {"地方公共団体名", C::kMunicipality},
      {"全国地方公共団体コード", C::kLocalGovCode},
      {"所在地_都道府県", C::kAddressPart},
      {"所在地_市区町村", C::kAddressPart},
      {"所在地_町字", C::kAddressPart},
      {"所在地_番地以下", C::kAddressPart},
      {"建物名等(方書)", C::kAddressPart},
      {"所在地_全国地方公共団体コード", C::kIgnored},
      {"町字ID", C::kIgnored},
      {"標高", C::kIgnored},
      {"内線番号", C::kIgnored},
      {"連絡先メールアドレス", C::kIgnored},
      {"連絡先FormURL", C::kIgnored},
      {"連絡先備考（その他、SNSなど）", C::kIgnored},
      {"郵便番号", C::kIgnored},
      {"市区町村コード", C::kIgnored},
      {"画像", C::kIgnored},
      {"画像_ライセンス", C::kIgnored},
      {"対象となる町会・自治会", C::kIgnored},
  };
  return m;
}

constexpr std::string_view kDaHazardPrefix = "災害種別_";

}  // namespace

std::optional<ColumnMeaning> shelter_column(std::string_view header) {
  if (auto it = fixed_columns().find(header); it != fixed_columns().end()) return ColumnMeaning{it->second, {}};
  std::string_view name = header;
  if (name.substr(0, kDaHazardPrefix.size()) == kDaHazardPrefix) name.remove_prefix(kDaHazardPrefix.size());
  for (auto h : kAllHazards) {
    if (name == hazard_label(h)) return ColumnMeaning{ShelterColumn::kHazard, h};
  }
  return std::nullopt;
}

std::vector<std::string> gsi_designated_header() {
  return {"NO",   "共通ID", "都道府県名及び市町村名", "施設・場所名", "住所", "指定緊急避難場所との住所同一",
          "その他市町村長が必要と認める事項", "受入対象者", "緯度", "経度", "備考"};
}

std::vector<std::string> gsi_emergency_header() {
  std::vector<std::string> h = {"NO", "共通ID", "都道府県名及び市町村名", "施設・場所名", "住所"};
  for (auto hz : kAllHazards) h.emplace_back(hazard_label(hz));
  for (const char* c : {"指定避難所との住所同一", "緯度", "経度", "備考"}) h.emplace_back(c);
  return h;
}

std::vector<std::string> digital_agency_header() {
  std::vector<std::string> h = {"全国地方公共団体コード", "ID", "名称", "名称_カナ", "名称_英字",
                                "所在地_全国地方公共団体コード", "町字ID", "所在地_連結表記", "所在地_都道府県",
                                "所在地_市区町村", "所在地_町字", "所在地_番地以下", "建物名等(方書)", "緯度", "経度",
                                "標高", "電話番号", "内線番号", "連絡先メールアドレス", "連絡先FormURL",
                                "連絡先備考（その他、SNSなど）", "郵便番号", "市区町村コード", "地方公共団体名"};
  for (auto hz : kAllHazards) h.push_back(std::string(kDaHazardPrefix) + std::string(hazard_label(hz)));
  for (const char* c : {"指定避難所との重複", "想定収容人数", "対象となる町会・自治会", "URL", "画像", "画像_ライセンス", "備考"}) {
    h.emplace_back(c);
  }
  return h;
}

std::vector<std::string> bosai_extra_header() {
  return {"種別", "地区", "名称_カナ", "名称_英字", "想定収容人数", "収容人数の根拠", "収容人数の時点", "床面積",
          "連絡先", "URL", "有効開始日", "有効終了日"};
}

}  // namespace bosai::geo
