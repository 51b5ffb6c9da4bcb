#include "documents/document_reader.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "documents/header_fields.h"
#include "documents/karte_citations.h"
#include "documents/manual_structure.h"
#include "documents/standard_sections.h"

#include <algorithm>
#include <map>
#include <set>

namespace bosai::documents {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  for (char c : text) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
      line.clear();
    } else {
      line += c;
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// `- [ ] text`, `- [x] text` (also `*` and `[X]`): the checklist item, or false for any other line.
bool checklist_item(const std::string& line, DocumentUnit& unit) {
  const std::string t = trim(line);
  if (t.size() < 5 || (t[0] != '-' && t[0] != '*') || t[1] != ' ' || t[2] != '[' || t[4] != ']') return false;
  if (t[3] != ' ' && t[3] != 'x' && t[3] != 'X') return false;
  unit.kind = UnitKind::kChecklist;
  unit.checked = t[3] != ' ';
  unit.text = trim(t.substr(5));
  return true;
}

// `1. text` or `1) text` (any number of digits): the step, without its number, or false for any other line.
bool numbered_step(const std::string& line, DocumentUnit& unit) {
  const std::string t = trim(line);
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= t.size() || (t[digits] != '.' && t[digits] != ')') || t[digits + 1] != ' ') {
    return false;
  }
  unit.kind = UnitKind::kStep;
  unit.text = trim(t.substr(digits + 2));
  return true;
}

// Prose is compared a sentence at a time, so one edited sentence is one change however long its paragraph.
void add_sentences(const std::string& line, long number, std::vector<DocumentUnit>& units) {
  static const std::string kEnds[] = {"。", "！", "？"};
  std::string rest = trim(line);
  while (!rest.empty()) {
    std::size_t cut = std::string::npos;
    for (const auto& e : kEnds) {
      const auto at = rest.find(e);
      if (at != std::string::npos && (cut == std::string::npos || at + e.size() < cut)) cut = at + e.size();
    }
    if (cut == std::string::npos) cut = rest.size();
    units.push_back({UnitKind::kText, trim(rest.substr(0, cut)), false, number});
    rest = trim(rest.substr(cut));
  }
}

bool comment_line(const std::string& line) {
  const std::string t = trim(line);
  return t.size() >= 7 && starts_with(t, "<!--") && t.compare(t.size() - 3, 3, "-->") == 0;
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

// `種類=カード 担当=総務・情報 時期=初動期` after the id: what a manual's section is. A 地区防災計画 has none.
void read_attributes(const std::string& text, DocumentSection& s, DocumentKind kind, const std::string& file,
                     long number, bool& kind_given) {
  std::set<std::string> given;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto b = text.find_first_not_of(' ', at);
    if (b == std::string::npos) break;
    const auto e = std::min(text.find(' ', b), text.size());
    const std::string attr = text.substr(b, e - b);
    at = e;
    if (kind != DocumentKind::kShelterManual) {
      throw InputError(file, number, "節", "{#" + s.id + "}: 地区防災計画の見出しには id のほかに何も書けません: " + attr);
    }
    const auto eq = attr.find('=');
    const std::string key = eq == std::string::npos ? attr : attr.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : attr.substr(eq + 1);
    if (eq == std::string::npos || value.empty()) {
      throw InputError(file, number, "節", "{#" + s.id + "}: 属性は「項目=値」で書いてください: " + attr);
    }
    const bool is_kind = key == "種類" || key == "kind", is_role = key == "担当" || key == "role",
               is_phase = key == "時期" || key == "phase";
    if (!is_kind && !is_role && !is_phase) {
      throw InputError(file, number, key, "{#" + s.id + "}: 知らない属性です（種類・担当・時期）");
    }
    if (!given.insert(is_kind ? "種類" : is_role ? "担当" : "時期").second) {
      throw InputError(file, number, key, "{#" + s.id + "}: 同じ属性が二度書かれています");
    }
    if (is_kind) {
      const auto k = parse_section_kind(value);
      if (!k) throw InputError(file, number, key, "'" + value + "' は種類ではありません（カード・チェックリスト）");
      s.kind = *k;
      kind_given = true;
    } else if (is_role) {
      s.role = parse_manual_role(value);
      if (!s.role) {
        throw InputError(file, number, key, "'" + value + "' は担当ではありません（総務・情報・避難所・給食・物資・救護・衛生）");
      }
    } else {
      s.phase = parse_manual_phase(value);
      if (!s.phase) {
        throw InputError(file, number, key, "'" + value + "' は時期ではありません（初動期・展開期・安定期・撤収期）");
      }
    }
  }
}

DocumentSection read_heading(const std::string& line, const std::string& file, long number, DocumentKind kind,
                             bool& kind_given) {
  const std::string t = trim(line.substr(3));
  const auto open = t.rfind("{#");
  if (open == std::string::npos || t.back() != '}') {
    throw InputError(file, number, "節",
                     "見出しに節 id がありません: 「## " + t + " {#id}」のように書いてください");
  }
  DocumentSection s;
  const std::string inside = t.substr(open + 2, t.size() - open - 3);
  const auto space = std::min(inside.find(' '), inside.size());
  s.id = inside.substr(0, space);
  s.title = trim(t.substr(0, open));
  s.line = number;
  if (!valid_id(s.id)) {
    throw InputError(file, number, "節", "節 id '" + s.id + "' は半角英小文字・数字・-・_ で書いてください");
  }
  if (s.title.empty()) throw InputError(file, number, "節", "節 {#" + s.id + "} に見出しの文言がありません");
  kind_given = false;
  read_attributes(inside.substr(space), s, kind, file, number, kind_given);
  return s;
}

// A standard section is of its standard kind: taken when the heading does not say, refused when it says another.
void apply_standard_kind(DocumentSection& s, bool kind_given, DocumentKind kind, const std::string& file) {
  for (const auto& standard : standard_sections(kind)) {
    if (s.id != standard.id) continue;
    if (kind_given && s.kind != standard.kind) {
      throw InputError(file, s.line, "種類",
                       "{#" + s.id + "} は" + section_kind_label(standard.kind) + "の節です（種類=" +
                           section_kind_label(s.kind) + " にはできません）");
    }
    s.kind = standard.kind;
  }
}

}  // namespace

std::vector<DocumentSection> read_sections(const std::string& body, const std::string& file, long first_line,
                                           DocumentKind kind, std::string* title) {
  std::vector<DocumentSection> sections;
  std::map<std::string, long> seen;
  const auto lines = split_lines(body);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const long number = first_line + static_cast<long>(i);
    const std::string& line = lines[i];
    if (trim(line).empty()) continue;
    if (comment_line(line)) continue;  // a note to the committee (a finding in a revision draft): not content
    if (starts_with(line, "## ")) {
      bool kind_given = false;
      auto s = read_heading(line, file, number, kind, kind_given);
      apply_standard_kind(s, kind_given, kind, file);
      if (auto [it, fresh] = seen.emplace(s.id, number); !fresh) {
        throw InputError(file, number, "節",
                         "節 id {#" + s.id + "} が重複しています（" + std::to_string(it->second) + " 行目と同じ）");
      }
      sections.push_back(std::move(s));
      continue;
    }
    if (starts_with(line, "# ")) {
      if (!sections.empty() || (title && !title->empty())) {  // (a title after the 前文 is refused too)
        throw InputError(file, number, "表題", "「# 」の表題は本文の冒頭に一つだけ書けます（節は「## 」）");
      }
      if (title) *title = trim(line.substr(2));
      continue;
    }
    DocumentUnit unit;
    unit.line = number;
    const bool item = checklist_item(line, unit);
    const bool step = !item && numbered_step(line, unit);
    if (sections.empty()) {
      if (item) {
        throw InputError(file, number, "チェック項目",
                         "チェック項目が節の外にあります: 「## 見出し {#id}」の後に書いてください");
      }
      sections.push_back({"", "前文", number, {}});  // prose under the title, before the first section
    }
    auto& units = sections.back().units;
    if (item) {
      if (unit.text.empty()) throw InputError(file, number, "チェック項目", "項目の文言がありません");
      units.push_back(std::move(unit));
    } else if (step) {
      if (unit.text.empty()) throw InputError(file, number, "手順", "手順の文言がありません");
      units.push_back(std::move(unit));
    } else if (starts_with(trim(line), "#") || starts_with(trim(line), "- ") || starts_with(trim(line), "* ") ||
               starts_with(trim(line), "|")) {
      units.push_back({UnitKind::kText, trim(line), false, number});  // a sub-heading, list item or table row
    } else {
      add_sentences(line, number, units);
    }
  }
  const long last_line = first_line + static_cast<long>(lines.size()) - (lines.empty() ? 0 : 1);
  for (const auto& standard : standard_sections(kind)) {
    if (!seen.contains(standard.id)) {
      throw InputError(file, last_line, "節",
                       std::string("標準の節「") + standard.title + " {#" + standard.id + "}」がありません");
    }
  }
  if (kind == DocumentKind::kShelterManual) check_manual_sections(sections, file);
  check_karte_citations(sections, file, kind);
  return sections;
}

namespace {
// The model manual's blanks ({{避難所名}} …) are filled by `manual new`; a copy edited by hand that still has one
// would store a manual for no shelter, or print "{{避難所名}}" on every card.
void refuse_placeholders(const std::vector<std::string>& lines, const std::string& file) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto open = lines[i].find("{{");
    if (open == std::string::npos) continue;
    const auto close = lines[i].find("}}", open);
    if (close == std::string::npos) continue;
    throw InputError(file, static_cast<long>(i) + 1, "差し込み欄",
                     "モデル版の差し込み欄 " + lines[i].substr(open, close + 2 - open) +
                         " が残っています（`bosai manual new 避難所 OUT.md` で埋めた版を作ってください）");
  }
}
}  // namespace

Document read_document(const std::string& text, const std::string& file, DocumentKind kind) {
  const auto lines = split_lines(text);
  if (lines.empty() || trim(lines[0]) != "---") {
    throw InputError(file, 1, "ヘッダー", "1 行目に「---」で始まるヘッダー（" + std::string(document_owner_key(kind)) + "・版・日付）がありません");
  }
  refuse_placeholders(lines, file);
  Document doc;
  auto& h = doc.header;
  std::set<std::string> given;
  const std::string owner_key = document_owner_key(kind);
  std::size_t end = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const long number = static_cast<long>(i) + 1;
    const std::string line = trim(lines[i]);
    if (line == "---") {
      end = i;
      break;
    }
    if (line.empty() || line[0] == '#') continue;
    auto colon = line.find(':');
    std::size_t colon_size = 1;
    if (const auto wide = line.find("："); wide != std::string::npos && (colon == std::string::npos || wide < colon)) {
      colon = wide;
      colon_size = std::string("：").size();
    }
    if (colon == std::string::npos) {
      throw InputError(file, number, "ヘッダー", "「項目: 値」の形ではありません: " + line);
    }
    const std::string key = trim(line.substr(0, colon));
    const std::string value = trim(line.substr(colon + colon_size));
    if (!given.insert(key).second) throw InputError(file, number, key, "ヘッダーに二度書かれています");
    if (key == owner_key) {
      h.owner = value;
      h.owner_line = number;
      continue;
    }
    if (key == "状態") {
      const auto status = parse_document_status(value);
      if (!status) {
        throw InputError(file, number, key, "'" + value + "' は状態ではありません（素案・審議中・承認済・旧版・廃止）");
      }
      h.status = *status;
      continue;
    }
    const HeaderField* field = nullptr;
    for (const auto& f : header_fields()) {
      if (key == f.key) field = &f;
    }
    if (!field) {
      throw InputError(file, number, key,
                       "知らない項目です（" + owner_key + "・状態・版・作成日・承認日・承認機関・施行日・最終見直し日・次回見直し日）");
    }
    if (value.empty() && field->required) throw InputError(file, number, key, "値がありません");
    if (!value.empty() && field->date) {
      const auto date = normalise_date(value);
      if (!date) throw InputError(file, number, key, "'" + value + "' は日付ではありません（YYYY-MM-DD）");
      h.*field->member = *date;
    } else {
      h.*field->member = value;
    }
  }
  if (end == 0) {
    throw InputError(file, static_cast<long>(lines.size()), "ヘッダー", "ヘッダーを閉じる「---」がありません");
  }
  const long closing_line = static_cast<long>(end) + 1;
  if (h.owner.empty()) throw InputError(file, closing_line, owner_key, "ヘッダーに" + owner_key + "がありません");
  for (const auto& f : header_fields()) {
    if (f.required && (h.*f.member).empty()) {
      throw InputError(file, closing_line, f.key, "ヘッダーにありません");
    }
  }
  for (std::size_t i = end + 1; i < lines.size(); ++i) doc.body += lines[i] + "\n";
  doc.sections = read_sections(doc.body, file, closing_line + 1, kind, &doc.title);
  return doc;
}

}  // namespace bosai::documents
