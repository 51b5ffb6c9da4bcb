#include "cli/manual_output.h"

namespace bosai::cli {

report::ManualEdition manual_edition(const services::DocumentOwner& owner, const store::StoredDocument& m) {
  return {owner.name, owner.code, m.version, m.label, document_status_label(m.status), m.approved_on};
}

}  // namespace bosai::cli
