#include "services/karte_csv.h"

#include "core/import_rejected.h"
#include "services/ward_lookup.h"
#include "text/csv_reader.h"
#include "text/csv_table.h"
#include "text/csv_writer.h"

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

namespace bosai::services {
namespace {

constexpr const char* kEdition = "版";
constexpr const char* kDistrict = "地区";
constexpr const char* kSource = "_出典";
constexpr const char* kAsOf = "_時点";

std::optional<double> parse_yes_no(const std::string& text) {
  static const std::set<std::string> yes = {"あり", "有", "有り", "はい", "yes", "1", "○"};
  static const std::set<std::string> no = {"なし", "無", "無し", "いいえ", "no", "0", "×"};
  if (yes.count(text)) return 1;
  if (no.count(text)) return 0;
  return std::nullopt;
}

const char* kind_hint(KarteValueKind kind) {
  switch (kind) {
    case KarteValueKind::kCount: return "a whole number of 0 or more (e.g. 12,345)";
    case KarteValueKind::kArea: return "km² as a number of 0 or more (e.g. 2.35)";
    case KarteValueKind::kPercent: return "a percentage from 0 to 100 (e.g. 42.5)";
    case KarteValueKind::kYesNo: return "あり or なし";
  }
  return "";
}

std::optional<double> parse_value(const KarteFigureSpec& spec, const std::string& cell) {
  if (spec.kind == KarteValueKind::kYesNo) return parse_yes_no(cell);
  const auto v = text::parse_cell_number(cell, spec.kind == KarteValueKind::kPercent);
  if (!v || *v < 0) return std::nullopt;
  if (spec.kind == KarteValueKind::kCount && *v != std::floor(*v)) return std::nullopt;
  if (spec.kind == KarteValueKind::kPercent && *v > 100) return std::nullopt;
  return v;
}

class KarteReader {
 public:
  KarteReader(const std::string& file, const WardStructure& ward) : file_(file), ward_(ward) {}

  bool header(const text::CsvRow& row) {
    header_ = row.fields;
    std::set<std::string> groups;
    for (const auto& spec : karte_figure_specs()) groups.insert(spec.group);
    std::set<std::string> known = {kEdition, kDistrict};
    for (const auto& spec : karte_figure_specs()) {
      for (const auto* suffix : {"", kSource, kAsOf}) known.insert(std::string(spec.label) + suffix);
    }
    for (const auto& g : groups) {
      for (const auto* suffix : {kSource, kAsOf}) known.insert(g + suffix);
    }
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (!known.count(header_[i])) {
        fail(row.line, i, "unknown column (docs/karte.md lists the columns)");
      } else if (!index_.emplace(header_[i], i).second) {
        fail(row.line, i, "column appears twice");
      }
    }
    for (const auto* required : {kEdition, kDistrict}) {
      if (!index_.count(required)) errors_.emplace_back(file_, row.line, required, "required column is missing");
    }
    return index_.count(kEdition) && index_.count(kDistrict);
  }

  void row(const text::CsvRow& row) {
    if (row.fields.size() != header_.size()) {
      errors_.push_back(text::field_count_error(file_, row.line, row.fields.size(), header_.size()));
      return;
    }
    DistrictKarte k;
    const auto edition_text = cell(row, kEdition);
    if (edition_text.empty()) {
      fail(row.line, index_.at(kEdition), "required: the karte's year or date (2023, 2023-04 or 2023-04-01)");
    } else if (auto e = normalise_karte_edition(edition_text)) {
      k.edition = *e;
    } else {
      fail(row.line, index_.at(kEdition), "not a year or date: '" + edition_text + "' (2023, 2023-04 or 2023-04-01)");
    }
    const auto district_text = cell(row, kDistrict);
    if (district_text.empty()) {
      fail(row.line, index_.at(kDistrict), "required: the 地区 code or name");
    } else {
      try {
        k.district_code = find_district(ward_, district_text).code;
      } catch (const InputError& e) {
        fail(row.line, index_.at(kDistrict), e.message());
      }
    }
    for (const auto& spec : karte_figure_specs()) read_figure(row, spec, k);
    check_consistency(row, k);
    if (!k.edition.empty() && !k.district_code.empty()) {
      const auto [it, fresh] = seen_.emplace(k.edition + "\n" + k.district_code, row.line);
      if (!fresh) {
        fail(row.line, index_.at(kDistrict),
             "the 地区 appears twice for edition " + k.edition + " (first on line " + std::to_string(it->second) + ")");
      }
    }
    kartes_.push_back(std::move(k));
  }

  std::vector<DistrictKarte> result(long last_line) {
    if (errors_.empty() && kartes_.empty()) errors_.emplace_back(file_, last_line, "no 地区 rows below the header");
    if (!errors_.empty()) throw ImportRejected(file_, std::move(errors_));
    return std::move(kartes_);
  }

 private:
  std::string cell(const text::CsvRow& row, const std::string& column) const {
    const auto it = index_.find(column);
    return it == index_.end() ? std::string() : text::trim_cell(row.fields[it->second]);
  }

  // The figure's own 出典/時点 cell when filled, else its group's; with the column it came from.
  std::pair<std::string, std::size_t> attribution(const text::CsvRow& row, const KarteFigureSpec& spec,
                                                  const char* suffix) const {
    for (const auto& column : {std::string(spec.label) + suffix, std::string(spec.group) + suffix}) {
      if (auto it = index_.find(column); it != index_.end() && !text::trim_cell(row.fields[it->second]).empty()) {
        return {text::trim_cell(row.fields[it->second]), it->second};
      }
    }
    return {"", 0};
  }

  void read_figure(const text::CsvRow& row, const KarteFigureSpec& spec, DistrictKarte& k) {
    const auto it = index_.find(spec.label);
    if (it == index_.end()) return;
    const auto cell_text = text::trim_cell(row.fields[it->second]);
    if (cell_text.empty()) return;  // unknown: stays absent, never 0
    const auto value = parse_value(spec, cell_text);
    if (!value) {
      fail(row.line, it->second, "'" + cell_text + "' is not " + kind_hint(spec.kind));
      return;
    }
    const auto [source, source_column] = attribution(row, spec, kSource);
    const auto [as_of_text, as_of_column] = attribution(row, spec, kAsOf);
    if (source.empty()) {
      fail(row.line, it->second, std::string("no 出典 for this figure: fill ") + spec.label + kSource + " or " +
                                     spec.group + kSource);
    }
    std::optional<std::string> as_of;
    if (as_of_text.empty()) {
      fail(row.line, it->second, std::string("no 時点 for this figure: fill ") + spec.label + kAsOf + " or " +
                                     spec.group + kAsOf);
    } else if (!(as_of = normalise_karte_edition(as_of_text))) {
      fail(row.line, as_of_column, "not a year or date: '" + as_of_text + "' (2023, 2023-04 or 2023-04-01)");
    }
    if (!source.empty() && as_of) k.figures.push_back(KarteFigure{spec.key, *value, source, *as_of});
  }

  // Figures that cannot both be right: most likely a value typed into the wrong column.
  void check_consistency(const text::CsvRow& row, const DistrictKarte& k) {
    const auto population = k.value("population");
    for (const auto* part : {"households", "age_0_14", "age_15_64", "age_65_plus", "age_75_plus"}) {
      const auto v = k.value(part);
      if (population && v && *v > *population) {
        fail(row.line, index_.at(find_karte_figure(part)->label), "more than the 地区's 人口");
      }
    }
    const auto old = k.value("age_65_plus");
    const auto older = k.value("age_75_plus");
    if (old && older && *older > *old) fail(row.line, index_.at("75歳以上"), "more than 65歳以上");
  }

  // A group's bad 時点 cell is met once per figure that uses it: it is reported once.
  void fail(long line, std::size_t column, const std::string& message) {
    if (!reported_.insert({line, column, message}).second) return;
    errors_.emplace_back(file_, line, text::column_label(header_, column), message);
  }

  std::string file_;
  const WardStructure& ward_;
  std::vector<std::string> header_;
  std::map<std::string, std::size_t> index_;
  std::map<std::string, long> seen_;
  std::vector<DistrictKarte> kartes_;
  std::vector<InputError> errors_;
  std::set<std::tuple<long, std::size_t, std::string>> reported_;
};

}  // namespace

std::vector<DistrictKarte> read_karte_csv(std::string_view bytes, const std::string& file, const WardStructure& ward,
                                          text::TextEncoding encoding) {
  const auto rows = text::parse_csv(bytes, file, encoding);
  if (rows.empty()) throw InputError(file, 1, "empty file: expected a header row (docs/karte.md)");
  KarteReader reader(file, ward);
  // Rows are only read under a header that names 版 and 地区: otherwise every row would repeat the same problem.
  if (reader.header(rows.front())) {
    for (std::size_t i = 1; i < rows.size(); ++i) reader.row(rows[i]);
  }
  return reader.result(rows.back().line);
}

std::vector<std::string> karte_csv_header() {
  std::vector<std::string> out = {kEdition, kDistrict};
  std::string group;
  for (const auto& spec : karte_figure_specs()) {
    if (spec.group != group) {
      group = spec.group;
      out.push_back(group + kSource);
      out.push_back(group + kAsOf);
    }
    out.push_back(spec.label);
  }
  return out;
}

std::string karte_template_csv(const WardStructure& ward, const std::string& edition) {
  std::ostringstream out;
  text::CsvWriter csv(out);
  const auto header = karte_csv_header();
  csv.row(header);
  for (const auto& d : ward.districts) {
    std::vector<std::string> row(header.size());
    row[0] = edition;
    row[1] = d.name;
    csv.row(row);
  }
  return out.str();
}

}  // namespace bosai::services
