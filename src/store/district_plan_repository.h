#pragma once
#include "core/document_status.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// One version of a 地区防災計画: the header's fields in columns (dates compare as text for overdue reviews),
// the body as imported. Every version is kept; the text of a version never changes once stored, only its
// status and, until it is approved, its approval fields.
struct StoredDistrictPlan {
  std::string district_code;
  int version = 0;
  std::string label;
  DocumentStatus status = DocumentStatus::kDraft;
  std::string created_on;
  std::string approved_on;
  std::string approving_body;
  std::string effective_on;
  std::string last_reviewed_on;
  std::string next_review_on;
  std::string body;
  std::string source;       // the file it was imported from
  std::string imported_at;  // UTC
  std::string status_changed_at;  // UTC
};

class DistrictPlanRepository {
 public:
  virtual ~DistrictPlanRepository() = default;

  // Stores `plan` as version (latest + 1) of its 地区 and returns that number.
  virtual int append(const StoredDistrictPlan& plan) = 0;
  virtual std::optional<StoredDistrictPlan> find(const std::string& district_code, int version) const = 0;
  virtual std::vector<StoredDistrictPlan> history(const std::string& district_code) const = 0;
  // Every version of every 地区, by 地区 then version (for the overdue list).
  virtual std::vector<StoredDistrictPlan> all() const = 0;
  // Moves one version to `status`, with its approval date and body when it is approved. The schema refuses a
  // change of text and a second approved version of one 地区.
  virtual void set_status(const std::string& district_code, int version, DocumentStatus status,
                          const std::string& approved_on, const std::string& approving_body,
                          const std::string& changed_at) = 0;
};

}  // namespace bosai::store
