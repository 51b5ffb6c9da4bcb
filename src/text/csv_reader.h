#pragma once
#include "core/error.h"
#include "text/text_encoding.h"

#include <string>
#include <string_view>
#include <vector>

namespace bosai::text {

// One CSV record and the line (1-based) where it starts: a quoted field may span lines, and error messages
// must point at the line a person sees in their editor.
struct CsvRow {
  long line = 0;
  std::vector<std::string> fields;  // UTF-8
};

// RFC 4180 CSV as ward spreadsheets and Japanese agencies write it: optional UTF-8 BOM, CRLF, LF or CR line
// ends, quoted fields holding commas, doubled quotes and line breaks; UTF-8 or Shift_JIS (CP932), declared or
// detected (kAuto), always returned as UTF-8. Blank lines are skipped. Anything else is an InputError naming
// the file, the line and the column (1-based): broken quoting, a stray quote, bytes that are not text in the
// encoding. Quoting is strict: a lenient reader silently shifts every later field of a row with a stray quote.
// Rows are returned as read; whether their widths match the header is the caller's check (field_count_error),
// since some callers list every bad row and others stop at the first.
std::vector<CsvRow> parse_csv(std::string_view bytes, const std::string& file,
                              TextEncoding encoding = TextEncoding::kUtf8);

// The error for a row whose field count differs from the header's: one message for every CSV import.
InputError field_count_error(const std::string& file, long line, std::size_t fields, std::size_t header_fields);

}  // namespace bosai::text
