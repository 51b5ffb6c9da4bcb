#include "report/overview.h"

#include "report/html_escape.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace bosai::report {
namespace {

constexpr double kMapWidth = 680;
constexpr double kMapHeight = 520;
constexpr double kMargin = 12;

// Marker colour and shape per kind (colour-blind safe palette; shape differs too, for black-and-white print).
struct KindStyle {
  const char* colour;
  const char* shape;  // circle, square, triangle, diamond
};

KindStyle style_of(ShelterKind k) {
  switch (k) {
    case ShelterKind::kGatheringPoint: return {"#009E73", "circle"};
    case ShelterKind::kDesignated: return {"#0072B2", "square"};
    case ShelterKind::kReserve: return {"#56B4E9", "square"};
    case ShelterKind::kWelfare: return {"#CC79A7", "diamond"};
    case ShelterKind::kWideArea: return {"#E69F00", "triangle"};
    case ShelterKind::kEmergencySite: return {"#D55E00", "triangle"};
  }
  return {"#000000", "circle"};
}

std::string marker(ShelterKind k, double x, double y, double r) {
  const auto s = style_of(k);
  std::ostringstream m;
  m.precision(5);
  m << std::fixed;
  const std::string shape = s.shape;
  if (shape == "circle") {
    m << "<circle cx=\"" << x << "\" cy=\"" << y << "\" r=\"" << r << "\"";
  } else if (shape == "square") {
    m << "<rect x=\"" << x - r << "\" y=\"" << y - r << "\" width=\"" << 2 * r << "\" height=\"" << 2 * r << "\"";
  } else if (shape == "diamond") {
    m << "<polygon points=\"" << x << "," << y - r * 1.3 << " " << x + r * 1.3 << "," << y << " " << x << ","
      << y + r * 1.3 << " " << x - r * 1.3 << "," << y << "\"";
  } else {
    m << "<polygon points=\"" << x << "," << y - r * 1.3 << " " << x + r * 1.2 << "," << y + r << " " << x - r * 1.2
      << "," << y + r << "\"";
  }
  m << " fill=\"" << s.colour << "\" stroke=\"#fff\" stroke-width=\"0.6\"/>";
  return m.str();
}

// Equirectangular projection scaled by cos(latitude): exact enough at ward scale and needs no library.
class Projection {
 public:
  Projection(double min_lat, double max_lat, double min_lon, double max_lon) : min_lon_(min_lon), max_lat_(max_lat) {
    kx_ = std::cos((min_lat + max_lat) / 2 * M_PI / 180);
    const double w = std::max((max_lon - min_lon) * kx_, 1e-9);
    const double h = std::max(max_lat - min_lat, 1e-9);
    scale_ = std::min((kMapWidth - 2 * kMargin) / w, (kMapHeight - 2 * kMargin) / h);
  }
  double x(double lon) const { return kMargin + (lon - min_lon_) * kx_ * scale_; }
  double y(double lat) const { return kMargin + (max_lat_ - lat) * scale_; }

 private:
  double min_lon_, max_lat_, kx_ = 1, scale_ = 1;
};

void for_each_ring(const std::string& boundary, const std::function<void(const nlohmann::json&)>& visit) {
  if (boundary.empty()) return;
  const auto g = nlohmann::json::parse(boundary, nullptr, false);
  if (g.is_discarded() || !g.contains("coordinates")) return;
  if (g.value("type", "") == "Polygon") {
    for (const auto& ring : g["coordinates"]) visit(ring);
  } else {
    for (const auto& poly : g["coordinates"]) {
      for (const auto& ring : poly) visit(ring);
    }
  }
}

std::string map_svg(const std::vector<Shelter>& shelters, const std::vector<District>& districts) {
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  auto extend = [&](double lat, double lon) {
    min_lat = std::min(min_lat, lat);
    max_lat = std::max(max_lat, lat);
    min_lon = std::min(min_lon, lon);
    max_lon = std::max(max_lon, lon);
  };
  for (const auto& s : shelters) extend(s.position.lat, s.position.lon);
  for (const auto& d : districts) {
    for_each_ring(d.boundary, [&](const nlohmann::json& ring) {
      for (const auto& c : ring) extend(c[1].get<double>(), c[0].get<double>());
    });
  }
  std::ostringstream svg;
  svg << "<svg class=\"map\" viewBox=\"0 0 " << kMapWidth << " " << kMapHeight
      << "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"避難所の位置（種別ごと）\">\n";
  if (min_lat > max_lat) return svg.str() + "<text x=\"20\" y=\"40\">避難所が登録されていません</text></svg>\n";
  const Projection p(min_lat, max_lat, min_lon, max_lon);
  svg.precision(5);
  svg << std::fixed;
  for (const auto& d : districts) {
    double sx = 0, sy = 0;
    long n = 0;
    for_each_ring(d.boundary, [&](const nlohmann::json& ring) {
      svg << "<polygon class=\"district\" points=\"";
      for (const auto& c : ring) {
        const double x = p.x(c[0].get<double>()), y = p.y(c[1].get<double>());
        svg << x << "," << y << " ";
        sx += x;
        sy += y;
        ++n;
      }
      svg << "\"/>\n";
    });
    if (n > 0) {
      svg << "<text class=\"label\" x=\"" << sx / static_cast<double>(n) << "\" y=\"" << sy / static_cast<double>(n)
          << "\">" << html_escape(d.name) << "</text>\n";
    }
  }
  // Larger, rarer kinds last so they stay visible on top.
  for (auto k : {ShelterKind::kGatheringPoint, ShelterKind::kEmergencySite, ShelterKind::kReserve,
                 ShelterKind::kDesignated, ShelterKind::kWelfare, ShelterKind::kWideArea}) {
    for (const auto& s : shelters) {
      if (s.kind == k) {
        svg << marker(k, p.x(s.position.lon), p.y(s.position.lat), 3.2) << "<!-- " << html_escape(s.id) << " -->\n";
      }
    }
  }
  return svg.str() + "</svg>\n";
}

void table_row(std::ostringstream& html, const DistrictShelterSummary& d, bool total) {
  html << (total ? "<tr class=\"total\">" : "<tr>") << "<th>" << html_escape(d.name) << "</th>";
  for (long n : d.by_kind) html << "<td>" << n << "</td>";
  html << "<td>" << d.capacity();
  if (d.capacity_estimated > 0) html << "<br><small>うち推計 " << d.capacity_estimated << "</small>";
  html << "</td><td>" << d.infection_control_capacity() << "</td><td>" << d.without_capacity << "</td></tr>\n";
}

}  // namespace

std::string overview_html(const ShelterSummary& summary, const std::vector<Shelter>& all_shelters,
                          const std::vector<District>& districts) {
  std::vector<Shelter> shelters;
  for (const auto& s : all_shelters) {
    if (in_effect(s, summary.as_of)) shelters.push_back(s);
  }
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>避難所概況 — "
       << html_escape(summary.ward_name) << "</title>\n<style>\n"
       << "@page { size: A4; margin: 12mm; }\n"
          "body { font-family: 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 9pt; margin: 0; }\n"
          "h1 { font-size: 15pt; margin: 0 0 2mm; } .meta { margin: 0 0 3mm; color: #333; }\n"
          "table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #888; padding: 0.6mm 1.2mm; }\n"
          "td { text-align: right; } thead th { background: #eee; font-weight: normal; font-size: 8pt; }\n"
          "tr.total { font-weight: bold; background: #f4f4f4; }\n"
          ".map { width: 100%; height: auto; border: 1px solid #888; margin-top: 3mm; page-break-inside: avoid; }\n"
          ".district { fill: #fafafa; stroke: #999; stroke-width: 0.7; } .label { font-size: 8px; fill: #666; "
          "text-anchor: middle; }\n"
          ".legend span { margin-right: 4mm; white-space: nowrap; } .note { font-size: 8pt; color: #333; }\n"
          "</style>\n</head>\n<body>\n";
  html << "<h1>避難所概況 — " << html_escape(summary.ward_name) << "</h1>\n<p class=\"meta\">"
       << html_escape(summary.as_of) << " 時点で有効な避難所 " << shelters.size() << " か所</p>\n";
  html << "<table>\n<thead><tr><th>地区</th>";
  for (auto k : kAllShelterKinds) html << "<th>" << html_escape(std::string(shelter_kind_label(k))) << "</th>";
  html << "<th>収容人数</th><th>感染症対策時</th><th>収容人数<br>未設定</th></tr></thead>\n<tbody>\n";
  for (const auto& d : summary.districts) table_row(html, d, false);
  table_row(html, summary.total, true);
  html << "</tbody>\n</table>\n" << map_svg(shelters, districts) << "<p class=\"legend\">";
  for (auto k : kAllShelterKinds) {
    html << "<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">" << marker(k, 6, 6, 4) << "</svg> "
         << html_escape(std::string(shelter_kind_label(k))) << "</span>";
  }
  html << "</p>\n<p class=\"note\">収容人数は指定避難所・福祉避難所・予備避難所の合計（公表値・運営委員会の人数と、"
          "床面積÷3.3m²による推計を区別して表示）。感染症対策時はその約1/3。</p>\n";
  const bool gsi = std::any_of(shelters.begin(), shelters.end(), [](const Shelter& s) {
    return !s.id.empty() && s.id[0] == 'E' && s.source_no;
  });
  if (gsi) html << "<p class=\"note\">出典：国土地理院 指定緊急避難場所・指定避難所データ</p>\n";
  html << "</body>\n</html>\n";
  return html.str();
}

}  // namespace bosai::report
