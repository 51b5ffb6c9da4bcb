#include "people/csv_reader.h"

#include "core/error.h"

namespace bosai::people {

std::vector<CsvRecord> parse_csv(const std::string& text, const std::string& file) {
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  long line = 1;
  long quote_line = 0;
  bool quoted = false;
  bool any = false;  // the current record has content (so a blank line is not a record)
  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    if (any) {
      end_field();
      records.push_back(std::move(record));
    }
    record = CsvRecord{};
    field.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!any && record.fields.empty() && field.empty()) record.line = line;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        quote_line = line;
        any = true;
        break;
      case ',':
        end_field();
        any = true;
        break;
      case '\r':
        break;
      case '\n':
        end_record();
        ++line;
        break;
      default:
        field += c;
        any = true;
    }
  }
  if (quoted) throw InputError(file, quote_line, "quoted field is never closed");
  end_record();
  return records;
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace bosai::people
