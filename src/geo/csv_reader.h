#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace bosai::geo {

// One CSV record and the line (1-based) where it starts: a quoted field may span lines, and error messages
// must point at the line a person sees in their editor.
struct CsvRow {
  long line = 0;
  std::vector<std::string> fields;
};

// How the bytes are encoded. Japanese public data comes as UTF-8 (GSI, with BOM) or Shift_JIS (many ward
// spreadsheets, Excel's default): Shift_JIS (CP932) is converted to UTF-8 first.
enum class TextEncoding { kUtf8, kShiftJis };

// RFC 4180 CSV as published by Japanese agencies: optional UTF-8 BOM, CRLF or LF line ends, quoted fields
// holding commas, doubled quotes and line breaks. Text must be valid UTF-8 (after conversion): a Shift_JIS
// file read as UTF-8, broken quoting or a stray quote is an InputError naming the file and line. Blank lines
// are skipped. Every row is returned as read; checking field counts is the caller's business.
std::vector<CsvRow> parse_csv(std::string_view bytes, const std::string& file_name,
                              TextEncoding encoding = TextEncoding::kUtf8);
std::vector<CsvRow> read_csv(const std::filesystem::path& file, TextEncoding encoding = TextEncoding::kUtf8);

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and > U+10FFFF are invalid), or
// npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Converts CP932 bytes to UTF-8; InputError naming the line of the first byte that is not Shift_JIS.
std::string shift_jis_to_utf8(std::string_view bytes, const std::string& file_name);

}  // namespace bosai::geo
