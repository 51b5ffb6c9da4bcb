#pragma once
#include "core/error.h"
#include "text/csv_reader.h"
#include "text/text_encoding.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bosai::text {

// Cells as people type them in Excel: blanks around (ASCII or the ideographic space an IME types), full-width
// digits (１２３), thousands separators (1,200).

// `s` without blanks around it.
std::string trim_cell(std::string s);
// A number: ASCII or full-width digits, one decimal point, a leading minus, thousands separators between
// digits; a trailing % when `percent`. None for anything else (and for NaN or infinity).
std::optional<double> parse_cell_number(std::string text, bool percent = false);
// The column as a spreadsheet names it beside its header: "households（F列）". What a clerk looks for in Excel.
std::string column_label(const std::vector<std::string>& header, std::size_t index);

// A CSV read by its header's names, for imports that refuse the whole file on any bad cell: the header must
// hold every required column, and every column must be known (a misspelt header would otherwise drop a column
// silently). Problems are collected, each naming the file, the line and the column, and thrown together as
// ImportRejected by `finish`, so nothing half-read reaches the store.
class CsvTable {
 public:
  // UTF-8 (with or without BOM) or Shift_JIS as Excel saves it (kAuto), or as `encoding` says. `aliases` maps
  // other header names to the column they mean (a Japanese header for an English one: 世帯数 → households).
  CsvTable(std::string_view bytes, std::string file, const std::vector<std::string>& required,
           const std::vector<std::string>& optional = {}, const std::map<std::string, std::string>& aliases = {},
           TextEncoding encoding = TextEncoding::kAuto);

  const std::string& file() const { return file_; }
  // The data rows whose width matches the header (the others are already reported).
  const std::vector<CsvRow>& rows() const { return rows_; }
  bool has(const std::string& column) const { return index_.count(column) > 0; }
  // The trimmed cell; "" when the column is absent.
  std::string cell(const CsvRow& row, const std::string& column) const;

  // Records a problem with a cell (or, for a column the file lacks, with the row).
  void fail(const CsvRow& row, const std::string& column, const std::string& message);
  void fail_line(long line, const std::string& field, const std::string& message);
  // A whole number of 0 or more; none (and a recorded problem) when the cell is blank but `required`, or is not
  // such a number. A blank optional cell is none without a problem.
  std::optional<long> count(const CsvRow& row, const std::string& column, bool required = true);

  bool failed() const { return !errors_.empty(); }
  std::size_t problems() const { return errors_.size(); }
  // Throws ImportRejected listing every problem; also when the file has no data row at all.
  void finish() const;

 private:
  std::string file_;
  std::vector<std::string> header_;
  std::map<std::string, std::size_t> index_;
  std::vector<CsvRow> rows_;
  long last_line_ = 1;
  std::vector<InputError> errors_;
};

}  // namespace bosai::text
