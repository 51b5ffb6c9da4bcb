#pragma once
#include "services/drill_run.h"

#include <iosfwd>

namespace bosai::cli {

// What a step released, as the room hears it (the synopses, with the drill time and clock), and what the
// re-plans changed: who now goes where, who is left without a place.
void print_step(std::ostream& out, store::Store& store, long id, const services::DrillStep& step);

// The drill's state. The player view shows what the room may know: the injects out so far, the world as it
// stands, the decisions logged. The controller view adds each inject's expected response, what is still to
// come (the MSEL), the contingencies armed and the objectives with their ratings.
void print_status(std::ostream& out, const services::DrillState& state, bool controller);

// 18:10（0:40）: the drill's clock in JST and its drill time.
std::string drill_clock_text(const services::DrillState& state, int minute);

}  // namespace bosai::cli
