#include "core/error.h"

namespace bosai {
namespace {

std::string format(const std::string& file, long line, const std::string& field, const std::string& message) {
  std::string out;
  if (!file.empty()) out += file + ":";
  if (line > 0) out += std::to_string(line) + ":";
  if (!out.empty()) out += " ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

}  // namespace

InputError::InputError(const std::string& message) : InputError("", 0, "", message) {}

InputError::InputError(std::string file, long line, const std::string& message)
    : InputError(std::move(file), line, "", message) {}

InputError::InputError(std::string file, long line, std::string field, const std::string& message)
    : std::runtime_error(format(file, line, field, message)),
      file_(std::move(file)),
      line_(line),
      field_(std::move(field)),
      message_(message) {}

OutputError::OutputError(std::string file, const std::string& reason)
    : std::runtime_error(file + ": cannot write: " + reason), file_(std::move(file)) {}

}  // namespace bosai
