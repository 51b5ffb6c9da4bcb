// Protects the DIMACS readers: every malformed line must be reported with its file and line, and
// well-formed files must become the intended flow problem (1-based ids, assignment as unit supplies).
#include "core/error.h"
#include "routing/flow/dimacs_reader.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace flow = bosai::routing::flow;
using bosai::test::TempDir;
using bosai::test::write_file;

namespace {

// The message the reader gives for `text`, or "" when it reads fine.
std::string error_for(const std::string& text, const std::string& name = "bad.min") {
  TempDir dir;
  write_file(dir / name, text);
  try {
    flow::read_dimacs(dir / name);
  } catch (const bosai::InputError& e) {
    return std::to_string(e.line()) + ": " + e.field();
  }
  return "";
}

}  // namespace

TEST(DimacsReader, ReadsMinWithLowerBoundsAndComments) {
  TempDir dir;
  write_file(dir / "x.min", "c example\r\np min 3 2\nn 1 4\nn 3 -4\n\na 1 2 -1 5 7\na 2 3 0 9 -2\n");
  const auto p = flow::read_dimacs_min(dir / "x.min");
  EXPECT_EQ(p.supply, (std::vector<flow::FlowAmount>{4, 0, -4}));
  ASSERT_EQ(p.arcs.size(), 2u);
  EXPECT_EQ(p.arcs[0].from, 0);
  EXPECT_EQ(p.arcs[0].to, 1);
  EXPECT_EQ(p.arcs[0].lower, -1);
  EXPECT_EQ(p.arcs[0].upper, 5);
  EXPECT_EQ(p.arcs[0].cost, 7);
  EXPECT_EQ(p.arcs[1].cost, -2);
}

TEST(DimacsReader, AssignmentBecomesUnitSuppliesAndDemands) {
  TempDir dir;
  write_file(dir / "x.asn", "p asn 4 3\nn 1\nn 2\na 1 3 5\na 1 4 -1\na 2 4 2\n");
  const auto p = flow::read_dimacs_asn(dir / "x.asn");
  EXPECT_EQ(p.supply, (std::vector<flow::FlowAmount>{1, 1, -1, -1}));
  ASSERT_EQ(p.arcs.size(), 3u);
  EXPECT_EQ(p.arcs[1].upper, 1);
  EXPECT_EQ(p.arcs[1].cost, -1);
}

TEST(DimacsReader, NamesTheLineOfEachMalformedInput) {
  EXPECT_EQ(error_for(""), "1: problem line");
  EXPECT_EQ(error_for("c only\n"), "1: problem line");
  EXPECT_EQ(error_for("p max 2 1\n"), "1: problem type");
  EXPECT_EQ(error_for("p min 2\n"), "1: p line");
  EXPECT_EQ(error_for("p min -2 0\n"), "1: nodes");
  EXPECT_EQ(error_for("p min two 0\n"), "1: nodes");
  EXPECT_EQ(error_for("a 1 2 0 1 1\np min 2 1\n"), "1: a line");
  EXPECT_EQ(error_for("p min 2 1\np min 2 1\n"), "2: problem line");
  EXPECT_EQ(error_for("p min 2 1\nx 1 2\n"), "2: line type");
  EXPECT_EQ(error_for("p min 2 1\nn 3 1\n"), "2: node");
  EXPECT_EQ(error_for("p min 2 1\nn 1 1\nn 1 2\n"), "3: node");
  EXPECT_EQ(error_for("p min 2 1\nn 1\n"), "2: n line");
  EXPECT_EQ(error_for("p min 2 1\nn 1 x\n"), "2: supply");
  EXPECT_EQ(error_for("p min 2 1\na 1 2 0 1\n"), "2: a line");
  EXPECT_EQ(error_for("p min 2 1\na 0 2 0 1 1\n"), "2: source");
  EXPECT_EQ(error_for("p min 2 1\na 1 9 0 1 1\n"), "2: target");
  EXPECT_EQ(error_for("p min 2 1\na 1 2 0 1.5 1\n"), "2: capacity");
  EXPECT_EQ(error_for("p min 2 1\na 1 2 0 1 99999999999999999999\n"), "2: cost");
  EXPECT_EQ(error_for("p min 2 1\na 1 2 0 1 1\nn 1 1\n"), "3: n line");
  EXPECT_EQ(error_for("p min 2 2\na 1 2 0 1 1\n"), "1: arcs");
  EXPECT_EQ(error_for("p min 2 1\na 1 2 0 1 1\na 2 1 0 1 1\n"), "3: a line");
  EXPECT_EQ(error_for("p asn 2 1\nn 1\na 2 1 3\n", "bad.asn"), "3: source");
  EXPECT_EQ(error_for("p asn 3 1\nn 1\nn 2\na 1 2 3\n", "bad.asn"), "4: target");
  EXPECT_EQ(error_for("p asn 2 1\nn 1\na 1 2\n", "bad.asn"), "3: a line");
  EXPECT_EQ(error_for("p asn 2 1\nn 1 5\n", "bad.asn"), "2: n line");
  EXPECT_EQ(error_for("p min 2 1\nn 1 1\nn 2 -1\na 1 2 0 1 1\n"), "");
}

TEST(DimacsReader, KindMustMatchTheCaller) {
  TempDir dir;
  write_file(dir / "x.asn", "p asn 2 1\nn 1\na 1 2 5\n");
  EXPECT_THROW(flow::read_dimacs_min(dir / "x.asn"), bosai::InputError);
  EXPECT_EQ(flow::read_dimacs(dir / "x.asn").kind, flow::DimacsKind::asn);
}

TEST(DimacsReader, MissingFileIsBadInput) {
  EXPECT_THROW(flow::read_dimacs("/nonexistent/x.min"), bosai::InputError);
}
