#pragma once
#include "report/manual_print.h"
#include "services/community_documents.h"

#include <CLI/CLI.hpp>

#include <string>

namespace bosai::cli {

// The edition line printed at the foot of a manual's cards and checklists.
report::ManualEdition manual_edition(const services::DocumentOwner& owner, const store::StoredDocument& manual);

}  // namespace bosai::cli
