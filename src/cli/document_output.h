#pragma once
#include "services/community_documents.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string>

namespace bosai::cli {

// What the commands of one kind of document are called and say: `plan` (地区防災計画; not `plans`, which is
// one person's 個別避難計画) and `manual` (避難所運営マニュアル) share every command and differ only in words.
struct DocumentWords {
  const char* group;        // plan, manual
  const char* owner_arg;    // DISTRICT, SHELTER
  const char* owner_help;   // 地区 code or name …
  const char* approver_example;  // 池尻地区区民防災会議 …
  const char* approver_roles;    // the --role values that may change a status
};
const DocumentWords& document_words(DocumentKind kind);

// `bosai plan …` or `bosai manual …`, created on first use.
CLI::App& document_group(CLI::App& app, DocumentKind kind);

// --role for changing a document's status: required, one of the known roles (the service decides which may).
people::Role approver_role(DocumentKind kind, const std::string& role);

// One version in one line: 第2版  令和7年度版  承認済  承認 2026-03-20 池尻地区区民防災会議  次回見直し 2027-03-31
std::string version_summary(const store::StoredDocument& document);
nlohmann::json version_json(DocumentKind kind, const store::StoredDocument& document);

// The diff for a terminal: each changed section with its changes (− old, + new), then the unchanged ones.
void print_diff(std::ostream& out, const services::DocumentComparison& comparison);
nlohmann::json diff_json(const services::DocumentComparison& comparison);

// A --version option as the service takes it (0, the default, means the approved one, else the latest).
inline std::optional<int> chosen_version(int version) {
  return version > 0 ? std::optional<int>(version) : std::nullopt;
}

}  // namespace bosai::cli
