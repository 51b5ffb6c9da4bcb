#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace bosai::geo {

// Writes CSV the way GSI publishes it (UTF-8 with BOM, CRLF, quotes only where needed), so Excel opens it in
// Japanese and our own reader reads it back unchanged.
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, bool bom = true);
  void row(const std::vector<std::string>& fields);

 private:
  std::ostream& out_;
};

}  // namespace bosai::geo
