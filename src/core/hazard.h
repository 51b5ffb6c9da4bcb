#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bosai {

// The 8 hazards a 指定緊急避難場所 is designated for (災害対策基本法施行令), in the GSI / Digital Agency column order.
enum class Hazard : std::uint8_t {
  kFlood,        // 洪水
  kLandslide,    // 崖崩れ、土石流及び地滑り
  kStormSurge,   // 高潮
  kEarthquake,   // 地震
  kTsunami,      // 津波
  kLargeFire,    // 大規模な火事
  kInlandFlood,  // 内水氾濫
  kVolcano,      // 火山現象
};

inline constexpr std::array<Hazard, 8> kAllHazards = {Hazard::kFlood,      Hazard::kLandslide, Hazard::kStormSurge,
                                                      Hazard::kEarthquake, Hazard::kTsunami,   Hazard::kLargeFire,
                                                      Hazard::kInlandFlood, Hazard::kVolcano};

// The column heading GSI uses (also the Japanese label we print).
std::string_view hazard_label(Hazard h);
// A stable ASCII key for JSON output: flood, landslide, storm_surge, earthquake, tsunami, large_fire,
// inland_flood, volcano.
std::string_view hazard_key(Hazard h);

// Which hazards a site is designated for, as a bit set (bit i = kAllHazards[i]); stored as one integer.
struct HazardSet {
  std::uint8_t bits = 0;

  bool has(Hazard h) const { return bits & (1u << static_cast<unsigned>(h)); }
  void set(Hazard h, bool on = true) {
    const auto bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(h));
    bits = on ? static_cast<std::uint8_t>(bits | bit) : static_cast<std::uint8_t>(bits & ~bit);
  }
  bool empty() const { return bits == 0; }
  bool operator==(const HazardSet&) const = default;
};

}  // namespace bosai
