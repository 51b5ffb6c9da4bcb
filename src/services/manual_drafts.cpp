#include "services/manual_drafts.h"

#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/document_writer.h"
#include "services/document_owner.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace bosai::services {
namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// 2027-02-28 for 2026-02-28 and for 2028-02-29 → 2029-02-28: the same day next year, or the last of February.
std::string a_year_on(const std::string& iso) {
  std::string next = std::to_string(std::stoi(iso.substr(0, 4)) + 1) + iso.substr(4);
  if (next.substr(5) == "02-29") next = next.substr(0, 5) + "02-28";
  return next;
}

}  // namespace

std::string manual_from_model(store::Store& store, const std::string& shelter, const std::filesystem::path& model,
                              const std::string& today) {
  std::ifstream in(model, std::ios::binary);
  if (!in) throw InputError(model.string(), 0, "cannot read the model manual");
  std::ostringstream raw;
  raw << in.rdbuf();
  const auto owner = find_document_owner(store, DocumentKind::kShelterManual, shelter);
  std::string text = replace_all(replace_all(raw.str(), "{{避難所}}", owner.code), "{{避難所名}}", owner.name);
  if (const auto left = text.find("{{"); left != std::string::npos) {
    const long line = 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(left), '\n'));
    throw InputError(model.string(), line, "置き換え",
                     "モデルに知らない置き換え欄があります（使えるのは {{避難所}} と {{避難所名}}）: " +
                         text.substr(left, text.find('\n', left) - left));
  }
  auto doc = documents::read_document(text, model.string(), DocumentKind::kShelterManual);
  auto& h = doc.header;
  h.label = "初版";
  h.status = DocumentStatus::kDraft;
  h.created_on = today;
  h.approved_on.clear();
  h.effective_on.clear();
  h.last_reviewed_on.clear();
  h.next_review_on = a_year_on(today);
  return documents::write_document(DocumentKind::kShelterManual, h, doc.body);
}

}  // namespace bosai::services
