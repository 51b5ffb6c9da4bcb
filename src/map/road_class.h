#pragma once
#include <string_view>

namespace bosai::map {

// How a road is drawn: what a reader needs to tell a trunk road from a lane and a footpath from steps, not the
// routing profile's finer classes.
enum class RoadClass { kMajor, kMinor, kPath, kSteps };

// From an OSM `highway` value (primary, residential, footway, steps …); anything unknown is a minor road.
RoadClass road_class_of(std::string_view highway);

}  // namespace bosai::map
