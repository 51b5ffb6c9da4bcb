#pragma once
// What the reader tests of both document kinds ask of a text: where a needle is, and where and why a text is
// refused, as "LINE: field", so each test states the line and field a user would be shown.
#include "core/document_kind.h"
#include "core/error.h"
#include "documents/document_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace bosai::test {

// The line (1-based) on which `needle` first appears in `text`.
inline long line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// Reads `text` as `file` expecting a refusal; "accepted" when there was none.
inline std::string refusal(const std::string& text, const std::string& file, DocumentKind kind) {
  try {
    documents::read_document(text, file, kind);
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), file);
    return std::to_string(e.line()) + ": " + e.field();
  }
  return "accepted";
}

}  // namespace bosai::test
