#pragma once
#include "core/error.h"
#include "people/role.h"

namespace bosai::people {

// The role may not do this. Enforced in the library, so every front end (CLI, app, scripts) gets the same
// answer; the refusal is itself written to the audit log. Bad input (exit 2): choose an entitled --role.
class AccessDenied : public InputError {
 public:
  AccessDenied(Role role, Permission permission)
      : InputError("--role", 0, std::string("role ") + role_code(role) + " (" + role_label(role) +
                                    ") may not " + permission_label(permission)) {}
};

}  // namespace bosai::people
