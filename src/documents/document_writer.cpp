#include "documents/document_writer.h"

#include "documents/header_fields.h"

namespace bosai::documents {

std::string write_document(DocumentKind kind, const DocumentHeader& header, const std::string& body) {
  std::string out = std::string("---\n") + document_owner_key(kind) + ": " + header.owner + "\n";
  out += std::string("状態: ") + document_status_label(header.status) + "\n";
  for (const auto& f : header_fields()) {
    const std::string& value = header.*f.member;
    out += std::string(f.key) + ":" + (value.empty() ? "" : " " + value) + "\n";
  }
  return out + "---\n" + body;
}

}  // namespace bosai::documents
