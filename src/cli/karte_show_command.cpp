// `bosai karte show 地区 [--edition E] [--pdf OUT] [--html OUT]`: one 地区's 防災カルテ with its sources, and
// the live shelter and 要支援者 counts beside it (the latter with --role only); printed as an A4 page.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/karte_access.h"
#include "cli/karte_json.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/shelter_kind.h"
#include "render/html_pdf.h"
#include "report/karte_page.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {

struct KarteShowOptions {
  std::string district;
  std::string edition;
  KarteLiveOptions live;
  std::filesystem::path pdf;
  std::filesystem::path html;
};

std::string ratio_text(const std::optional<double>& v, int decimals, const char* unit) {
  if (!v) return "不明";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f%s", decimals, *v, unit);
  return buf;
}

void print_profile(const report::KarteProfile& p) {
  const auto& k = *p.karte;
  std::cout << "防災カルテ " << p.district.name << "（" << p.district.code << "） 版 " << k.edition << "（"
            << k.source_file << "、取込 " << jst_display(k.imported_at) << "）\n";
  std::cout << "区分\t項目\t値\t出典\t時点\n";
  for (const auto& spec : karte_figure_specs()) {
    std::cout << spec.group << "\t" << spec.label << "\t";
    if (const auto* f = k.find(spec.key)) {
      std::cout << format_karte_value(spec.kind, f->value) << "\t" << f->source << "\t" << f->as_of << "\n";
    } else {
      std::cout << "不明\n";
    }
  }
  std::cout << "\n避難所・要支援者（避難所台帳と名簿からその都度集計）\n";
  std::string kinds;
  for (std::size_t i = 0; i < kAllShelterKinds.size(); ++i) {
    if (p.shelters.by_kind[i] == 0) continue;
    kinds += (kinds.empty() ? "" : "、") + std::string(shelter_kind_label(kAllShelterKinds[i])) + " " +
             std::to_string(p.shelters.by_kind[i]);
  }
  std::cout << "避難所\t" << (kinds.empty() ? "なし" : kinds) << "\n";
  std::cout << "収容人数\t" << p.shelters.capacity() << " 人（うち推計 " << p.shelters.capacity_estimated
            << "、人数未設定 " << p.shelters.without_capacity << " か所）\n";
  if (p.support) {
    const auto& s = *p.support;
    std::cout << "要支援者\t登録 " << s.registered << "、名簿提供同意 " << s.consented_register << "、計画あり "
              << s.with_plan << "、合意済の計画 " << s.plans_agreed << "、見直し超過 " << s.plans_overdue
              << "、優先度高 " << s.high_priority << "（うち計画あり " << s.high_priority_with_plan << "）\n";
  } else {
    std::cout << "要支援者\t（--role を付けると名簿の件数を表示）\n";
  }
  const auto r = report::karte_ratios(p);
  std::cout << "\n比率\n";
  std::cout << "高齢化率（65歳以上）\t" << ratio_text(r.aging_rate, 1, " %") << "\n";
  std::cout << "75歳以上の割合\t" << ratio_text(r.late_elderly_rate, 1, " %") << "\n";
  std::cout << "人口密度\t" << ratio_text(r.density, 0, " 人/km²") << "\n";
  std::cout << "要支援者（人口千人あたり）\t" << ratio_text(r.support_per_1000, 1, "") << "\n";
  std::cout << "避難所収容人数（住民1人あたり）\t" << ratio_text(r.capacity_per_resident, 2, " 人") << "\n";
}

}  // namespace

void add_karte_show_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<KarteShowOptions>();
  auto* cmd = karte_group(app).add_subcommand(
      "show", "One 地区's 防災カルテ with sources and dates, plus live shelter capacity and 要支援者 counts");
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("--edition", options->edition, "版 (karte year or date; default: the 地区's latest)");
  add_karte_live_options(*cmd, options->live);
  cmd->add_option("--pdf", options->pdf, "Print it on A4 (PDF)");
  cmd->add_option("--html", options->html, "As a printable A4 page");
  cmd->callback([&context, options] {
    if (!options->pdf.empty() && options->pdf.extension() != ".pdf") {
      throw InputError(options->pdf.string(), 0, "--pdf", "must end in .pdf");
    }
    if (!options->html.empty() && options->html.extension() != ".html") {
      throw InputError(options->html.string(), 0, "--html", "must end in .html");
    }
    auto access = open_karte(context, options->live);
    const auto profile = report::karte_profile(*access.store, options->district, options->edition, access.live);
    if (!options->pdf.empty() || !options->html.empty()) {
      const auto html = report::karte_page_html(profile);
      if (!options->html.empty()) services::write_file(options->html, html);
      if (!options->pdf.empty()) {
        services::write_file(options->pdf, render::html_to_pdf(html, "防災カルテ " + profile.district.name + "地区"));
      }
      if (!context.quiet) {
        std::cerr << "防災カルテ " << profile.district.name << "（版 " << profile.karte->edition << "）:"
                  << (options->html.empty() ? "" : " " + options->html.string())
                  << (options->pdf.empty() ? "" : " " + options->pdf.string()) << "\n";
      }
      return;
    }
    if (context.json) {
      auto out = karte_profile_json(profile);
      out["today"] = access.live.today;
      std::cout << out.dump() << "\n";
    } else {
      print_profile(profile);
    }
  });
}

}  // namespace bosai::cli
