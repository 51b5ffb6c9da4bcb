#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

struct AuditEntry {
  long long seq = 0;
  std::string at;
  std::string role;
  std::string action;
  std::string subject;
  std::string detail;
  std::string prev_hash;
  std::string hash;
};

struct AuditHead {
  long long seq = 0;
  std::string mac;
};

// Append-only storage of the audit chain (the SQL schema refuses UPDATE and DELETE on entries).
class AuditRepository {
 public:
  virtual ~AuditRepository() = default;

  virtual std::optional<AuditEntry> last() const = 0;
  virtual void append(const AuditEntry& entry, const AuditHead& head) = 0;
  virtual std::vector<AuditEntry> entries() const = 0;
  virtual std::optional<AuditHead> head() const = 0;
};

}  // namespace bosai::store
