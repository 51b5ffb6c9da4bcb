#pragma once
#include "core/karte.h"
#include "core/ward_structure.h"
#include "text/text_encoding.h"

#include <string>
#include <string_view>
#include <vector>

namespace bosai::services {

// Reads a 防災カルテ CSV (docs/karte.md): one row per 地区, columns 版 and 地区, one column per figure, and each
// figure's 出典 and 時点 from its own columns (人口_出典, 人口_時点) or its group's (人口世帯_出典 …). A blank cell is
// an unknown figure. UTF-8 or Shift_JIS as Excel saves it. Every problem in the file is collected and thrown
// together (ImportRejected), each naming the file, the line and the column, so nothing half-read
// reaches the store.
std::vector<DistrictKarte> read_karte_csv(std::string_view bytes, const std::string& file, const WardStructure& ward,
                                          text::TextEncoding encoding = text::TextEncoding::kAuto);

// The header a blank karte CSV starts with, in column order (for docs and a clerk's template).
std::vector<std::string> karte_csv_header();

// A blank karte for a clerk to fill in Excel: the header, then one row per 地区 of the ward in its order with
// 版 and 地区 filled and every figure blank (unknown until someone writes it). UTF-8 with BOM and CRLF, so Excel
// opens it in Japanese; it imports as it is (every figure unknown) and as filled in.
std::string karte_template_csv(const WardStructure& ward, const std::string& edition);

}  // namespace bosai::services
