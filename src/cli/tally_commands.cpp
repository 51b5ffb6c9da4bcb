// `bosai tally new|list|import|add|show`: an OK/SOS sign tally drill (docs/community-drills.md). Front ends only:
// the workflow is services/tally_drills.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"
#include "cli/tally_json.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "services/tally_drills.h"
#include "store/tally_repository.h"
#include "store/ward_repository.h"

#include <cstdio>
#include <iostream>

namespace bosai::cli {
namespace {

std::optional<Minutes> at_option(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const Minutes m = parse_clock(text);
  if (m < 0 || m >= 24 * 60) throw InputError("", 0, "--at", "'" + text + "' is not a time HH:MM (10:30)");
  return m;
}

std::string rate(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", r * 100);
  return buf;
}

void print_row(const std::string& label, const tally::TallyFigures& f, const std::optional<tally::TallyFigures>& before) {
  std::cout << label << "\t" << f.households << "\t" << f.ok << "\t" << f.sos << "\t" << f.no_sign << "\t"
            << rate(f.posted_rate()) << "\t" << rate(f.checked_rate()) << "\t"
            << (before ? rate(before->posted_rate()) : "-") << "\n";
}

void print_result(const services::TallyResult& r, const WardStructure& ward) {
  const auto& s = r.summary;
  std::cout << r.drill.name << "（" << r.drill.date << " " << format_clock(r.drill.start) << "〜"
            << format_clock(r.drill.end) << (s.at ? "、" + format_clock(*s.at) + " までの報告" : "") << "）\n";
  if (r.previous) std::cout << "前回: " << r.previous->name << "（" << r.previous->date << "）\n";
  std::cout << "区分\t世帯数\tOK\tSOS\t標識なし\t掲出率\t確認率\t前回の掲出率\n";
  const auto& c = r.comparison;
  print_row("全体", s.overall, c ? c->overall.before : std::nullopt);
  for (const auto& [code, f] : s.districts) {
    std::optional<tally::TallyFigures> before;
    if (c) {
      for (const auto& row : c->districts) {
        if (row.key == code) before = row.before;
      }
    }
    std::string name = code;
    for (const auto& d : ward.districts) {
      if (d.code == code) name = d.name;
    }
    print_row(name, f, before);
  }
  for (const auto& [d, f] : s.dwellings) {
    std::optional<tally::TallyFigures> before;
    if (c) {
      for (const auto& row : c->dwellings) {
        if (row.key == dwelling_code(d)) before = row.before;
      }
    }
    print_row(dwelling_label(d), f, before);
  }
  const auto open = s.not_done();
  std::cout << "\nまだ確認が終わっていない班: " << open.size() << "\n";
  for (const auto* b : open) {
    std::cout << b->block.id << "\t" << b->block.name << "\t" << block_status_label(b->status) << "\t未確認 "
              << b->figures.unchecked() << " 世帯\n";
  }
}

}  // namespace

void add_tally_commands(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::filesystem::path>();
  auto* create = tally_group(app).add_subcommand("new", "Store a tally drill and its blocks from its file (prints the id)");
  create->add_option("FILE", *file, "The drill file (TOML; its blocks CSV beside it)")->required();
  create->callback([&context, file] {
    auto store = open_store(context);
    const long id = services::create_tally_drill(*store, *file);
    const auto drill = services::find_tally_drill(*store, id);
    if (context.json) {
      std::cout << nlohmann::json{{"tally", id}, {"blocks", drill.blocks.size()}}.dump() << "\n";
    } else {
      std::cout << id << "\n";
      if (!context.quiet) std::cerr << "訓練 " << id << ": " << drill.name << "（班 " << drill.blocks.size() << "）\n";
    }
  });

  auto* list = tally_group(app).add_subcommand("list", "Tally drills stored, by date");
  list->callback([&context] {
    auto store = open_store(context);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : store->tallies().list()) {
      const auto n = store->tallies().counts(d.id).size();
      if (context.json) {
        out.push_back({{"tally", d.id}, {"name", d.name}, {"date", d.date}, {"blocks", d.blocks.size()}, {"reports", n}});
      } else {
        std::cout << d.id << "\t" << d.date << "\t" << d.name << "\t班 " << d.blocks.size() << "\t報告 " << n << "\n";
      }
    }
    if (context.json) std::cout << out.dump() << "\n";
  });

  struct ImportOptions {
    long id = 0;
    std::filesystem::path file;
    std::string by;
  };
  auto io = std::make_shared<ImportOptions>();
  auto* import = tally_group(app).add_subcommand("import", "Add block leaders' reports from a CSV (the paper form typed in)");
  import->add_option("ID", io->id, "Tally id (bosai tally list)")->required();
  import->add_option("FILE", io->file, "CSV block,time,households,ok,sos,no_sign,visited (UTF-8 or Shift_JIS)")->required();
  import->add_option("--by", io->by, "Who entered them")->required();
  import->callback([&context, io] {
    auto store = open_store(context);
    const auto n = services::import_tally_counts(*store, io->id, io->file, io->by);
    if (context.json) {
      std::cout << nlohmann::json{{"tally", io->id}, {"added", n}}.dump() << "\n";
    } else if (!context.quiet) {
      std::cerr << io->file.string() << ": 報告 " << n << " 件を取り込みました\n";
    }
  });

  struct AddOptions {
    long id = 0;
    std::string block, time, by;
    long households = -1, ok = 0, sos = 0, no_sign = 0, visited = 0;
  };
  auto ao = std::make_shared<AddOptions>();
  auto* add = tally_group(app).add_subcommand("add", "Add one block leader's report (cumulative for the block)");
  add->add_option("ID", ao->id, "Tally id")->required();
  add->add_option("BLOCK", ao->block, "The block (its id on the form)")->required();
  add->add_option("--time", ao->time, "When it was counted, HH:MM")->required();
  add->add_option("--ok", ao->ok, "Households showing the OK sign")->required();
  add->add_option("--sos", ao->sos, "Households showing the SOS sign")->required();
  add->add_option("--no-sign", ao->no_sign, "Households checked with no sign")->required();
  add->add_option("--visited", ao->visited, "Households called at");
  add->add_option("--households", ao->households, "Households found (default: the block list's figure)");
  add->add_option("--by", ao->by, "Who reports it")->required();
  add->callback([&context, ao] {
    auto store = open_store(context);
    with_flags({{"block", "BLOCK"}, {"time", "--time"}, {"households", "--households"}, {"ok", "--ok"},
                {"visited", "--visited"}},
               [&] {
                 const auto drill = services::find_tally_drill(*store, ao->id);
                 TallyCount c;
                 c.block = ao->block;
                 c.time = parse_clock(ao->time);
                 if (c.time < 0) throw InputError("", 0, "time", "'" + ao->time + "' is not a time HH:MM");
                 for (const long v : {ao->ok, ao->sos, ao->no_sign, ao->visited}) {
                   if (v < 0) throw InputError("", 0, "ok", "counts are 0 or more");
                 }
                 const auto* block = drill.find_block(ao->block);
                 c.households = ao->households >= 0 ? ao->households : (block ? block->households : 0);
                 c.ok = ao->ok;
                 c.sos = ao->sos;
                 c.no_sign = ao->no_sign;
                 c.visited = ao->visited;
                 c.source = "bosai tally add";
                 c.entered_by = ao->by;
                 services::add_tally_count(*store, ao->id, c);
               });
    if (!context.quiet) std::cerr << "記録しました\n";
  });

  struct ShowOptions {
    long id = 0;
    std::string at;
  };
  auto so = std::make_shared<ShowOptions>();
  auto* show = tally_group(app).add_subcommand("show", "Rates per block, 地区 and dwelling type, against last year's drill");
  show->add_option("ID", so->id, "Tally id")->required();
  show->add_option("--at", so->at, "Only the reports in by this time, HH:MM (how it stood at 10:00)");
  show->callback([&context, so] {
    auto store = open_store(context);
    const auto result = services::tally_result(*store, so->id, at_option(so->at));
    if (context.json) {
      std::cout << tally_result_json(result).dump() << "\n";
    } else {
      print_result(result, store->wards().load());
    }
  });
}

}  // namespace bosai::cli
