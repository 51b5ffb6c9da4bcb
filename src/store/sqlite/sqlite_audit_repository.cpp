#include "store/sqlite/sqlite_audit_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns = "seq, at, role, action, subject, detail, prev_hash, hash";

AuditEntry read_entry(Statement& s) {
  return AuditEntry{s.column_int(0),  s.column_text(1), s.column_text(2), s.column_text(3),
                    s.column_text(4), s.column_text(5), s.column_blob(6), s.column_blob(7)};
}

}  // namespace

std::optional<AuditEntry> SqliteAuditRepository::last() const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (!s.step()) return std::nullopt;
  return read_entry(s);
}

void SqliteAuditRepository::append(const AuditEntry& e, const AuditHead& head) {
  auto s = db_.prepare(std::string("INSERT INTO audit_log(") + kColumns + ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  s.bind(1, static_cast<std::int64_t>(e.seq)).bind(2, e.at).bind(3, e.role).bind(4, e.action).bind(5, e.subject);
  s.bind(6, e.detail).bind_blob(7, e.prev_hash.data(), static_cast<int>(e.prev_hash.size()));
  s.bind_blob(8, e.hash.data(), static_cast<int>(e.hash.size())).run();
  auto h = db_.prepare(
      "INSERT INTO audit_head(id, seq, mac) VALUES(1, ?1, ?2) ON CONFLICT(id) DO UPDATE SET seq = ?1, mac = ?2");
  h.bind(1, static_cast<std::int64_t>(head.seq)).bind_blob(2, head.mac.data(), static_cast<int>(head.mac.size()));
  h.run();
}

std::vector<AuditEntry> SqliteAuditRepository::entries() const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY seq");
  std::vector<AuditEntry> out;
  while (s.step()) out.push_back(read_entry(s));
  return out;
}

std::optional<AuditHead> SqliteAuditRepository::head() const {
  auto s = db_.prepare("SELECT seq, mac FROM audit_head WHERE id = 1");
  if (!s.step()) return std::nullopt;
  return AuditHead{s.column_int(0), s.column_blob(1)};
}

}  // namespace bosai::store
