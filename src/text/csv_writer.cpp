#include "text/csv_writer.h"

namespace bosai::text {

CsvWriter::CsvWriter(std::ostream& out, bool bom) : out_(out) {
  if (bom) out_ << "\xEF\xBB\xBF";
}

void CsvWriter::row(const std::vector<std::string>& fields) {
  if (fields.size() == 1 && fields[0].empty()) {  // written bare it would be a blank line, which readers skip
    out_ << "\"\"\r\n";
    return;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out_ << ',';
    const auto& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out_ << f;
      continue;
    }
    out_ << '"';
    for (char c : f) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }
  out_ << "\r\n";
}

}  // namespace bosai::text
