#pragma once
#include "core/document_kind.h"
#include "core/karte.h"
#include "documents/document.h"

#include <string>
#include <vector>

namespace bosai::documents {

// A plan cites a figure of its 地区's 防災カルテ where its text says ［カルテ:65歳以上］ (full-width or ASCII
// brackets and colon; the label is the karte's CSV column, docs/karte.md). The text stays as written; a print
// puts the figure's value there and lists each cited figure with its 出典 and 時点 beside the section, so the
// plan and the numbers it rests on are read together and a new karte edition shows through at the next print.

// One citation in a line of text: where it stands (bytes) and the label as written.
struct CitationSpan {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the closing bracket
  std::string label;
};
std::vector<CitationSpan> find_citations(const std::string& text);

// The figures each section cites, once each, in the order first cited.
struct SectionCitations {
  std::string section_id;
  std::vector<const KarteFigureSpec*> figures;
};
std::vector<SectionCitations> karte_citations(const std::vector<DocumentSection>& sections);

// InputError (FILE:LINE, field カルテ) on a citation whose label is no karte figure (a misspelt label would
// otherwise print as 不明 and look like a figure nobody knows), and on any citation outside a 地区防災計画 (a
// karte is a 地区's; a manual prints no karte page).
void check_karte_citations(const std::vector<DocumentSection>& sections, const std::string& file, DocumentKind kind);

}  // namespace bosai::documents
