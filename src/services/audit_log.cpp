#include "services/audit_log.h"

namespace bosai::services {

std::vector<store::AuditEntry> read_audit_log(people::Session& session) {
  session.require(people::Permission::kAudit, "audit-log", "audit_log");
  auto entries = session.store().audit().entries();
  session.log("audit-log", "audit_log", std::to_string(entries.size()) + " entries read");
  return entries;
}

people::AuditVerification verify_audit_log(people::Session& session) {
  session.require(people::Permission::kAudit, "audit-verify", "audit_log");
  auto result = session.audit().verify();
  session.log("audit-verify", "audit_log", result.problems.empty() ? "intact" : "problems found");
  return result;
}

}  // namespace bosai::services
