#pragma once
#include <string>
#include <vector>

namespace bosai::people {

// One CSV record and the physical line it starts on (a quoted field may span lines).
struct CsvRecord {
  long line = 0;
  std::vector<std::string> fields;
};

// RFC 4180 CSV: comma-separated, "quoted" fields with "" for a quote, CRLF or LF. Blank lines are skipped.
// An unterminated quote is an InputError naming `file` and the line where the field began.
std::vector<CsvRecord> parse_csv(const std::string& text, const std::string& file);

// Quotes a field when it needs it (comma, quote, newline), for writing CSV back out.
std::string csv_field(const std::string& value);

}  // namespace bosai::people
