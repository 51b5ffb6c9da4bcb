#pragma once
#include <optional>
#include <string>

namespace bosai::people {

// Ward systems export CSV as Shift_JIS (really Windows-31J / CP932) or UTF-8, with or without a BOM.
enum class TextEncoding { kAuto, kUtf8, kShiftJis };

// Returns the text as UTF-8 without a BOM. kAuto takes valid UTF-8 as UTF-8 and anything else as CP932
// (a CP932 file of Japanese text is practically never valid UTF-8). Bytes that are not valid in the chosen
// encoding are an InputError naming `file` and the line.
std::string to_utf8(const std::string& bytes, TextEncoding encoding, const std::string& file);

std::optional<TextEncoding> parse_text_encoding(const std::string& name);  // auto, utf-8, shift_jis (cp932, sjis)

bool is_valid_utf8(const std::string& text);

}  // namespace bosai::people
