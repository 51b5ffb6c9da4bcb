#include "store/sqlite/sqlite_document_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

StoredDocument read_document(Statement& s) {
  StoredDocument p;
  p.owner = s.column_text(0);
  p.version = static_cast<int>(s.column_int(1));
  p.label = s.column_text(2);
  p.status = parse_document_status(s.column_text(3)).value_or(DocumentStatus::kDraft);
  p.created_on = s.column_text(4);
  p.approved_on = s.column_text(5);
  p.approving_body = s.column_text(6);
  p.effective_on = s.column_text(7);
  p.last_reviewed_on = s.column_text(8);
  p.next_review_on = s.column_text(9);
  p.body = s.column_text(10);
  p.source = s.column_text(11);
  p.imported_at = s.column_text(12);
  p.status_changed_at = s.column_text(13);
  return p;
}

std::vector<StoredDocument> read_all(Statement& s) {
  std::vector<StoredDocument> out;
  while (s.step()) out.push_back(read_document(s));
  return out;
}

}  // namespace

std::string SqliteDocumentRepository::columns() const {
  return owner_ +
         ", version, label, status, created_on, approved_on, approving_body, effective_on, last_reviewed_on, "
         "next_review_on, body, source, imported_at, status_changed_at";
}

int SqliteDocumentRepository::append(const StoredDocument& p) {
  auto s = db_.prepare("INSERT INTO " + table_ + "(" + columns() +
                       ") SELECT ?1, coalesce(max(version), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                       "?13 FROM " + table_ + " WHERE " + owner_ + " = ?1 RETURNING version");
  s.bind(1, p.owner).bind(2, p.label).bind(3, document_status_code(p.status)).bind(4, p.created_on);
  s.bind(5, p.approved_on).bind(6, p.approving_body).bind(7, p.effective_on).bind(8, p.last_reviewed_on);
  s.bind(9, p.next_review_on).bind(10, p.body).bind(11, p.source).bind(12, p.imported_at);
  s.bind(13, p.status_changed_at);
  s.step();
  const int version = static_cast<int>(s.column_int(0));
  s.reset();
  return version;
}

std::optional<StoredDocument> SqliteDocumentRepository::find(const std::string& owner, int version) const {
  auto s = db_.prepare("SELECT " + columns() + " FROM " + table_ + " WHERE " + owner_ + " = ?1 AND version = ?2");
  s.bind(1, owner).bind(2, version);
  if (!s.step()) return std::nullopt;
  return read_document(s);
}

std::vector<StoredDocument> SqliteDocumentRepository::history(const std::string& owner) const {
  auto s = db_.prepare("SELECT " + columns() + " FROM " + table_ + " WHERE " + owner_ + " = ?1 ORDER BY version");
  s.bind(1, owner);
  return read_all(s);
}

std::vector<StoredDocument> SqliteDocumentRepository::all() const {
  auto s = db_.prepare("SELECT " + columns() + " FROM " + table_ + " ORDER BY " + owner_ + ", version");
  return read_all(s);
}

void SqliteDocumentRepository::set_status(const std::string& owner, int version, DocumentStatus status,
                                          const std::string& approved_on, const std::string& approving_body,
                                          const std::string& changed_at) {
  auto s = db_.prepare("UPDATE " + table_ +
                       " SET status = ?3, approved_on = ?4, approving_body = ?5, status_changed_at = ?6 WHERE " +
                       owner_ + " = ?1 AND version = ?2");
  s.bind(1, owner).bind(2, version).bind(3, document_status_code(status)).bind(4, approved_on);
  s.bind(5, approving_body).bind(6, changed_at).run();
}

}  // namespace bosai::store
