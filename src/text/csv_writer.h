#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace bosai::text {

// Writes CSV the way GSI publishes it (UTF-8 with BOM, CRLF, quotes only where a field holds a comma, quote or
// line break), so Excel opens it in Japanese and parse_csv reads it back unchanged.
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, bool bom = true);
  void row(const std::vector<std::string>& fields);

 private:
  std::ostream& out_;
};

}  // namespace bosai::text
