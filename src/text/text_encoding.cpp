#include "text/text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <stdexcept>

namespace bosai::text {

std::optional<TextEncoding> parse_text_encoding(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "auto") return TextEncoding::kAuto;
  if (lower == "utf-8" || lower == "utf8") return TextEncoding::kUtf8;
  if (lower == "shift_jis" || lower == "sjis" || lower == "cp932") return TextEncoding::kShiftJis;
  return std::nullopt;
}

bool starts_with_utf8_bom(std::string_view bytes) { return bytes.substr(0, 3) == "\xEF\xBB\xBF"; }

TextEncoding resolve_encoding(std::string_view bytes, TextEncoding declared) {
  if (declared != TextEncoding::kAuto) return declared;
  // A BOM says UTF-8 even when bytes further on are broken: those are then reported as bad UTF-8, which is
  // what they are, instead of being converted into nonsense as CP932.
  if (starts_with_utf8_bom(bytes) || find_invalid_utf8(bytes) == std::string_view::npos) return TextEncoding::kUtf8;
  return TextEncoding::kShiftJis;
}

std::size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

long line_at(std::string_view text, std::size_t offset) {
  const auto end = text.begin() + static_cast<long>(std::min(offset, text.size()));
  return 1 + static_cast<long>(std::count(text.begin(), end, '\n'));
}

ShiftJisDecoder::ShiftJisDecoder() : cd_(iconv_open("UTF-8", "CP932")) {
  if (cd_ == reinterpret_cast<void*>(-1)) throw std::runtime_error("iconv cannot convert CP932 to UTF-8");
}

ShiftJisDecoder::~ShiftJisDecoder() { iconv_close(static_cast<iconv_t>(cd_)); }

ShiftJisDecoder::Result ShiftJisDecoder::decode(std::string_view bytes) {
  auto cd = static_cast<iconv_t>(cd_);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // a fresh start after a piece that failed half-way
  Result result;
  // Every CP932 character is in the BMP (three UTF-8 bytes at most) and takes at least one byte (half-width
  // katakana), so three times the size always suffices.
  result.utf8.resize(bytes.size() * 3);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out = result.utf8.data();
  std::size_t out_left = result.utf8.size();
  if (iconv(cd, &in, &in_left, &out, &out_left) == static_cast<std::size_t>(-1)) {
    result.bad = bytes.size() - in_left;
    result.truncated = errno == EINVAL;
  }
  result.utf8.resize(result.utf8.size() - out_left);
  return result;
}

}  // namespace bosai::text
