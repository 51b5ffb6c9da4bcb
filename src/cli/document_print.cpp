#include "cli/document_print.h"

#include "cli/stderr_progress.h"
#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/karte_citations.h"
#include "render/bound_pdf.h"
#include "report/document_print.h"
#include "report/karte_page.h"
#include "services/community_documents.h"
#include "services/document_owner.h"
#include "services/output_files.h"
#include "services/ward_maps.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {

void require_extension(const std::filesystem::path& file, const char* option, const char* extension) {
  if (!file.empty() && file.extension() != extension) {
    throw InputError(file.string(), 0, option, std::string("must end in ") + extension);
  }
}

}  // namespace

void add_document_print_options(CLI::App& cmd, DocumentKind kind, DocumentPrintOptions& o) {
  const bool plan = kind == DocumentKind::kDistrictPlan;
  cmd.add_option("--pdf", o.pdf, plan ? "Print it: A4 plan and karte page, then the A3 地区 map (PDF)" : "Print it on A4 (PDF)");
  cmd.add_option("--html", o.html, plan ? "The plan and its karte page as a printable A4 page" : "As a printable A4 page");
  if (!plan) return;
  cmd.add_option("--roads", o.roads, "Road file drawn under the 地区 map (OSM PBF, GeoJSON, GeoPackage …)");
  cmd.add_flag("--no-map", o.no_map, "Leave the A3 地区 map out of the PDF");
  add_karte_live_options(cmd, o.live);
}

void print_document(const Context& context, DocumentKind kind, const std::string& owner_arg,
                    std::optional<int> version, const DocumentPrintOptions& o) {
  require_extension(o.pdf, "--pdf", ".pdf");
  require_extension(o.html, "--html", ".html");
  auto access = open_karte(context, o.live);
  auto& store = *access.store;
  const auto document = services::document_version(store, kind, owner_arg, version);
  const auto owner = services::find_document_owner(store, kind, owner_arg);
  report::DocumentPrint print{kind, owner.name, document, nullptr, ""};
  std::optional<report::KarteProfile> profile;
  std::vector<map::MapScene> scenes;
  if (kind == DocumentKind::kDistrictPlan) {
    try {
      profile = report::karte_profile(store, owner.code, "", access.live);
      print.karte = &*profile->karte;
    } catch (const NotFoundError&) {
      // No karte imported for the 地区: the plan prints with its citations as 不明 and says the karte is missing.
    }
    if (profile) print.appendix_html = report::karte_section_html(*profile);
    if (!o.pdf.empty() && !o.no_map) {
      StderrProgress progress(context);
      const services::WardMapRequest request{access.live.today, o.roads, {}, {owner.code}};
      try {
        scenes = services::district_map_scenes(store, request, progress);
      } catch (const NotFoundError&) {
        throw;
      } catch (const InputError& e) {
        // A 地区 without a boundary: the plan can still go to its 会議, without the map.
        throw InputError(e.file(), e.line(), e.field().empty() ? "DISTRICT" : e.field(),
                         e.message() + "（--no-map で地図なしで印刷できます）");
      }
    }
  }
  const auto html = report::document_html(print);
  nlohmann::json written;
  if (!o.html.empty()) {
    services::write_file(o.html, html);
    written["html"] = o.html.string();
  }
  if (!o.pdf.empty()) {
    std::vector<render::PrintedPart> parts{{render::PageFormat{}, html, {}, {}}};
    if (!scenes.empty()) parts.push_back({{render::PageFormat::Size::kA3, true, 10}, "", {}, scenes});
    services::write_file(o.pdf, render::bound_pdf(parts, report::document_print_title(print)));
    written["pdf"] = o.pdf.string();
  }
  if (context.json) {
    written["version"] = document.version;
    written["karte"] = profile ? nlohmann::json(profile->karte->edition) : nlohmann::json(nullptr);
    written["map"] = !scenes.empty();
    std::cout << written.dump() << "\n";
    return;
  }
  std::cout << report::document_print_title(print) << " 第" << document.version << "版（"
            << document_status_label(document.status) << "）";
  if (!o.html.empty()) std::cout << " " << o.html.string();
  if (!o.pdf.empty()) std::cout << " " << o.pdf.string();
  if (kind == DocumentKind::kDistrictPlan) {
    std::cout << (profile ? "（防災カルテ 版 " + profile->karte->edition + "）" : "（防災カルテ未取込）");
    if (!o.pdf.empty()) std::cout << (scenes.empty() ? "（地図なし）" : "（A3 地区地図つき）");
  }
  std::cout << "\n";
}

void print_cited_figures(std::ostream& out, const store::StoredDocument& plan, const DistrictKarte* karte) {
  const auto cited = documents::karte_citations(documents::read_sections(plan.body, "", 1, DocumentKind::kDistrictPlan));
  if (cited.empty()) return;
  out << "\n引用している防災カルテの数値" << (karte ? "（版 " + karte->edition + "）" : "（カルテ未取込: すべて不明）")
      << "\n";
  for (const auto& section : cited) {
    for (const auto* spec : section.figures) {
      const KarteFigure* f = karte ? karte->find(spec->key) : nullptr;
      out << "#" << section.section_id << "\t" << spec->label << "\t"
          << (f ? format_karte_value(spec->kind, f->value) + "\t" + f->source + "\t" + f->as_of : std::string("不明"))
          << "\n";
    }
  }
}

}  // namespace bosai::cli
