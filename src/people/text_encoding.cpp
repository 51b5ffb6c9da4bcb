#include "people/text_encoding.h"

#include "core/error.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

namespace bosai::people {
namespace {

long line_at(const std::string& text, std::size_t offset) {
  return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not a valid one.
std::size_t utf8_sequence(const std::string& text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t n;
  unsigned min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) n = 2, min = 0x80;
  else if ((c & 0xF0) == 0xE0) n = 3, min = 0x800;
  else if ((c & 0xF8) == 0xF0) n = 4, min = 0x10000;
  else return 0;
  if (i + n > text.size()) return 0;
  unsigned cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::size_t first_invalid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string::npos;
}

std::string cp932_to_utf8(const std::string& bytes, const std::string& file) {
  iconv_t cd = iconv_open("UTF-8", "CP932");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert CP932 to UTF-8");
  std::string out(bytes.size() * 3 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  const std::size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  const int error = errno;
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1)) {
    const std::size_t at = bytes.size() - in_left;
    throw InputError(file, line_at(bytes, at), "encoding",
                     error == EINVAL ? "file ends inside a Shift_JIS character"
                                     : "byte " + std::to_string(at) + " is not valid Shift_JIS (CP932)");
  }
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

bool is_valid_utf8(const std::string& text) { return first_invalid_utf8(text) == std::string::npos; }

std::optional<TextEncoding> parse_text_encoding(const std::string& name) {
  if (name == "auto") return TextEncoding::kAuto;
  if (name == "utf-8" || name == "utf8" || name == "UTF-8") return TextEncoding::kUtf8;
  if (name == "shift_jis" || name == "sjis" || name == "cp932" || name == "Shift_JIS" || name == "CP932") {
    return TextEncoding::kShiftJis;
  }
  return std::nullopt;
}

std::string to_utf8(const std::string& bytes, TextEncoding encoding, const std::string& file) {
  static const std::string kBom = "\xEF\xBB\xBF";
  const bool bom = bytes.compare(0, kBom.size(), kBom) == 0;
  if (encoding == TextEncoding::kShiftJis) return cp932_to_utf8(bytes, file);
  std::string text = bom ? bytes.substr(kBom.size()) : bytes;
  const std::size_t bad = first_invalid_utf8(text);
  if (bad == std::string::npos) return text;
  if (encoding == TextEncoding::kAuto && !bom) return cp932_to_utf8(bytes, file);
  throw InputError(file, line_at(text, bad), "encoding",
                   "not valid UTF-8 at byte " + std::to_string(bad) + " (try --encoding shift_jis)");
}

}  // namespace bosai::people
