#pragma once
#include "cli/context.h"
#include "cli/karte_access.h"
#include "core/document_kind.h"
#include "core/karte.h"
#include "store/document_repository.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace bosai::cli {

// `plan show --pdf|--html`, `manual show --pdf|--html`: a version printed on A4. A plan is printed with what a
// 会議 reads it beside: its karte figures where it cites them, its 地区's karte page, and (PDF) the A3 地区 map.
struct DocumentPrintOptions {
  std::filesystem::path pdf;
  std::filesystem::path html;
  std::optional<std::filesystem::path> roads;  // plan: the map's base (any GDAL line file)
  bool no_map = false;                         // plan: leave the A3 map out
  KarteLiveOptions live;                       // plan: --today (shelters on the map and counted), --weights
  bool wanted() const { return !pdf.empty() || !html.empty(); }
};
void add_document_print_options(CLI::App& cmd, DocumentKind kind, DocumentPrintOptions& options);

// Writes the files asked for (each whole or not at all) and says what was written.
void print_document(const Context& context, DocumentKind kind, const std::string& owner, std::optional<int> version,
                    const DocumentPrintOptions& options);

// After a plan's text in the terminal: the karte figures it cites, with 出典 and 時点 (nothing when none).
void print_cited_figures(std::ostream& out, const store::StoredDocument& plan, const DistrictKarte* karte);

}  // namespace bosai::cli
