#pragma once
#include "core/error.h"

namespace bosai::people {

// The passphrase does not open this database's people key. Bad input (exit 2): nothing was read or changed.
class WrongPassphrase : public InputError {
 public:
  WrongPassphrase()
      : InputError("passphrase", 0, "wrong passphrase: it does not unlock this database's personal data "
                                    "(nothing was read or changed)") {}
};

}  // namespace bosai::people
