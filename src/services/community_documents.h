#pragma once
#include "core/document_kind.h"
#include "documents/document.h"
#include "documents/manual_terms.h"
#include "documents/section_diff.h"
#include "people/role.h"
#include "services/document_owner.h"
#include "store/document_repository.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bosai::services {

// Versions and approval of the community documents (docs/district-plans.md, docs/shelter-manuals.md): a
// 地区防災計画 per 地区, a 避難所運営マニュアル per shelter, kept the same way. A version's text never changes
// once stored: importing an edited file makes a new 素案 version; importing a text already stored makes none.

struct DocumentImport {
  DocumentOwner owner;
  int version = 0;       // the new version, or the stored one the file equals
  bool created = false;  // false: the file equals `version`, nothing was stored
  // A manual's first-action cards not written yet (担当 × 時期); stored all the same.
  std::vector<std::pair<documents::ManualRole, documents::ManualPhase>> missing_cards;
};

// Reads, checks (including that its 地区 or shelter exists) and stores a file, all or nothing. A new version
// is always 素案, whatever its header's 状態 says: status moves only through submit/approve/archive here, so
// an edited copy of an approved version cannot arrive approved.
DocumentImport import_document(store::Store& store, DocumentKind kind, const std::filesystem::path& file);

// The version shown, exported and printed: `version` when given, else the approved one, else the latest.
// NotFoundError on field "district"/"shelter" (unknown, or none of its documents imported) or "version".
store::StoredDocument document_version(store::Store& store, DocumentKind kind, const std::string& owner,
                                       std::optional<int> version = std::nullopt);
std::vector<store::StoredDocument> document_history(store::Store& store, DocumentKind kind,
                                                    const std::string& owner);

// The file text of a stored version (its header as it stands now, with status and approval).
std::string document_text(DocumentKind kind, const store::StoredDocument& document);
// Its sections, as a print lays them out and a diff compares them.
std::vector<documents::DocumentSection> document_sections(DocumentKind kind, const store::StoredDocument& document,
                                                          std::string* title = nullptr);

struct DocumentComparison {
  DocumentKind kind = DocumentKind::kDistrictPlan;
  store::StoredDocument before;
  store::StoredDocument after;
  documents::DocumentDiff diff;
};
DocumentComparison compare_documents(store::Store& store, DocumentKind kind, const std::string& owner, int before,
                                     int after);

struct DocumentApproval {
  int version = 0;
  std::string approved_on;     // YYYY-MM-DD (field "date")
  std::string approving_body;  // 池尻地区区民防災会議, 池尻東小学校避難所運営委員会 … (field "by")
  people::Role role = people::Role::kFacilitator;  // who records it (approval_permission)
};
struct DocumentApproved {
  int version = 0;
  std::optional<int> superseded;  // the version that was approved before
};
// Approves a 素案 or 審議中 version; every older version still in play (the one approved before, older drafts)
// becomes 旧版, in the same unit of work. Newer drafts stay drafts.
DocumentApproved approve_document(store::Store& store, DocumentKind kind, const std::string& owner,
                                  const DocumentApproval& approval);

// 素案 → 審議中 (handed to the approving body), and retiring a version (廃止). Both need the approving role.
void submit_document(store::Store& store, DocumentKind kind, const std::string& owner, int version,
                     people::Role role);
void archive_document(store::Store& store, DocumentKind kind, const std::string& owner, int version,
                      people::Role role);

// Who may record a status change: kApproveDistrictPlan, kApproveShelterManual.
people::Permission approval_permission(DocumentKind kind);

struct OverdueDocument {
  std::string district_code;  // the 地区 it is listed under
  std::string district_name;
  DocumentOwner owner;
  store::StoredDocument document;  // the version in force (approved, else the latest draft or one in review)
};
// Documents whose version in force was due for review (次回見直し日) before `today` (YYYY-MM-DD), per 地区 in
// the ward's order (a manual under its shelter's 地区; shelters outside every 地区 last).
std::vector<OverdueDocument> overdue_documents(store::Store& store, DocumentKind kind, const std::string& today);

}  // namespace bosai::services
