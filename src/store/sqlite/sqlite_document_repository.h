#pragma once
#include "store/document_repository.h"

#include <string>

namespace bosai::store {

class Database;

// One table per kind of document, all of the same shape (schema steps 4 and 6): `table` with the owner in
// `owner_column` (district_plan.district_code, shelter_manual.shelter_id).
class SqliteDocumentRepository final : public DocumentRepository {
 public:
  SqliteDocumentRepository(Database& db, std::string table, std::string owner_column)
      : db_(db), table_(std::move(table)), owner_(std::move(owner_column)) {}

  int append(const StoredDocument& document) override;
  std::optional<StoredDocument> find(const std::string& owner, int version) const override;
  std::vector<StoredDocument> history(const std::string& owner) const override;
  std::vector<StoredDocument> all() const override;
  void set_status(const std::string& owner, int version, DocumentStatus status, const std::string& approved_on,
                  const std::string& approving_body, const std::string& changed_at) override;

 private:
  std::string columns() const;

  Database& db_;
  std::string table_;
  std::string owner_;
};

}  // namespace bosai::store
