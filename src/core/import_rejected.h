#pragma once
#include "core/error.h"

#include <vector>

namespace bosai {

// A file with bad rows (a register export, a karte, a tally sheet…): nothing was imported. what() lists every problem, one "FILE:LINE: field:
// message" per line, so the person fixing the export sees them all at once.
class ImportRejected : public InputError {
 public:
  ImportRejected(const std::string& file, std::vector<InputError> errors);
  const std::vector<InputError>& errors() const { return errors_; }

 private:
  std::vector<InputError> errors_;
};

}  // namespace bosai
