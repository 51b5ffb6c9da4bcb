#include "routing/way_access.h"

#include <gtest/gtest.h>

namespace bosai::routing {
namespace {

geo::LineFeature way(std::initializer_list<std::pair<const char*, const char*>> tags) {
  geo::LineFeature f;
  for (const auto& [k, v] : tags) f.tags.emplace(k, v);
  return f;
}

// Real OSM maxspeed values: units, zone codes, several values, and words that carry no number.
TEST(WayAccess, ReadsMaxspeedAsOsmWritesIt) {
  EXPECT_DOUBLE_EQ(*parse_maxspeed("50"), 50);
  EXPECT_NEAR(*parse_maxspeed("50 mph"), 80.47, 0.01);
  EXPECT_NEAR(*parse_maxspeed("10 knots"), 18.52, 0.01);
  EXPECT_DOUBLE_EQ(*parse_maxspeed("RU:urban"), 50);
  EXPECT_DOUBLE_EQ(*parse_maxspeed("DE:rural"), 90);
  EXPECT_DOUBLE_EQ(*parse_maxspeed("50;30"), 30);
  EXPECT_DOUBLE_EQ(*parse_maxspeed("walk"), 7);
  for (const char* none : {"none", "signals", "variable", "", "fast", "0"}) EXPECT_FALSE(parse_maxspeed(none)) << none;
}

TEST(WayAccess, ReadsWidthInMetres) {
  EXPECT_DOUBLE_EQ(*parse_width_m("2.5"), 2.5);
  EXPECT_DOUBLE_EQ(*parse_width_m("2,5 m"), 2.5);
  EXPECT_DOUBLE_EQ(*parse_width_m("80 cm"), 0.8);
  EXPECT_NEAR(*parse_width_m("3'"), 0.914, 0.001);
  EXPECT_FALSE(parse_width_m("narrow"));
}

TEST(WayAccess, ReadsMergedHighwayLists) {
  EXPECT_EQ(highway_classes("['unclassified', 'residential']"), (std::vector<std::string>{"unclassified", "residential"}));
  EXPECT_EQ(highway_classes("(2:footway,residential)"), (std::vector<std::string>{"footway", "residential"}));
  EXPECT_EQ(highway_classes("Primary"), (std::vector<std::string>{"primary"}));
  // A merged footway+residential way is drivable through its residential part.
  EXPECT_TRUE(way_access(way({{"highway", "['footway', 'residential']"}}), Profile::kVehicle).usable());
}

TEST(WayAccess, VehicleDirections) {
  auto car = [](std::initializer_list<std::pair<const char*, const char*>> tags) {
    const WayAccess a = way_access(way(tags), Profile::kVehicle);
    return std::pair{a.forward, a.backward};
  };
  EXPECT_EQ(car({{"highway", "residential"}}), std::pair(true, true));
  EXPECT_EQ(car({{"highway", "residential"}, {"oneway", "yes"}}), std::pair(true, false));
  EXPECT_EQ(car({{"highway", "residential"}, {"oneway", "True"}}), std::pair(true, false));
  EXPECT_EQ(car({{"highway", "residential"}, {"oneway", "-1"}}), std::pair(false, true));
  EXPECT_EQ(car({{"highway", "primary"}, {"junction", "roundabout"}}), std::pair(true, false));
  EXPECT_EQ(car({{"highway", "motorway"}}), std::pair(true, false));
  EXPECT_EQ(car({{"highway", "motorway"}, {"oneway", "no"}}), std::pair(true, true));
  EXPECT_EQ(car({{"highway", "residential"}, {"oneway", "reversible"}}), std::pair(false, false));
  for (const char* no : {"footway", "path", "steps", "pedestrian", "cycleway", "construction"}) {
    EXPECT_EQ(car({{"highway", no}}), std::pair(false, false)) << no;
  }
  EXPECT_EQ(car({{"highway", "service"}, {"access", "private"}}), std::pair(false, false));
  EXPECT_EQ(car({{"highway", "service"}, {"access", "no"}, {"motor_vehicle", "yes"}}), std::pair(true, true));
  EXPECT_DOUBLE_EQ(way_access(way({{"highway", "primary"}, {"maxspeed", "60"}}), Profile::kVehicle).speed_kmh, 60);
  EXPECT_GT(way_access(way({{"highway", "primary"}, {"maxspeed", "signals"}}), Profile::kVehicle).speed_kmh, 0);
}

TEST(WayAccess, PeopleOnFootIgnoreOnewayAndWheelchairsAvoidStepsAndNarrowWays) {
  const WayAccess walk = way_access(way({{"highway", "residential"}, {"oneway", "yes"}}), Profile::kWalk);
  EXPECT_TRUE(walk.forward && walk.backward);
  EXPECT_TRUE(way_access(way({{"highway", "steps"}}), Profile::kWalk).usable());
  EXPECT_FALSE(way_access(way({{"highway", "steps"}}), Profile::kWheelchair).usable());
  EXPECT_TRUE(way_access(way({{"highway", "steps"}, {"ramp:wheelchair", "yes"}}), Profile::kWheelchair).usable());
  EXPECT_FALSE(way_access(way({{"highway", "footway"}, {"width", "0.6"}}), Profile::kWheelchair).usable());
  EXPECT_TRUE(way_access(way({{"highway", "footway"}, {"width", "0.6"}}), Profile::kWalk).usable());
  EXPECT_TRUE(way_access(way({{"highway", "footway"}, {"width", "1.2"}}), Profile::kWheelchair).usable());
  EXPECT_FALSE(way_access(way({{"highway", "motorway"}}), Profile::kWalk).usable());
  EXPECT_FALSE(way_access(way({{"highway", "footway"}, {"foot", "no"}}), Profile::kWalk).usable());
  EXPECT_FALSE(way_access(way({{"highway", "pedestrian"}, {"area", "yes"}}), Profile::kWalk).usable());
  EXPECT_FALSE(way_access(way({{"railway", "rail"}}), Profile::kWalk).usable());
}

}  // namespace
}  // namespace bosai::routing
