#pragma once
#include "core/document_status.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// One version of a community document (a 地区防災計画, a 避難所運営マニュアル): the header's fields in columns
// (dates compare as text for overdue reviews), the body as imported. Every version is kept; the text of a
// version never changes once stored, only its status and, until it is approved, its approval fields.
struct StoredDocument {
  std::string owner;  // the 地区 code, or the shelter's 共通ID
  int version = 0;
  std::string label;
  DocumentStatus status = DocumentStatus::kDraft;
  std::string created_on;
  std::string approved_on;
  std::string approving_body;
  std::string effective_on;
  std::string last_reviewed_on;
  std::string next_review_on;
  std::string body;
  std::string source;       // the file it was imported from
  std::string imported_at;  // UTC
  std::string status_changed_at;  // UTC
};

// The versions of one kind of document (Store::documents).
class DocumentRepository {
 public:
  virtual ~DocumentRepository() = default;

  // Stores `document` as version (latest + 1) of its owner and returns that number.
  virtual int append(const StoredDocument& document) = 0;
  virtual std::optional<StoredDocument> find(const std::string& owner, int version) const = 0;
  virtual std::vector<StoredDocument> history(const std::string& owner) const = 0;
  // Every version of every owner, by owner then version (for the overdue list).
  virtual std::vector<StoredDocument> all() const = 0;
  // Moves one version to `status`, with its approval date and body when it is approved. The schema refuses a
  // change of text and a second approved version of one owner.
  virtual void set_status(const std::string& owner, int version, DocumentStatus status,
                          const std::string& approved_on, const std::string& approving_body,
                          const std::string& changed_at) = 0;
};

}  // namespace bosai::store
