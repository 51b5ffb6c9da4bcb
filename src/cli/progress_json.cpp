#include "cli/progress_json.h"

namespace bosai::cli {

nlohmann::json progress_json(const people::DistrictProgress& r) {
  return {{"district", r.district_code},
          {"name", r.district_name},
          {"registered", r.registered},
          {"consented_register", r.consented_register},
          {"consented_plan", r.consented_plan},
          {"consented_share", r.consented_share},
          {"with_plan", r.with_plan},
          {"plans", r.plans},
          {"plans_agreed", r.plans_agreed},
          {"plans_overdue", r.plans_overdue},
          {"high_priority", r.high_priority},
          {"high_priority_with_plan", r.high_priority_with_plan}};
}

}  // namespace bosai::cli
