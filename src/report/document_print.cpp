#include "report/document_print.h"

#include "core/calendar_date.h"
#include "documents/document_reader.h"
#include "documents/karte_citations.h"
#include "report/document_version_line.h"
#include "report/html_escape.h"
#include "report/markdown_html.h"
#include "report/sheet_style.h"

#include <map>
#include <sstream>

namespace bosai::report {
namespace {

constexpr const char* kStyle = R"css(
.edition { font-size: 9.5pt; margin-bottom: 3mm; } .draft { font-weight: bold; }
.cited { font-size: 9pt; margin: 1mm 0 3mm 8mm; }
.appendix { page-break-before: always; }
table.items td, table.steps td { border-style: none; padding: 0.6mm 1mm; }
)css";

std::string date_or_blank(const std::string& iso) { return iso.empty() ? "—" : japanese_date(iso); }

std::string owner_heading(const DocumentPrint& p) {
  return p.kind == DocumentKind::kDistrictPlan ? p.owner_name + "地区 地区防災計画" : p.owner_name + " 避難所運営マニュアル";
}

// The title line of the stored body, without its '#'.
std::string body_title(const std::string& body) {
  std::istringstream in(body);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# ", 0) == 0) return line.substr(2);
    if (line.rfind("## ", 0) == 0) break;
  }
  return "";
}

std::string figure_value(const DocumentPrint& p, const KarteFigureSpec& spec) {
  if (p.karte) {
    if (const auto* f = p.karte->find(spec.key)) return format_karte_value(spec.kind, f->value);
  }
  return "不明";
}

// A citation's place in the text: the value in bold, marked so a reader looks for it beside the section.
std::string cited_inline(const DocumentPrint& p, const std::string& text) {
  std::string out;
  std::size_t at = 0;
  for (const auto& c : documents::find_citations(text)) {
    out += html_escape(text.substr(at, c.begin - at));
    const auto* spec = find_karte_figure_label(c.label);
    out += "<b>" + html_escape(spec ? figure_value(p, *spec) : "［" + c.label + "］") + "</b><sup>※</sup>";
    at = c.end;
  }
  return out + html_escape(text.substr(at));
}

std::string cited_box(const DocumentPrint& p, const std::vector<const KarteFigureSpec*>& figures) {
  std::ostringstream h;
  h << "<table class=\"cited\" width=\"92%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\"><tr><th colspan=\"4\">"
    << "※ この節が引く防災カルテの数値" << (p.karte ? "（版 " + html_escape(p.karte->edition) + "）" : "（カルテ未取込）")
    << "</th></tr>\n";
  for (const auto* spec : figures) {
    const KarteFigure* f = p.karte ? p.karte->find(spec->key) : nullptr;
    h << "<tr><td width=\"30%\">" << html_escape(spec->label) << "</td><td width=\"18%\" align=\"right\">"
      << html_escape(figure_value(p, *spec)) << "</td><td>" << (f ? html_escape(f->source) : "") << "</td><td width=\"14%\">"
      << (f ? html_escape(f->as_of) : "") << "</td></tr>\n";
  }
  h << "</table>\n";
  return h.str();
}

}  // namespace

std::string document_print_title(const DocumentPrint& p) {
  const auto title = body_title(p.document.body);
  return title.empty() ? owner_heading(p) : title;
}

std::string document_html(const DocumentPrint& p) {
  const auto& d = p.document;
  const auto title = document_print_title(p);
  std::ostringstream h;
  h << sheet_head(title, kStyle) << "<h1>" << html_escape(title) << "</h1>\n";
  h << "<table class=\"edition\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\">\n"
    << "<tr><th width=\"16%\">" << document_owner_key(p.kind) << "</th><td>" << html_escape(p.owner_name)
    << "</td><th width=\"16%\">版</th><td>" << html_escape(version_line(d)) << "</td></tr>\n"
    << "<tr><th>作成日</th><td>" << date_or_blank(d.created_on) << "</td><th>承認</th><td>"
    << (d.approved_on.empty()
            ? "<span class=\"draft\"><b>未承認（" + std::string(document_status_label(d.status)) + "）</b></span>"
            : date_or_blank(d.approved_on) + " " + html_escape(d.approving_body))
    << "</td></tr>\n"
    << "<tr><th>施行日</th><td>" << date_or_blank(d.effective_on) << "</td><th>見直し</th><td>最終 "
    << date_or_blank(d.last_reviewed_on) << "、次回 " << date_or_blank(d.next_review_on) << "</td></tr>\n</table>\n";

  std::map<std::string, std::vector<const KarteFigureSpec*>> cited;
  if (p.kind == DocumentKind::kDistrictPlan) {
    for (auto& s : documents::karte_citations(documents::read_sections(d.body, "", 1, p.kind))) {
      cited[s.section_id] = std::move(s.figures);
    }
  }
  MarkdownHooks hooks;
  if (!cited.empty()) {
    hooks.inline_html = [&](const std::string& text) { return cited_inline(p, text); };
    hooks.section_end = [&](const std::string& id) {
      const auto it = cited.find(id);
      return it == cited.end() ? std::string() : cited_box(p, it->second);
    };
  }
  h << markdown_html(d.body, hooks);
  if (!p.appendix_html.empty()) h << "<div class=\"appendix\">\n" << p.appendix_html << "</div>\n";
  h << "</body>\n</html>\n";
  return h.str();
}

}  // namespace bosai::report
