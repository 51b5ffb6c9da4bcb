#pragma once
#include "documents/document.h"

#include <string>

namespace bosai::documents {

// The file text of a document: the header (every key, blank when unset) and the body as stored. Reading it
// back gives the same header and body, so import → export → import changes nothing.
std::string write_document(DocumentKind kind, const DocumentHeader& header, const std::string& body);

}  // namespace bosai::documents
