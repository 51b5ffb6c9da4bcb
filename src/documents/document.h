#pragma once
#include "core/document_kind.h"
#include "core/document_status.h"
#include "documents/manual_terms.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::documents {

// One unit a diff compares: a sentence (prose is split at 。！？), a line that is not prose (### heading, list
// item, table row), a checklist item `- [ ] …` with its check mark, or a numbered step `1. …` (its text
// without the number, so inserting a step does not renumber every step after it into a change).
enum class UnitKind { kText, kChecklist, kStep };

struct DocumentUnit {
  UnitKind kind = UnitKind::kText;
  std::string text;
  bool checked = false;  // checklist items only
  long line = 0;         // in the file it was read from (0 when read from the store)
};

// `## 目標 {#goals}`: the id is the section's name for links and diffs; the title may be reworded freely.
// Prose between the title and the first section is the 前文, a section with an empty id (no checklists).
// A manual's sections may say what they are (`{#id 種類=カード 担当=総務・情報 時期=初動期}`).
struct DocumentSection {
  std::string id;
  std::string title;
  long line = 0;
  std::vector<DocumentUnit> units;
  SectionKind kind = SectionKind::kProse;
  std::optional<ManualRole> role;
  std::optional<ManualPhase> phase;
};

// The front matter between the `---` lines (docs/district-plans.md). Dates are YYYY-MM-DD, empty when unset.
struct DocumentHeader {
  std::string owner;         // 地区 or 避難所: code, id or name as written; the service resolves it
  long owner_line = 0;
  std::string label;         // 版: 令和7年度版 …
  DocumentStatus status = DocumentStatus::kDraft;
  std::string created_on;    // 作成日
  std::string approved_on;   // 承認日
  std::string approving_body;  // 承認機関: 池尻地区区民防災会議, 池尻東小学校避難所運営委員会 …
  std::string effective_on;  // 施行日
  std::string last_reviewed_on;  // 最終見直し日
  std::string next_review_on;    // 次回見直し日
};

struct Document {
  DocumentHeader header;
  std::string body;  // everything after the header, as written (LF line ends, one final newline)
  std::string title;  // the `# …` line, without the '#'
  std::vector<DocumentSection> sections;
};

}  // namespace bosai::documents
