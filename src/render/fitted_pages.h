#pragma once
#include "render/page_format.h"

#include <string>
#include <vector>

namespace bosai::render {

// Each HTML fragment on a page of its own, in the largest type that fits it there: a first-action card is
// read standing, in a dark gym, by someone who has never seen it, so its type is as big as the card allows.
// The base size goes down from `largest_pt` a point at a time; sizes inside the fragment should be relative
// (h1, font-size: x-large) so they shrink with it. A fragment that does not fit even at `smallest_pt` runs on
// to further pages rather than being cut at the edge. Text is searchable (write_pdf).
std::string fitted_pages_pdf(const std::vector<std::string>& pages, const std::string& title,
                             const PageFormat& format, double largest_pt, double smallest_pt);

}  // namespace bosai::render
