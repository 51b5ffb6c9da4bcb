#pragma once
#include <functional>
#include <string>

namespace bosai::report {

// What a printed document adds to its own text: how a line's words become HTML (escaped, with a plan's karte
// citations filled in), and what is printed where a section ends (the karte figures it cites).
struct MarkdownHooks {
  std::function<std::string(const std::string& text)> inline_html;  // empty: html_escape, **bold** kept bold
  std::function<std::string(const std::string& section_id)> section_end;  // empty: nothing
};

// A community document's body (the Markdown of docs/district-plans.md and docs/shelter-manuals.md) as an HTML
// fragment: `## 見出し {#id …}` as a heading without its id, `###` sub-headings, paragraphs (a Japanese text's
// lines join without spaces), `- ` lists, checklist items with a box to tick, numbered steps, `|` tables with
// their first row as the head. The `# 表題` line and <!-- comments --> are not printed: the caller heads the
// page, and a comment is a note to the committee, not text.
std::string markdown_html(const std::string& body, const MarkdownHooks& hooks = {});

}  // namespace bosai::report
