#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace bosai::routing::vrp {

// Line-oriented reading shared by the benchmark readers; every failure is an InputError with file and line.
class TextInput {
 public:
  explicit TextInput(const std::filesystem::path& file);

  const std::string& file() const { return file_; }
  long line_count() const { return static_cast<long>(lines_.size()); }
  // Whitespace-separated tokens of line `number` (1-based); CR and BOM are dropped.
  const std::vector<std::string>& tokens(long number) const { return lines_[number - 1]; }

  std::int64_t integer(const std::string& token, long line, const std::string& field) const;
  double number(const std::string& token, long line, const std::string& field) const;
  [[noreturn]] void fail(long line, const std::string& field, const std::string& message) const;

 private:
  std::string file_;
  std::vector<std::vector<std::string>> lines_;
};

}  // namespace bosai::routing::vrp
