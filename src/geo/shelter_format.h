#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace bosai::geo {

// The shelter file formats bosai reads and writes (docs/shelters.md).
enum class ShelterFormat {
  kGsiCsv,            // 国土地理院 指定避難所 / 指定緊急避難場所 CSV (plus bosai's extra columns)
  kDigitalAgencyCsv,  // デジタル庁 自治体標準オープンデータセット 「指定緊急避難場所一覧」
  kGeoJson,
  kGeoPackage,
};

std::optional<ShelterFormat> parse_shelter_format(std::string_view text);  // gsi, da, geojson, gpkg
// By extension: .csv → GSI (a Digital Agency header is recognised when reading), .geojson/.json → GeoJSON,
// .gpkg → GeoPackage. InputError for anything else.
ShelterFormat shelter_format_of(const std::filesystem::path& file);

}  // namespace bosai::geo
