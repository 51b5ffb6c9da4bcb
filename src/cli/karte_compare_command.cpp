// `bosai karte compare [地区…] [--edition A [--edition B]]`: with one edition (or none: the latest), a table
// across 地区 with the ratios that make them comparable; with two, the change per figure from A to B.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/karte_access.h"
#include "cli/karte_json.h"
#include "core/error.h"

#include <iostream>

namespace bosai::cli {
namespace {

struct KarteCompareOptions {
  std::vector<std::string> districts;
  std::vector<std::string> editions;
  KarteLiveOptions live;
};

std::string number(const std::optional<double>& v, int decimals) {
  if (!v) return "不明";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
  return buf;
}

std::string figure(const report::KarteProfile& p, const char* key) {
  const auto* spec = find_karte_figure(key);
  const auto v = p.karte ? p.karte->value(key) : std::nullopt;
  return v ? format_karte_value(spec->kind, *v) : "不明";
}

void print_table(const report::KarteTable& table) {
  static constexpr const char* kFigures[] = {"population", "households", "elderly_alone", "care_needed",
                                             "disability", "wooden_pct", "pre1981_pct", "destroyed_shaking",
                                             "burned_fire", "deaths", "injured", "flood", "dense_wooden"};
  std::cout << "版 " << table.edition << "\n地区\t高齢化率%\t75歳以上%";
  for (const auto* key : kFigures) std::cout << "\t" << find_karte_figure(key)->label;
  std::cout << "\t避難所収容人数\t収容人数/住民\t要支援者\t要支援者/千人\t計画あり\n";
  for (const auto& row : table.rows) {
    const auto r = report::karte_ratios(row);
    std::cout << row.district.name << (row.karte ? "" : "（カルテなし）") << "\t" << number(r.aging_rate, 1) << "\t"
              << number(r.late_elderly_rate, 1);
    for (const auto* key : kFigures) std::cout << "\t" << figure(row, key);
    std::cout << "\t" << row.shelters.capacity() << "\t" << number(r.capacity_per_resident, 2) << "\t"
              << (row.support ? std::to_string(row.support->registered) : "—") << "\t"
              << number(r.support_per_1000, 1) << "\t"
              << (row.support ? std::to_string(row.support->with_plan) : "—") << "\n";
  }
  if (!table.rows.empty() && !table.rows.front().support) std::cout << "（要支援者の件数は --role を付けると表示）\n";
}

nlohmann::json change_json(const report::KarteFigureChange& c) {
  auto side = [&](const std::optional<KarteFigure>& f) {
    return f ? karte_figure_json(*c.spec, *f) : nlohmann::json();
  };
  const auto change = c.change();
  return {{"from", side(c.from)}, {"to", side(c.to)}, {"change", change ? nlohmann::json(*change) : nlohmann::json()}};
}

void print_changes(const report::KarteEditionComparison& cmp) {
  for (const auto& d : cmp.districts) {
    std::cout << d.district.name << "（" << d.district.code << "） 版 " << cmp.from_edition << " → "
              << cmp.to_edition << "\n項目\t" << cmp.from_edition << "\t" << cmp.to_edition << "\t増減\n";
    for (const auto& c : d.figures) {
      const auto kind = c.spec->kind;
      auto side = [&](const std::optional<KarteFigure>& f) { return f ? format_karte_value(kind, f->value) : "不明"; };
      std::string change = "—";
      if (const auto v = c.change(); v && kind != KarteValueKind::kYesNo) {
        change = (*v > 0 ? "+" : "") + format_karte_value(kind, *v);
      } else if (v) {
        change = *v == 0 ? "変化なし" : "変更";
      }
      std::cout << c.spec->label << "\t" << side(c.from) << "\t" << side(c.to) << "\t" << change << "\n";
    }
    std::cout << "\n";
  }
}

}  // namespace

void add_karte_compare_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<KarteCompareOptions>();
  auto* cmd = karte_group(app).add_subcommand(
      "compare", "Compare 防災カルテ across 地区 (one edition) or across years (--edition A --edition B)");
  cmd->add_option("DISTRICTS", options->districts, "地区 codes or names (default: every 地区 with a karte)");
  cmd->add_option("--edition", options->editions, "版: once (or not: the latest) across 地区, twice across years");
  add_karte_live_options(*cmd, options->live);
  cmd->callback([&context, options] {
    if (options->editions.size() > 2) throw InputError("--edition", 0, "give it once (across 地区) or twice (A → B)");
    auto access = open_karte(context, options->live);
    if (options->editions.size() == 2) {
      const auto cmp = report::compare_karte_editions(*access.store, options->districts, options->editions[0],
                                                      options->editions[1]);
      if (!context.json) return print_changes(cmp);
      nlohmann::json districts = nlohmann::json::array();
      for (const auto& d : cmp.districts) {
        nlohmann::json figures = nlohmann::json::object();
        for (const auto& c : d.figures) figures[c.spec->key] = change_json(c);
        districts.push_back({{"district", d.district.code}, {"name", d.district.name}, {"figures", figures}});
      }
      std::cout << nlohmann::json{{"from", cmp.from_edition}, {"to", cmp.to_edition}, {"districts", districts}}.dump()
                << "\n";
      return;
    }
    const auto table = report::karte_table(*access.store, options->districts,
                                           options->editions.empty() ? "" : options->editions[0], access.live);
    if (!context.json) return print_table(table);
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : table.rows) rows.push_back(karte_profile_json(row));
    std::cout << nlohmann::json{{"edition", table.edition}, {"today", access.live.today}, {"districts", rows}}.dump()
              << "\n";
  });
}

}  // namespace bosai::cli
