#pragma once

namespace bosai::routing {

// What a query minimises: road distance, or travel time at the profile's speeds.
enum class Metric { kMetres, kSeconds };

}  // namespace bosai::routing
