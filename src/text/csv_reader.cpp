#include "text/csv_reader.h"

#include <memory>

namespace bosai::text {
namespace {

// Splits on the raw bytes and decodes field by field. That is safe for both encodings: the bytes that shape a
// CSV (comma, quote, CR, LF) never occur inside a UTF-8 or CP932 multibyte character, and decoding a field at a
// time lets an encoding error name its column as well as its line.
class Parser {
 public:
  Parser(std::string_view bytes, const std::string& file, TextEncoding encoding)
      : text_(bytes), file_(file), encoding_(resolve_encoding(bytes, encoding)) {
    if (starts_with_utf8_bom(text_)) {
      if (encoding_ == TextEncoding::kShiftJis) {
        throw InputError(file_, 1, "starts with a UTF-8 byte order mark: the file is UTF-8, not Shift_JIS");
      }
      text_.remove_prefix(3);
    }
    if (encoding_ == TextEncoding::kShiftJis) sjis_ = std::make_unique<ShiftJisDecoder>();
  }

  std::vector<CsvRow> rows() {
    const std::size_t n = text_.size();
    std::size_t i = 0;
    while (i < n) {
      if (!row_started_) {
        row_.line = line_;
        row_started_ = true;
      }
      if (!field_started_) {
        field_line_ = line_;
        field_started_ = true;
      }
      const char c = text_[i];
      if (c == '"' && raw_.empty()) {
        i = quoted_field(i + 1);
      } else if (c == ',') {
        end_field();
        ++i;
      } else if (c == '\r' || c == '\n') {
        end_row();
        i += (c == '\r' && i + 1 < n && text_[i + 1] == '\n') ? 2 : 1;
        ++line_;
      } else if (c == '"') {
        throw InputError(file_, line_, "a quote inside an unquoted field in " + column() +
                                           " (quote the whole field and double it: \"\")");
      } else {
        raw_ += c;
        ++i;
      }
    }
    if (row_started_) end_row();
    return std::move(rows_);
  }

 private:
  // Reads a quoted field from just after its opening quote to the next lone quote, across commas and line
  // breaks; returns the offset after the closing quote.
  std::size_t quoted_field(std::size_t i) {
    const std::size_t n = text_.size();
    const long opened = line_;
    quoted_ = true;
    for (;;) {
      if (i >= n) throw InputError(file_, opened, "a quoted field is never closed (" + column() + ", missing \")");
      if (text_[i] == '"') {
        if (i + 1 < n && text_[i + 1] == '"') {
          raw_ += '"';
          i += 2;
          continue;
        }
        ++i;
        break;
      }
      if (text_[i] == '\n') ++line_;
      raw_ += text_[i++];
    }
    if (i < n && text_[i] != ',' && text_[i] != '\n' && text_[i] != '\r') {
      throw InputError(file_, line_, "text after a closing quote in " + column() +
                                         " (a quote inside a field must be doubled: \"\")");
    }
    return i;
  }

  std::string column() const { return "column " + std::to_string(row_.fields.size() + 1); }

  void end_field() {
    row_.fields.push_back(decoded());
    raw_.clear();
    field_started_ = false;
  }

  void end_row() {
    end_field();
    // A line holding only "" is a row with one empty field (what the writer makes of one), not a blank line.
    const bool blank = row_.fields.size() == 1 && row_.fields[0].empty() && !quoted_;
    if (!blank) rows_.push_back(std::move(row_));
    row_ = CsvRow{};
    row_started_ = false;
    quoted_ = false;
  }

  std::string decoded() {
    if (!sjis_) {
      if (const auto bad = find_invalid_utf8(raw_); bad != std::string::npos) {
        throw InputError(file_, field_line_ + line_at(raw_, bad) - 1,
                         "not valid UTF-8 in " + column() +
                             " (a Shift_JIS file? save it as UTF-8 or declare its encoding)");
      }
      return std::move(raw_);
    }
    auto result = sjis_->decode(raw_);
    if (result.bad != std::string::npos) {
      throw InputError(file_, field_line_ + line_at(raw_, result.bad) - 1,
                       result.truncated ? column() + " ends inside a Shift_JIS character"
                                        : "not valid Shift_JIS (CP932) in " + column() + " (is the file UTF-8?)");
    }
    return std::move(result.utf8);
  }

  std::string_view text_;
  const std::string& file_;
  TextEncoding encoding_;
  std::unique_ptr<ShiftJisDecoder> sjis_;
  std::vector<CsvRow> rows_;
  CsvRow row_;
  std::string raw_;  // the current field's bytes, quotes undone, not yet decoded
  long line_ = 1;
  long field_line_ = 1;  // where the current field starts
  bool row_started_ = false;
  bool field_started_ = false;
  bool quoted_ = false;  // the current row has a quoted field
};

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view bytes, const std::string& file, TextEncoding encoding) {
  return Parser(bytes, file, encoding).rows();
}

InputError field_count_error(const std::string& file, long line, std::size_t fields, std::size_t header_fields) {
  return InputError(file, line, "",
                    std::to_string(fields) + " fields but the header has " + std::to_string(header_fields) +
                        " (a stray comma or broken quoting?)");
}

}  // namespace bosai::text
