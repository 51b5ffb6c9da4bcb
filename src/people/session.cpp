#include "people/session.h"

#include "people/access_denied.h"
#include "store/people_repository.h"

namespace bosai::people {

Session::Session(store::Store& store, Role role, Keyring keys)
    : store_(store), role_(role), keys_(std::move(keys)), audit_(store.audit(), keys_) {}

void Session::require(Permission permission, const std::string& action, const std::string& subject) {
  if (allows(role_, permission)) return;
  log("denied:" + action, subject, permission_label(permission));
  throw AccessDenied(role_, permission);
}

void Session::log(const std::string& action, const std::string& subject, const std::string& detail) {
  store_.atomically([&] { audit_.record(role_, action, subject, detail); });
}

void set_up_people_key(store::Store& store, Role role, const std::string& passphrase) {
  if (!allows(role, Permission::kManageKey)) throw AccessDenied(role, Permission::kManageKey);
  if (passphrase.size() < 12) {
    throw InputError("passphrase", 0, "too short: use at least 12 characters (a few words are best)");
  }
  if (store.people().key_params()) {
    throw InputError("passphrase", 0, "this database already has a people key (it cannot be replaced here)");
  }
  const auto params = Keyring::new_params(passphrase);
  store.atomically([&] {
    store.people().save_key_params(params);
    Session session(store, role, Keyring::unlock(passphrase, params));
    session.audit().record(role, "setup-key", "keyring", "people key created (Argon2id, interactive cost)");
  });
}

std::unique_ptr<Session> open_session(store::Store& store, Role role, const std::string& passphrase) {
  const auto params = store.people().key_params();
  if (!params) {
    throw InputError("passphrase", 0, "no people key in this database yet: run `bosai people setup --role ward_staff`");
  }
  return std::make_unique<Session>(store, role, Keyring::unlock(passphrase, *params));
}

}  // namespace bosai::people
