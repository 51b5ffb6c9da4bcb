#include "road_fixtures.h"
#include "core/error.h"
#include "routing/closures.h"
#include "routing/distances.h"
#include "routing/route.h"
#include "routing/snapper.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai::routing::test {
namespace {

using bosai::test::TempDir;
using bosai::test::write_file;

// A→C is 200 m via B; via D it is 250 m (D–A is a 150 m road), so closing anything near B shows.
class ClosuresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    roads_ = square_block();
    roads_[3].length = 150;
    write_file(dir_ / "block.geojson", roads_geojson(roads_));
    graph_ = load_road_graph(dir_ / "block.geojson", Profile::kWalk, no_cache());
    Snapper snapper(graph_);
    a_ = snapper.snap({roads_[0].lon_lat[0].second, roads_[0].lon_lat[0].first});
    c_ = snapper.snap({roads_[1].lon_lat[1].second, roads_[1].lon_lat[1].first});
  }
  Area around_b() const {
    const auto [bx, by] = roads_[0].lon_lat[1];
    Area area("around B");
    area.add_polygon({{by - 1e-4, bx - 1e-4}, {by - 1e-4, bx + 1e-4}, {by + 1e-4, bx + 1e-4}, {by + 1e-4, bx - 1e-4},
                      {by - 1e-4, bx - 1e-4}});
    return area;
  }
  double a_to_c(const Closures& closures) const { return shortest_route(graph_, a_, c_, Metric::kMetres, &closures).distance_m; }

  TempDir dir_;
  std::vector<Road> roads_;
  RoadGraph graph_;
  SnappedPoint a_, c_;
};

TEST_F(ClosuresTest, ClosingAnEdgeOnTheRouteDivertsItAndReopeningRestoresIt) {
  Closures closures(graph_);
  ASSERT_DOUBLE_EQ(a_to_c(closures), 200);
  const Route before = shortest_route(graph_, a_, c_, Metric::kMetres, &closures);
  closures.close_edge(before.edges.front());
  EXPECT_DOUBLE_EQ(a_to_c(closures), 250);
  EXPECT_EQ(closures.closed_count(), 1u);
  // Only that direction is closed: C→A still comes back through B.
  EXPECT_DOUBLE_EQ(shortest_route(graph_, c_, a_, Metric::kMetres, &closures).distance_m, 200);
  closures.reopen_edge(before.edges.front());
  EXPECT_DOUBLE_EQ(a_to_c(closures), 200);
}

TEST_F(ClosuresTest, AnAreaClosesEveryRoadTouchingIt) {
  Closures closures(graph_);
  EXPECT_EQ(closures.close_area(around_b()), 6u);  // A–B, B–C and B–E, both ways
  EXPECT_DOUBLE_EQ(a_to_c(closures), 250);
  const std::vector<SnappedPoint> targets{c_};
  EXPECT_EQ(one_to_many(graph_, a_, targets, Metric::kMetres, &closures)[0], 250);
  EXPECT_EQ(closures.close_area(around_b()), 0u) << "closing twice closes nothing new";
  closures.reopen_all();
  EXPECT_DOUBLE_EQ(a_to_c(closures), 200);
}

// Someone at B when the area around B burns leaves by the nearest road still open, not by a closed road
// that would make every shelter unreachable.
TEST_F(ClosuresTest, SnappingWithClosuresJoinsTheNearestOpenRoad) {
  Closures closures(graph_);
  closures.close_area(around_b());
  Snapper snapper(graph_);
  const auto [bx, by] = roads_[0].lon_lat[1];
  const GeoPoint at_b{by, bx};
  const SnappedPoint plain = snapper.snap(at_b);
  EXPECT_TRUE(plain.on_node());
  EXPECT_FALSE(shortest_route(graph_, plain, c_, Metric::kMetres, &closures).found);

  const SnappedPoint open = snapper.snap(at_b, &closures);
  EXPECT_GT(open.offset_m, 50) << "the open roads are about 100 m from B";
  const Route out = shortest_route(graph_, open, c_, Metric::kMetres, &closures);
  EXPECT_TRUE(out.found);
  for (EdgeId e : out.edges) EXPECT_FALSE(closures.is_closed(e));

  for (EdgeId e = 0; e < graph_.edge_count(); ++e) closures.close_edge(e);
  EXPECT_THROW(snapper.snap(at_b, &closures), InputError);
}

TEST_F(ClosuresTest, EverythingClosedMeansUnreachableNotZero) {
  Closures closures(graph_);
  for (EdgeId e = 0; e < graph_.edge_count(); ++e) closures.close_edge(e);
  const Route r = shortest_route(graph_, a_, c_, Metric::kMetres, &closures);
  EXPECT_FALSE(r.found);
  EXPECT_TRUE(r.geometry.empty());
  const std::vector<SnappedPoint> targets{c_, a_};
  const Matrix m = many_to_many(graph_, targets, targets, Metric::kSeconds, &closures);
  EXPECT_FALSE(m.reachable(0, 1));
  EXPECT_EQ(m(0, 0), 0);  // staying put needs no road
}

}  // namespace
}  // namespace bosai::routing::test
