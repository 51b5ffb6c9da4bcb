#include "documents/karte_citations.h"

#include "core/error.h"

#include <algorithm>

namespace bosai::documents {
namespace {

// Brackets and colon as a Japanese keyboard or an ASCII one writes them.
constexpr const char* kOpen[] = {"［", "["};
constexpr const char* kClose[] = {"］", "]"};
constexpr const char* kColon[] = {"：", ":"};
constexpr std::string_view kWord = "カルテ";

std::string trim_spaces(std::string s) {
  const auto is_space = [&](std::size_t at, std::size_t& n) {
    if (at < s.size() && s[at] == ' ') return n = 1, true;
    if (s.compare(at, 3, "　") == 0) return n = 3, true;
    return false;
  };
  std::size_t n = 0;
  while (is_space(0, n)) s.erase(0, n);
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    if (s.back() == ' ') s.pop_back(), trimmed = true;
    else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "　") == 0) s.resize(s.size() - 3), trimmed = true;
  }
  return s;
}

// The length of whichever of `options` stands at `at`, or 0.
std::size_t match(const std::string& text, std::size_t at, const char* const (&options)[2]) {
  for (const char* o : options) {
    const std::string_view v(o);
    if (text.compare(at, v.size(), v) == 0) return v.size();
  }
  return 0;
}

}  // namespace

std::vector<CitationSpan> find_citations(const std::string& text) {
  std::vector<CitationSpan> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const std::size_t open = match(text, at, kOpen);
    if (open == 0 || text.compare(at + open, kWord.size(), kWord) != 0) continue;
    std::size_t p = at + open + kWord.size();
    const std::size_t colon = match(text, p, kColon);
    if (colon == 0) continue;
    p += colon;
    std::size_t close_at = p, close = 0;
    for (; close_at < text.size(); ++close_at) {
      if ((close = match(text, close_at, kClose)) != 0) break;
    }
    if (close == 0) break;
    found.push_back({at, close_at + close, trim_spaces(text.substr(p, close_at - p))});
    at = close_at + close - 1;
  }
  return found;
}

std::vector<SectionCitations> karte_citations(const std::vector<DocumentSection>& sections) {
  std::vector<SectionCitations> all;
  for (const auto& s : sections) {
    SectionCitations cited{s.id, {}};
    for (const auto& unit : s.units) {
      for (const auto& c : find_citations(unit.text)) {
        const auto* spec = find_karte_figure_label(c.label);
        if (spec && std::find(cited.figures.begin(), cited.figures.end(), spec) == cited.figures.end()) {
          cited.figures.push_back(spec);
        }
      }
    }
    if (!cited.figures.empty()) all.push_back(std::move(cited));
  }
  return all;
}

void check_karte_citations(const std::vector<DocumentSection>& sections, const std::string& file, DocumentKind kind) {
  for (const auto& s : sections) {
    for (const auto& unit : s.units) {
      for (const auto& c : find_citations(unit.text)) {
        if (kind != DocumentKind::kDistrictPlan) {
          throw InputError(file, unit.line, "カルテ", "防災カルテの数値を引けるのは地区防災計画です（マニュアルには数値を直接書いてください）");
        }
        if (find_karte_figure_label(c.label)) continue;
        throw InputError(file, unit.line, "カルテ",
                         "「" + c.label + "」は防災カルテの項目ではありません（人口、65歳以上、木造密集 など: docs/karte.md の列名）");
      }
    }
  }
}

}  // namespace bosai::documents
