#pragma once
#include "store/audit_repository.h"

namespace bosai::store {

class Database;

class SqliteAuditRepository final : public AuditRepository {
 public:
  explicit SqliteAuditRepository(Database& db) : db_(db) {}

  std::optional<AuditEntry> last() const override;
  void append(const AuditEntry& entry, const AuditHead& head) override;
  std::vector<AuditEntry> entries() const override;
  std::optional<AuditHead> head() const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
