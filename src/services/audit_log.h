#pragma once
#include "people/audit_trail.h"
#include "people/session.h"
#include "store/audit_repository.h"

#include <vector>

namespace bosai::services {

// The audit log, for those entitled to read it (Permission::kAudit); the reading is itself logged.
std::vector<store::AuditEntry> read_audit_log(people::Session& session);

// The chain checked end to end (kAudit); the check and its verdict are logged.
people::AuditVerification verify_audit_log(people::Session& session);

}  // namespace bosai::services
