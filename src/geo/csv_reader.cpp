#include "geo/csv_reader.h"

#include "core/error.h"
#include "plans/toml_fields.h"

#include <algorithm>
#include <cerrno>
#include <iconv.h>

namespace bosai::geo {
namespace {

long line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

}  // namespace

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

std::string shift_jis_to_utf8(std::string_view bytes, const std::string& file_name) {
  iconv_t cd = iconv_open("UTF-8", "CP932");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv: CP932 is not available");
  std::string out(bytes.size() * 3 / 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &dst, &out_left) != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      const auto used = static_cast<std::size_t>(dst - out.data());
      out.resize(out.size() * 2);
      dst = out.data() + used;
      out_left = out.size() - used;
      continue;
    }
    const auto at = static_cast<std::size_t>(in - bytes.data());
    iconv_close(cd);
    throw InputError(file_name, line_of(bytes, at), "not valid Shift_JIS text (is the file UTF-8?)");
  }
  iconv_close(cd);
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return out;
}

std::vector<CsvRow> parse_csv(std::string_view bytes, const std::string& file_name, TextEncoding encoding) {
  std::string converted;
  std::string_view text = bytes;
  if (encoding == TextEncoding::kShiftJis) {
    converted = shift_jis_to_utf8(bytes, file_name);
    text = converted;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    throw InputError(file_name, line_of(text, bad),
                     "not valid UTF-8 (a Shift_JIS file? save it as UTF-8 or name its encoding)");
  }

  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  long line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool row_started = false;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_row = [&] {
    end_field();
    const bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) rows.push_back(std::move(row));
    row = CsvRow{};
    row_started = false;
  };
  while (i < n) {
    if (!row_started) {
      row.line = line;
      row_started = true;
    }
    if (text[i] == '"' && field.empty()) {
      // A quoted field: runs to the next lone quote, across commas and line breaks.
      const long opened = line;
      ++i;
      for (;;) {
        if (i >= n) throw InputError(file_name, opened, "a quoted field is never closed (missing \")");
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\n') ++line;
        field += text[i++];
      }
      if (i < n && text[i] != ',' && text[i] != '\n' && !(text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') &&
          text[i] != '\r') {
        throw InputError(file_name, line, "text after a closing quote (a quote inside a field must be doubled: \"\")");
      }
      continue;
    }
    const char c = text[i];
    if (c == ',') {
      end_field();
      ++i;
    } else if (c == '\r' || c == '\n') {
      end_row();
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
    } else if (c == '"') {
      throw InputError(file_name, line, "a quote inside an unquoted field (quote the whole field and double it)");
    } else {
      field += c;
      ++i;
    }
  }
  if (row_started) end_row();
  return rows;
}

std::vector<CsvRow> read_csv(const std::filesystem::path& file, TextEncoding encoding) {
  return parse_csv(plans::read_text_file(file), file.string(), encoding);
}

}  // namespace bosai::geo
