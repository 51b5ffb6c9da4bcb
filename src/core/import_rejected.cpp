#include "core/import_rejected.h"

#include <set>

namespace bosai {
namespace {

std::string summary(const std::string& file, const std::vector<InputError>& errors) {
  std::set<long> lines;
  for (const auto& e : errors) lines.insert(e.line());
  std::string out = file + ": " + std::to_string(lines.size()) + " bad row(s), " + std::to_string(errors.size()) +
                    " problem(s); nothing was imported";
  for (const auto& e : errors) out += std::string("\n") + e.what();
  return out;
}

}  // namespace

ImportRejected::ImportRejected(const std::string& file, std::vector<InputError> errors)
    : InputError(summary(file, errors)), errors_(std::move(errors)) {}

}  // namespace bosai
