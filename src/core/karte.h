#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bosai {

// What kind of number a 防災カルテ figure is: it decides how a cell is read and how the figure is printed.
enum class KarteValueKind {
  kCount,    // people, households, buildings: a whole number ≥ 0
  kArea,     // km², a decimal ≥ 0
  kPercent,  // 0–100, a decimal
  kYesNo,    // あり / なし (stored as 1 / 0)
};

// One figure a 防災カルテ can hold. `label` is the CSV column and the Japanese label on screen; `group` names
// the columns whose source and date (<group>_出典, <group>_時点) the figure takes unless it has its own.
struct KarteFigureSpec {
  const char* key;    // English, for JSON and storage
  const char* label;  // Japanese, for the CSV header and the terminal
  const char* group;
  KarteValueKind kind;
};

// Every figure in CSV column order (docs/karte.md). Adding one is adding a line here: storage is by key.
const std::vector<KarteFigureSpec>& karte_figure_specs();
const KarteFigureSpec* find_karte_figure(std::string_view key);
const KarteFigureSpec* find_karte_figure_label(std::string_view label);  // by the CSV column (人口, 65歳以上 …)

// One known figure with where it came from. A figure nobody knows is absent, never 0.
struct KarteFigure {
  std::string key;
  double value = 0;
  std::string source;  // 出典, as the clerk wrote it
  std::string as_of;   // 時点: YYYY, YYYY-MM or YYYY-MM-DD
};

// The 防災カルテ of one 地区 in one edition (版: the karte year or date, e.g. 2023 for 令和5年度). Editions are
// kept side by side so a 地区 can be compared across years.
struct DistrictKarte {
  std::string edition;
  std::string district_code;
  std::string source_file;  // the CSV it was imported from
  std::string imported_at;  // UTC ISO 8601
  std::vector<KarteFigure> figures;  // known figures only, in karte_figure_specs() order

  const KarteFigure* find(std::string_view key) const;
  std::optional<double> value(std::string_view key) const;
};

// An edition label as a clerk writes it: a year (2023), a month (2023-04) or a day (2023-04-01; / accepted).
// Normalised with '-', so labels sort in time order; nullopt for anything else.
std::optional<std::string> normalise_karte_edition(const std::string& text);

// How a figure prints: counts with no decimals, km² with two, percentages with one, yes/no as あり/なし.
std::string format_karte_value(KarteValueKind kind, double value);

}  // namespace bosai
