#include "people/audit_trail.h"

#include "core/clock.h"

namespace bosai::people {
namespace {

// Fields are length-prefixed so no choice of content can make two different entries hash alike.
void append_field(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

}  // namespace

std::string AuditTrail::entry_hash(const store::AuditEntry& e) const {
  std::string message;
  for (const auto* field : {&e.prev_hash, &e.at, &e.role, &e.action, &e.subject, &e.detail}) {
    append_field(message, *field);
  }
  append_field(message, std::to_string(e.seq));
  return keys_.mac(message);
}

std::string AuditTrail::head_mac(long long seq, const std::string& hash) const {
  std::string message = "head";
  append_field(message, std::to_string(seq));
  append_field(message, hash);
  return keys_.mac(message);
}

void AuditTrail::record(Role role, const std::string& action, const std::string& subject, const std::string& detail) {
  const auto last = repository_.last();
  store::AuditEntry e;
  e.seq = last ? last->seq + 1 : 1;
  e.at = utc_timestamp();
  e.role = role_code(role);
  e.action = action;
  e.subject = subject;
  e.detail = detail;
  e.prev_hash = last ? last->hash : std::string(32, '\0');
  e.hash = entry_hash(e);
  repository_.append(e, store::AuditHead{e.seq, head_mac(e.seq, e.hash)});
}

AuditVerification AuditTrail::verify() {
  AuditVerification out;
  const auto entries = repository_.entries();
  std::string previous(32, '\0');
  long long expected_seq = 1;
  for (const auto& e : entries) {
    const std::string where = "entry " + std::to_string(e.seq);
    if (e.seq != expected_seq) {
      out.problems.push_back(where + ": expected entry " + std::to_string(expected_seq) + " here (entries removed)");
    }
    if (e.prev_hash != previous) out.problems.push_back(where + ": does not link to the entry before it");
    if (entry_hash(e) != e.hash) out.problems.push_back(where + ": content was altered after it was written");
    previous = e.hash;
    expected_seq = e.seq + 1;
    ++out.entries;
  }
  const auto head = repository_.head();
  const long long last_seq = entries.empty() ? 0 : entries.back().seq;
  if (!head) {
    if (!entries.empty()) out.problems.push_back("the log head is missing");
  } else if (head->seq != last_seq || head->mac != head_mac(head->seq, previous)) {
    out.problems.push_back("the log head (entry " + std::to_string(head->seq) + ") does not match the last entry (" +
                           std::to_string(last_seq) + "): entries were removed from the end or the head was altered");
  }
  return out;
}

}  // namespace bosai::people
