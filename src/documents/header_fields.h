#pragma once
#include "documents/document.h"

#include <span>
#include <string>

namespace bosai::documents {

// The header's text keys in file order, shared by the reader and the writer so the two cannot drift.
// The owner (地区, 避難所) and 状態 are not here: they are read and written with their own rules.
struct HeaderField {
  const char* key;
  std::string DocumentHeader::*member;
  bool required;
  bool date;
};

std::span<const HeaderField> header_fields();

}  // namespace bosai::documents
