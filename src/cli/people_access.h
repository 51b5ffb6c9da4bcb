#pragma once
#include "cli/context.h"
#include "people/role.h"
#include "people/session.h"
#include "store/store.h"

#include <memory>
#include <string>

namespace bosai::cli {

// The store plus an unlocked, role-bound people session, as every people/plans/storm/audit command needs.
struct PeopleAccess {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<people::Session> session;
};

// --role (required: there is no default role), then the passphrase from --passphrase-file, $BOSAI_PASSPHRASE
// or a prompt on the terminal. A wrong passphrase is InputError (exit 2) and nothing is written.
PeopleAccess open_people(const Context& context);
people::Role context_role(const Context& context);
std::string read_passphrase(const Context& context);

}  // namespace bosai::cli
