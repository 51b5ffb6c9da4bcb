#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bosai::text {

// How a file's bytes are encoded. Japanese public data comes as UTF-8 (GSI, with a BOM) and ward systems and
// Excel export Shift_JIS (really Windows-31J / CP932). kAuto takes a file with a BOM or valid UTF-8 as UTF-8
// and anything else as CP932: a CP932 file of Japanese text is practically never valid UTF-8.
enum class TextEncoding { kAuto, kUtf8, kShiftJis };

// "auto", "utf-8" (utf8), "shift_jis" (sjis, cp932), as a user types them on a command line.
std::optional<TextEncoding> parse_text_encoding(std::string_view name);

bool starts_with_utf8_bom(std::string_view bytes);

// kUtf8 or kShiftJis: `declared` itself, or what kAuto decides for these bytes.
TextEncoding resolve_encoding(std::string_view bytes, TextEncoding declared);

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and > U+10FFFF are invalid), or
// npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// The 1-based line holding byte `offset` (clamped to the text), for error messages.
long line_at(std::string_view text, std::size_t offset);

// Converts CP932 to UTF-8 piece by piece with one converter: opening iconv costs far more than converting a
// field, and CP932 has no shift state, so pieces convert exactly as the whole would.
class ShiftJisDecoder {
 public:
  struct Result {
    std::string utf8;
    std::size_t bad = std::string::npos;  // offset of the first byte that is not CP932; npos when all were
    bool truncated = false;               // the bytes end inside a two-byte character
  };

  ShiftJisDecoder();
  ~ShiftJisDecoder();
  ShiftJisDecoder(const ShiftJisDecoder&) = delete;
  ShiftJisDecoder& operator=(const ShiftJisDecoder&) = delete;

  Result decode(std::string_view bytes);

 private:
  void* cd_;  // iconv_t, kept out of the header
};

}  // namespace bosai::text
