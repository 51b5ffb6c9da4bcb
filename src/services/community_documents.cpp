#include "services/community_documents.h"

#include "core/calendar_date.h"
#include "core/clock.h"
#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/document_writer.h"
#include "documents/manual_structure.h"
#include "people/access_denied.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace bosai::services {
namespace {

using store::StoredDocument;

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The fields a person writes: equal in two versions means the same text (status and approval are bosai's).
bool same_text(const StoredDocument& a, const StoredDocument& b) {
  return a.label == b.label && a.created_on == b.created_on && a.effective_on == b.effective_on &&
         a.last_reviewed_on == b.last_reviewed_on && a.next_review_on == b.next_review_on && a.body == b.body;
}

void require_approver(DocumentKind kind, people::Role role) {
  if (!people::allows(role, approval_permission(kind))) throw people::AccessDenied(role, approval_permission(kind));
}

std::string version_name(int version) { return "第" + std::to_string(version) + "版"; }

const char* owner_field(DocumentKind kind) { return kind == DocumentKind::kDistrictPlan ? "district" : "shelter"; }

StoredDocument find_version(store::Store& store, DocumentKind kind, const DocumentOwner& owner, int version) {
  auto found = store.documents(kind).find(owner.code, version);
  if (!found) {
    throw NotFoundError("", 0, "version",
                        std::string(document_owner_key(kind)) + " " + owner.name + " の" + document_kind_label(kind) +
                            "に " + version_name(version) + " はありません");
  }
  return *found;
}

// Moves one version from one of `from` to `to`, or says why it cannot.
void move_status(store::Store& store, DocumentKind kind, const std::string& owner_text, int version,
                 std::initializer_list<DocumentStatus> from, DocumentStatus to) {
  const auto owner = find_document_owner(store, kind, owner_text);
  const auto doc = find_version(store, kind, owner, version);
  bool allowed = false;
  for (auto s : from) allowed = allowed || doc.status == s;
  if (!allowed) {
    throw InputError("", 0, "version", version_name(version) + " は" + document_status_label(doc.status) +
                                           "です: " + document_status_label(to) + "にはできません");
  }
  store.documents(kind).set_status(owner.code, version, to, doc.approved_on, doc.approving_body, utc_timestamp());
}

}  // namespace

people::Permission approval_permission(DocumentKind kind) {
  return kind == DocumentKind::kDistrictPlan ? people::Permission::kApproveDistrictPlan
                                             : people::Permission::kApproveShelterManual;
}

DocumentImport import_document(store::Store& store, DocumentKind kind, const std::filesystem::path& file) {
  const auto doc = documents::read_document(read_text(file), file.string(), kind);
  const auto& h = doc.header;
  DocumentImport result;
  try {
    result.owner = find_document_owner(store, kind, h.owner);
  } catch (const NotFoundError& e) {
    throw NotFoundError(file.string(), h.owner_line, document_owner_key(kind), e.message());
  }
  StoredDocument stored;
  stored.owner = result.owner.code;
  stored.label = h.label;
  stored.status = DocumentStatus::kDraft;  // whatever the header says: status moves only through this service
  stored.created_on = h.created_on;
  stored.approving_body = h.approving_body;
  stored.effective_on = h.effective_on;
  stored.last_reviewed_on = h.last_reviewed_on;
  stored.next_review_on = h.next_review_on;
  stored.body = doc.body;
  stored.source = file.string();
  stored.imported_at = stored.status_changed_at = utc_timestamp();
  if (kind == DocumentKind::kShelterManual) result.missing_cards = documents::missing_cards(doc.sections);

  store.atomically([&] {
    for (const auto& old : store.documents(kind).history(stored.owner)) {
      if (same_text(old, stored)) {
        result.version = old.version;
        return;
      }
    }
    result.version = store.documents(kind).append(stored);
    result.created = true;
  });
  return result;
}

StoredDocument document_version(store::Store& store, DocumentKind kind, const std::string& owner_text,
                                std::optional<int> version) {
  const auto owner = find_document_owner(store, kind, owner_text);
  if (version) return find_version(store, kind, owner, *version);
  const auto all = store.documents(kind).history(owner.code);
  if (all.empty()) {
    throw NotFoundError("", 0, owner_field(kind),
                        std::string(document_owner_key(kind)) + " " + owner.name + " の" + document_kind_label(kind) +
                            "はまだ取り込まれていません");
  }
  for (const auto& p : all) {
    if (p.status == DocumentStatus::kApproved) return p;
  }
  return all.back();
}

std::vector<StoredDocument> document_history(store::Store& store, DocumentKind kind, const std::string& owner) {
  return store.documents(kind).history(find_document_owner(store, kind, owner).code);
}

std::string document_text(DocumentKind kind, const StoredDocument& d) {
  documents::DocumentHeader h;
  h.owner = d.owner;
  h.label = d.label;
  h.status = d.status;
  h.created_on = d.created_on;
  h.approved_on = d.approved_on;
  h.approving_body = d.approving_body;
  h.effective_on = d.effective_on;
  h.last_reviewed_on = d.last_reviewed_on;
  h.next_review_on = d.next_review_on;
  return documents::write_document(kind, h, d.body);
}

std::vector<documents::DocumentSection> document_sections(DocumentKind kind, const StoredDocument& d,
                                                          std::string* title) {
  return documents::read_sections(d.body, d.source, 0, kind, title);
}

DocumentComparison compare_documents(store::Store& store, DocumentKind kind, const std::string& owner_text,
                                     int before, int after) {
  const auto owner = find_document_owner(store, kind, owner_text);
  DocumentComparison c{kind, find_version(store, kind, owner, before), find_version(store, kind, owner, after), {}};
  c.diff = documents::diff_sections(document_sections(kind, c.before), document_sections(kind, c.after));
  return c;
}

DocumentApproved approve_document(store::Store& store, DocumentKind kind, const std::string& owner_text,
                                  const DocumentApproval& approval) {
  require_approver(kind, approval.role);
  const auto date = normalise_date(approval.approved_on);
  if (!date) throw InputError("", 0, "date", "'" + approval.approved_on + "' は日付ではありません（YYYY-MM-DD）");
  if (approval.approving_body.empty()) {
    throw InputError("", 0, "by",
                     kind == DocumentKind::kDistrictPlan ? "承認機関（地区区民防災会議など）がありません"
                                                         : "承認機関（避難所運営委員会など）がありません");
  }
  const auto owner = find_document_owner(store, kind, owner_text);
  const auto doc = find_version(store, kind, owner, approval.version);
  if (doc.status != DocumentStatus::kDraft && doc.status != DocumentStatus::kInReview) {
    throw InputError("", 0, "version", version_name(doc.version) + " は" + document_status_label(doc.status) +
                                           "です: 承認できるのは素案か審議中の版です");
  }
  if (*date < doc.created_on) {
    throw InputError("", 0, "date", "承認日 " + *date + " が作成日 " + doc.created_on + " より前です");
  }
  DocumentApproved result{doc.version, std::nullopt};
  const auto now = utc_timestamp();
  auto& repo = store.documents(kind);
  store.atomically([&] {
    // Every older version still in play gives way: the approved one, and drafts nobody will approve now.
    for (const auto& p : repo.history(owner.code)) {
      if (p.version >= doc.version || p.status == DocumentStatus::kSuperseded ||
          p.status == DocumentStatus::kArchived) {
        continue;
      }
      repo.set_status(owner.code, p.version, DocumentStatus::kSuperseded, p.approved_on, p.approving_body, now);
      if (p.status == DocumentStatus::kApproved) result.superseded = p.version;
    }
    repo.set_status(owner.code, doc.version, DocumentStatus::kApproved, *date, approval.approving_body, now);
  });
  return result;
}

void submit_document(store::Store& store, DocumentKind kind, const std::string& owner, int version,
                     people::Role role) {
  require_approver(kind, role);
  move_status(store, kind, owner, version, {DocumentStatus::kDraft}, DocumentStatus::kInReview);
}

void archive_document(store::Store& store, DocumentKind kind, const std::string& owner, int version,
                      people::Role role) {
  require_approver(kind, role);
  move_status(store, kind, owner, version,
              {DocumentStatus::kDraft, DocumentStatus::kInReview, DocumentStatus::kApproved,
               DocumentStatus::kSuperseded},
              DocumentStatus::kArchived);
}

std::vector<OverdueDocument> overdue_documents(store::Store& store, DocumentKind kind, const std::string& today) {
  // The version in force of each owner: approved, else the latest one still in play.
  std::map<std::string, StoredDocument> in_force;
  for (const auto& p : store.documents(kind).all()) {
    if (p.status == DocumentStatus::kArchived || p.status == DocumentStatus::kSuperseded) continue;
    auto it = in_force.find(p.owner);
    if (it == in_force.end()) {
      in_force.emplace(p.owner, p);
    } else if (it->second.status != DocumentStatus::kApproved) {
      it->second = p;
    }
  }
  std::vector<OverdueDocument> due;
  for (const auto& [code, doc] : in_force) {
    if (doc.next_review_on >= today) continue;
    OverdueDocument o;
    o.document = doc;
    if (kind == DocumentKind::kDistrictPlan) {
      o.owner = {code, "", code};
    } else if (auto s = store.shelters().find(code)) {
      o.owner = {s->id, s->name, s->district_code};
    } else {
      o.owner = {code, code, ""};  // a shelter no longer in the registry: its manual is still listed
    }
    due.push_back(std::move(o));
  }
  const auto ward = store.wards().load();
  std::vector<OverdueDocument> out;
  std::set<std::string> known;
  for (const auto& d : ward.districts) {
    known.insert(d.code);
    for (auto& o : due) {
      if (o.owner.district_code != d.code) continue;
      o.district_code = d.code;
      o.district_name = d.name;
      if (kind == DocumentKind::kDistrictPlan) o.owner.name = d.name;
      out.push_back(o);
    }
  }
  for (auto& o : due) {
    if (!known.contains(o.owner.district_code)) out.push_back(o);
  }
  return out;
}

}  // namespace bosai::services
