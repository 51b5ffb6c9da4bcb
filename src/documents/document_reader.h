#pragma once
#include "documents/document.h"

#include <string>
#include <vector>

namespace bosai::documents {

// Reads a 地区防災計画 or 避難所運営マニュアル file (docs/district-plans.md, docs/shelter-manuals.md): the `---`
// header, then the body's sections. Refuses, as InputError naming `file` and the line: a missing or malformed
// header, an unknown, repeated or missing header key, a malformed date or status, a `##` heading without
// {#id}, a repeated id, a standard section missing, a checklist item outside any section (prose there is the
// 前文), a second `# ` title; in a manual also what manual_structure.h checks (cards, checklists). The owner
// (地区, 避難所) is not checked here: the ward structure and the registry are the service's.
Document read_document(const std::string& text, const std::string& file, DocumentKind kind);

// The sections of a body as stored (no header): what a diff compares and a print lays out. `first_line` is
// the body's first line in its file, for messages; a stored body was checked when imported.
std::vector<DocumentSection> read_sections(const std::string& body, const std::string& file, long first_line,
                                           DocumentKind kind, std::string* title = nullptr);

}  // namespace bosai::documents
