#include "services/document_owner.h"

#include "core/error.h"
#include "core/shelter_lifecycle.h"
#include "services/ward_lookup.h"
#include "store/shelter_repository.h"

namespace bosai::services {
namespace {

DocumentOwner find_shelter(store::Store& store, const std::string& text) {
  if (auto s = store.shelters().find(text)) {
    if (!is_staying_shelter(s->kind)) {
      throw NotFoundError("", 0, "shelter",
                          text + " は" + std::string(shelter_kind_label(s->kind)) +
                              "の記録です: 避難所運営マニュアルは避難所（指定避難所・予備避難所・福祉避難所）の記録に付けます");
    }
    return {s->id, s->name, s->district_code};
  }
  std::vector<Shelter> named;
  std::string other_kinds;  // the name is on the registry, but only as places nobody stays (一時集合所 …)
  for (auto& s : store.shelters().list()) {
    if (s.name != text) continue;
    if (is_staying_shelter(s.kind)) {
      named.push_back(std::move(s));
    } else {
      other_kinds += (other_kinds.empty() ? "" : "・") + std::string(shelter_kind_label(s.kind));
    }
  }
  if (named.empty() && !other_kinds.empty()) {
    throw NotFoundError("", 0, "shelter",
                        "'" + text + "' は" + other_kinds +
                            "として登録されています: 避難所運営マニュアルは避難所（指定避難所・予備避難所・福祉避難所）に付けます");
  }
  if (named.empty()) {
    throw NotFoundError("", 0, "shelter", "避難所 '" + text + "' は避難所の登録にありません（共通ID か施設名で）");
  }
  if (named.size() > 1) {
    std::string ids;
    for (const auto& s : named) ids += (ids.empty() ? "" : ", ") + s.id;
    throw NotFoundError("", 0, "shelter", "避難所 '" + text + "' は複数あります: 共通ID で指定してください（" + ids + "）");
  }
  return {named[0].id, named[0].name, named[0].district_code};
}

}  // namespace

DocumentOwner find_document_owner(store::Store& store, DocumentKind kind, const std::string& code_or_name) {
  if (kind == DocumentKind::kShelterManual) return find_shelter(store, code_or_name);
  const auto d = find_district(store, code_or_name);
  return {d.code, d.name, d.code};
}

}  // namespace bosai::services
