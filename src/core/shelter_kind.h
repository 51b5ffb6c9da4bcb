#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bosai {

// The places people go (docs domain primer, "Places people go"). A record is one designation: a school can be a
// 指定避難所 and a 指定緊急避難場所 at once, as two records with two GSI 共通ID.
enum class ShelterKind {
  kGatheringPoint,  // 一時集合所: neighbourhood gathering point (park, open space)
  kDesignated,      // 指定避難所: mostly ward schools
  kReserve,         // 予備避難所: private or other facilities by agreement (協定)
  kWelfare,         // 福祉避難所: opened secondarily, people are referred (受入対象者)
  kWideArea,        // 広域避難場所: Tokyo-designated large open areas for city fires
  kEmergencySite,   // 指定緊急避難場所: flagged per hazard
};

inline constexpr std::array<ShelterKind, 6> kAllShelterKinds = {
    ShelterKind::kGatheringPoint, ShelterKind::kDesignated, ShelterKind::kReserve,
    ShelterKind::kWelfare,        ShelterKind::kWideArea,   ShelterKind::kEmergencySite};

std::string_view shelter_kind_label(ShelterKind k);  // 指定避難所 …
std::string_view shelter_kind_key(ShelterKind k);    // designated … (database, JSON, --kind)
// Accepts either the Japanese label or the key.
std::optional<ShelterKind> parse_shelter_kind(std::string_view text);

}  // namespace bosai
