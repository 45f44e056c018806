#pragma once
// Arc topology for the packer: polygons as rings of shared arcs, so simplifying each arc once
// keeps neighbouring borders identical (no gaps, no slivers).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/polygon.hpp"

namespace mapgen {

using wiremap::geo::PointD;

/// A ring as arc references: i >= 0 is arc i forwards, ~i (negative) is arc i reversed.
using ArcRing = std::vector<int>;
using ArcPolygon = std::vector<ArcRing>;  // outer ring first, then holes

struct TopoFeature {
  nlohmann::json properties;
  std::string id;  // TopoJSON id (ISO numeric for world-atlas), may be empty
  std::vector<ArcPolygon> polygons;
};

struct Topology {
  std::vector<std::vector<PointD>> arcs;  // degrees
  std::vector<TopoFeature> features;
};

/// Decodes one object of a (quantized, delta-encoded) TopoJSON topology.
Topology decodeTopoJson(const nlohmann::json& topo, const std::string& object);

/// Builds a topology from GeoJSON (Multi)Polygon features: rings are cut at junctions
/// (vertices with more than two distinct neighbours) and identical pieces are shared.
Topology buildTopology(const nlohmann::json& featureCollection);

/// Simplifies each arc once (Douglas-Peucker, end points kept).
std::vector<std::vector<PointD>> simplifyArcs(const Topology& t, double tolerance);

/// Assembles a ring from (simplified) arcs; no repeated closing point; empty if degenerate.
wiremap::geo::Ring assembleRing(const std::vector<std::vector<PointD>>& arcs, const ArcRing& ring);

}  // namespace mapgen
