#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bosai {

// A shelter's state during an event. History is kept, never overwritten: who opened or closed it, and when,
// is what a debrief and the next drill need.
enum class ShelterStatus { kOpen, kClosed, kDamaged, kFull };

std::string_view shelter_status_label(ShelterStatus s);  // 開設 / 閉鎖 / 被災 / 満員
std::string_view shelter_status_key(ShelterStatus s);    // open / closed / damaged / full
std::optional<ShelterStatus> parse_shelter_status(std::string_view text);

struct StatusChange {
  ShelterStatus status = ShelterStatus::kClosed;
  std::string changed_by;
  std::string changed_at;  // ISO 8601 UTC, e.g. 2026-11-23T11:20:30Z
  std::string note;
};

}  // namespace bosai
