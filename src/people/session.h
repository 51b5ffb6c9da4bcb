#pragma once
#include "people/audit_trail.h"
#include "people/keyring.h"
#include "people/role.h"
#include "store/store.h"

#include <memory>
#include <string>

namespace bosai::people {

// An unlocked, role-bound view of the people data: what every people service is constructed with. Holding
// one means the passphrase was right; each operation still asks `require` for its permission.
class Session {
 public:
  Session(store::Store& store, Role role, Keyring keys);
  Session(const Session&) = delete;  // audit_ refers to keys_: the object stays where it was made
  Session& operator=(const Session&) = delete;

  store::Store& store() { return store_; }
  Role role() const { return role_; }
  const Keyring& keys() const { return keys_; }
  AuditTrail& audit() { return audit_; }

  // Throws AccessDenied (after logging the refusal) unless the role has the permission.
  void require(Permission permission, const std::string& action, const std::string& subject);
  // Logs an access in its own transaction (for reads; writes log inside their own transaction).
  void log(const std::string& action, const std::string& subject, const std::string& detail);

 private:
  store::Store& store_;
  Role role_;
  Keyring keys_;
  AuditTrail audit_;
};

// Creates the people key for a database that has none (ward staff only). The passphrase is never stored.
void set_up_people_key(store::Store& store, Role role, const std::string& passphrase);

// Unlocks the people data: InputError when no key is set up yet, WrongPassphrase when it does not match.
// Nothing is written either way.
std::unique_ptr<Session> open_session(store::Store& store, Role role, const std::string& passphrase);

}  // namespace bosai::people
