#pragma once
#include "documents/document.h"
#include "documents/document_ref.h"
#include "services/community_documents.h"

#include <optional>
#include <string>

namespace bosai::services {

// What a section reference points at in the version in force (approved, else the latest).
struct LinkedSection {
  documents::DocumentRef ref;  // with the owner's code, as a link is stored
  DocumentOwner owner;
  store::StoredDocument document;
  documents::DocumentSection section;
};

// NotFoundError on field "ref" when the owner has no such document or the version has no such section (a
// finding pointing at a section a revision removed is told so, not silently dropped). `version`: that version
// instead of the one in force (a drill pins the versions it tests).
LinkedSection resolve_document_ref(store::Store& store, const std::string& ref,
                                   std::optional<int> version = std::nullopt);

// A revision draft opened from a finding about `ref`: the version in force as a file, 版 改定案, 作成日 `today`,
// no approval, and the finding as a comment line under the section's heading (`<!-- 所見（日付）: … -->`),
// which the committee reads, acts on and deletes; comments are not content, so they print and diff as nothing.
std::string revision_draft(store::Store& store, const std::string& ref, const std::string& finding,
                           const std::string& today);

}  // namespace bosai::services
