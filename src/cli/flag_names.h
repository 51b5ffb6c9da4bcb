#pragma once
#include "core/error.h"

#include <initializer_list>
#include <utility>

namespace bosai::cli {

// Services name the fields of their requests ("closed_shelter", "profile"); the user typed options. Each
// command says which option carried which field, so a message reads "--close-shelter: no shelter with id X".
struct FlagName {
  const char* field;
  const char* flag;
};

// Runs `work`; an InputError about one of the named fields (and no file) is thrown again naming the flag.
template <class Work>
decltype(auto) with_flags(std::initializer_list<FlagName> names, Work&& work) {
  try {
    return work();
  } catch (const InputError& e) {
    if (e.file().empty()) {
      for (const auto& n : names) {
        if (e.field() == n.field) throw InputError(e.file(), e.line(), n.flag, e.message());
      }
    }
    throw;
  }
}

}  // namespace bosai::cli
