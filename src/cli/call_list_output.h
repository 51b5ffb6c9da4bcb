#pragma once
#include "cli/context.h"
#include "people/storm_service.h"

namespace bosai::cli {

// Prints a storm call list (`storm calls`, `storm pending`): a tab-separated sheet for the person phoning,
// or JSON with --json.
void print_call_list(const Context& context, const people::CallList& list);

}  // namespace bosai::cli
