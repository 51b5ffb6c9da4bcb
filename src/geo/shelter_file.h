#pragma once
#include "core/shelter.h"
#include "geo/shelter_format.h"
#include "geo/source_table.h"

#include <filesystem>
#include <vector>

namespace bosai::geo {

// Reads a shelter file into named columns (CSV: GSI or Digital Agency, told apart by the header; GeoJSON and
// GeoPackage through OGR).
SourceTable read_shelter_table(const std::filesystem::path& file, ShelterFormat format);

// Writes shelters so that reading the file back reproduces them: GSI CSV uses the 指定緊急避難場所 layout when
// every record is one, else the 指定避難所 layout (hazard columns added if any record has flags), followed by
// bosai's extra columns; GeoJSON / GeoPackage use the same columns without 緯度・経度 (the geometry holds the
// point); the Digital Agency layout has its own columns and loses what it cannot hold (kind, 地区, dates).
void write_shelter_file(const std::filesystem::path& file, ShelterFormat format, const std::vector<Shelter>& shelters);

}  // namespace bosai::geo
