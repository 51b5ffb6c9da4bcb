#pragma once
#include "core/tally_drill.h"
#include "services/tally_drills.h"

#include <map>
#include <string>

namespace bosai::report {

// The paper of a sign tally drill (安否確認標識掲出訓練), A4, Japanese.

// The block leaders' form: one page per 町会 with its blocks as listed (班, name, type, households) and empty
// boxes to fill on the round (time, households found, OK, SOS, no sign, called at, initials), with how to count
// at the top. What is written on it is entered as counts.csv or with `bosai tally add`.
std::string tally_form_html(const TallyDrill& drill, const std::map<std::string, std::string>& association_names);

// The figures the results sheet carries where its <img> stand (render::sheet_figure_markup), "" to leave out.
struct TallySheetFigures {
  std::string map;
  std::string over_time;
  std::string year_on_year;
};

// The results: the whole area, each 地区 and dwelling type with last year's figure beside this year's; the
// blocks not yet done; the results map and charts; every block's last report.
std::string tally_results_html(const services::TallyResult& result,
                               const std::map<std::string, std::string>& district_names, const TallySheetFigures& figures);

}  // namespace bosai::report
