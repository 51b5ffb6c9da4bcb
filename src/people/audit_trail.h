#pragma once
#include "people/keyring.h"
#include "people/role.h"
#include "store/audit_repository.h"

#include <string>
#include <vector>

namespace bosai::people {

struct AuditVerification {
  long long entries = 0;
  std::vector<std::string> problems;  // empty: the chain is intact
};

// The append-only log of every read and write of personal data. Entry n stores
//   hash_n = BLAKE2b_k(hash_{n-1} ‖ n ‖ time ‖ role ‖ action ‖ subject ‖ detail)
// keyed with the people MAC key, and audit_head stores a MAC of the last (n, hash_n). Editing an entry breaks
// its hash, deleting one breaks the next link, cutting the tail disagrees with the head, and rebuilding the
// chain needs the passphrase. Entries name people by internal id only, never by a personal field.
class AuditTrail {
 public:
  AuditTrail(store::AuditRepository& repository, const Keyring& keys) : repository_(repository), keys_(keys) {}

  void record(Role role, const std::string& action, const std::string& subject, const std::string& detail);
  AuditVerification verify();

 private:
  std::string entry_hash(const store::AuditEntry& e) const;
  std::string head_mac(long long seq, const std::string& hash) const;

  store::AuditRepository& repository_;
  const Keyring& keys_;
};

}  // namespace bosai::people
