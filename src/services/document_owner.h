#pragma once
#include "core/document_kind.h"
#include "store/store.h"

#include <string>

namespace bosai::services {

// Whose document it is: a 地区 of the ward structure, or a shelter of the registry that people stay in
// (指定避難所, 予備避難所, 福祉避難所: the places a 避難所運営委員会 runs).
struct DocumentOwner {
  std::string code;           // 地区 code, or 共通ID
  std::string name;           // 池尻, 池尻東小学校
  std::string district_code;  // the 地区 it belongs to (itself for a 地区; empty for a shelter outside them)
};

// By code or name (a shelter by 共通ID, or by a name only one such record has). NotFoundError on field
// "district" / "shelter" saying what exists or which records share the name.
DocumentOwner find_document_owner(store::Store& store, DocumentKind kind, const std::string& code_or_name);

}  // namespace bosai::services
