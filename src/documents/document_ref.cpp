#include "documents/document_ref.h"

#include "core/error.h"

namespace bosai::documents {

DocumentRef parse_document_ref(const std::string& text) {
  const auto colon = text.find(':');
  const auto hash = text.rfind('#');
  const std::string scheme = colon == std::string::npos ? "" : text.substr(0, colon);
  if ((scheme != "plan" && scheme != "manual") || hash == std::string::npos || hash < colon + 2 ||
      hash + 1 == text.size()) {
    throw InputError("", 0, "ref",
                     "'" + text + "' は節の参照ではありません（plan:地区#節id か manual:避難所#節id）");
  }
  return {scheme == "plan" ? DocumentKind::kDistrictPlan : DocumentKind::kShelterManual,
          text.substr(colon + 1, hash - colon - 1), text.substr(hash + 1)};
}

std::string format_document_ref(const DocumentRef& ref) {
  return std::string(ref.kind == DocumentKind::kDistrictPlan ? "plan:" : "manual:") + ref.owner + "#" + ref.section;
}

}  // namespace bosai::documents
