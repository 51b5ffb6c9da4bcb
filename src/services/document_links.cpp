#include "services/document_links.h"

#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/document_writer.h"

namespace bosai::services {

LinkedSection resolve_document_ref(store::Store& store, const std::string& text, std::optional<int> version) {
  auto ref = documents::parse_document_ref(text);
  LinkedSection link;
  try {
    link.owner = find_document_owner(store, ref.kind, ref.owner);
    link.document = document_version(store, ref.kind, ref.owner, version);
  } catch (const NotFoundError& e) {
    throw NotFoundError("", 0, "ref", text + ": " + e.message());
  }
  ref.owner = link.owner.code;
  link.ref = ref;
  for (auto& s : document_sections(ref.kind, link.document)) {
    if (s.id == ref.section) {
      link.section = std::move(s);
      return link;
    }
  }
  throw NotFoundError("", 0, "ref",
                      text + ": 第" + std::to_string(link.document.version) + "版に節 {#" + ref.section + "} はありません");
}

std::string revision_draft(store::Store& store, const std::string& ref, const std::string& finding,
                           const std::string& today) {
  if (finding.empty() || finding.find('\n') != std::string::npos || finding.find("--") != std::string::npos) {
    throw InputError("", 0, "finding", "所見は一行で書いてください（「--」は使えません）");
  }
  const auto link = resolve_document_ref(store, ref);
  const auto kind = link.ref.kind;
  documents::DocumentHeader h;
  h.owner = link.owner.code;
  h.label = "改定案";
  h.created_on = today;
  h.approving_body = link.document.approving_body;
  h.last_reviewed_on = today;
  h.next_review_on = link.document.next_review_on;
  // The comment goes right under the section's heading: the first line of the body that starts it.
  std::string body = link.document.body;
  std::size_t at = 0;
  for (std::size_t line_start = 0; line_start < body.size();) {
    const auto end = body.find('\n', line_start);
    const std::string line = body.substr(line_start, end - line_start);
    const bool heading = line.rfind("## ", 0) == 0 && (line.find("{#" + link.section.id + "}") != std::string::npos ||
                                                       line.find("{#" + link.section.id + " ") != std::string::npos);
    if (heading) {
      at = end == std::string::npos ? body.size() : end + 1;
      break;
    }
    line_start = end == std::string::npos ? body.size() : end + 1;
  }
  body.insert(at, "<!-- 所見（" + today + "）: " + finding + " -->\n");
  return documents::write_document(kind, h, body);
}

}  // namespace bosai::services
