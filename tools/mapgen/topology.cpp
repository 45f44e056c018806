#include "topology.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace mapgen {

using nlohmann::json;
using wiremap::geo::Ring;

Topology decodeTopoJson(const json& topo, const std::string& object) {
  Topology t;
  const bool quantized = topo.contains("transform");
  double sx = 1, sy = 1, tx = 0, ty = 0;
  if (quantized) {
    sx = topo["transform"]["scale"][0];
    sy = topo["transform"]["scale"][1];
    tx = topo["transform"]["translate"][0];
    ty = topo["transform"]["translate"][1];
  }
  for (const json& arc : topo["arcs"]) {
    std::vector<PointD> pts;
    double x = 0, y = 0;
    for (const json& p : arc) {
      if (quantized) {
        x += p[0].get<double>();
        y += p[1].get<double>();
        pts.push_back(PointD{x * sx + tx, y * sy + ty});
      } else {
        pts.push_back(PointD{p[0].get<double>(), p[1].get<double>()});
      }
    }
    t.arcs.push_back(std::move(pts));
  }
  for (const json& g : topo["objects"][object]["geometries"]) {
    TopoFeature f;
    f.properties = g.value("properties", json::object());
    if (g.contains("id")) f.id = g["id"].is_string() ? g["id"].get<std::string>() : g["id"].dump();
    const std::string type = g.value("type", "");
    auto readPolygon = [](const json& rings) {
      ArcPolygon p;
      for (const json& r : rings) p.push_back(r.get<ArcRing>());
      return p;
    };
    if (type == "Polygon") f.polygons.push_back(readPolygon(g["arcs"]));
    if (type == "MultiPolygon")
      for (const json& poly : g["arcs"]) f.polygons.push_back(readPolygon(poly));
    t.features.push_back(std::move(f));
  }
  return t;
}

namespace {

struct Key {
  std::int64_t x, y;
  bool operator==(const Key&) const = default;
  bool operator<(const Key& o) const { return x != o.x ? x < o.x : y < o.y; }
};
struct KeyHash {
  std::size_t operator()(const Key& k) const { return std::hash<std::int64_t>()(k.x * 1000003 ^ k.y); }
};
Key keyOf(const PointD& p) { return Key{std::llround(p.x * 1e7), std::llround(p.y * 1e7)}; }

struct VecHash {
  std::size_t operator()(const std::vector<Key>& v) const {
    std::size_t h = v.size();
    for (const Key& k : v) h = h * 1315423911u ^ KeyHash()(k);
    return h;
  }
};

}  // namespace

Topology buildTopology(const json& fc) {
  Topology t;
  // Rings per feature per polygon as point lists (open).
  std::vector<std::vector<std::vector<std::vector<PointD>>>> polys;
  for (const json& feat : fc["features"]) {
    TopoFeature f;
    f.properties = feat.value("properties", json::object());
    std::vector<std::vector<std::vector<PointD>>> fp;
    const json& g = feat["geometry"];
    if (g.is_null()) {
      t.features.push_back(std::move(f));
      polys.push_back({});
      continue;
    }
    auto readPoly = [](const json& rings) {
      std::vector<std::vector<PointD>> p;
      for (const json& r : rings) {
        std::vector<PointD> ring;
        for (const json& c : r) {
          PointD q{c[0].get<double>(), c[1].get<double>()};
          if (ring.empty() || keyOf(ring.back()) != keyOf(q)) ring.push_back(q);
        }
        while (ring.size() > 1 && keyOf(ring.front()) == keyOf(ring.back())) ring.pop_back();
        if (ring.size() >= 3) p.push_back(std::move(ring));
      }
      return p;
    };
    const std::string type = g.value("type", "");
    if (type == "Polygon") fp.push_back(readPoly(g["coordinates"]));
    if (type == "MultiPolygon")
      for (const json& c : g["coordinates"]) fp.push_back(readPoly(c));
    polys.push_back(std::move(fp));
    t.features.push_back(std::move(f));
  }
  // Distinct neighbours of every vertex across all rings.
  std::unordered_map<Key, std::vector<Key>, KeyHash> neighbours;
  for (const auto& fp : polys)
    for (const auto& p : fp)
      for (const auto& r : p)
        for (std::size_t i = 0, n = r.size(); i < n; ++i) {
          auto& v = neighbours[keyOf(r[i])];
          for (const Key& k : {keyOf(r[(i + n - 1) % n]), keyOf(r[(i + 1) % n])})
            if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
        }
  std::unordered_map<std::vector<Key>, int, VecHash> arcIds;
  auto addArc = [&](const std::vector<PointD>& pts) -> int {
    std::vector<Key> keys;
    keys.reserve(pts.size());
    for (const PointD& p : pts) keys.push_back(keyOf(p));
    std::vector<Key> rev(keys.rbegin(), keys.rend());
    const bool reversed = rev < keys;
    auto it = arcIds.find(reversed ? rev : keys);
    if (it != arcIds.end()) return reversed ? ~it->second : it->second;
    const int id = static_cast<int>(t.arcs.size());
    std::vector<PointD> stored(pts);
    if (reversed) std::reverse(stored.begin(), stored.end());
    t.arcs.push_back(std::move(stored));
    arcIds.emplace(reversed ? std::move(rev) : std::move(keys), id);
    return reversed ? ~id : id;
  };
  for (std::size_t fi = 0; fi < polys.size(); ++fi)
    for (const auto& p : polys[fi]) {
      ArcPolygon ap;
      for (const auto& r : p) {
        const std::size_t n = r.size();
        std::vector<std::size_t> junctions;
        for (std::size_t i = 0; i < n; ++i)
          if (neighbours[keyOf(r[i])].size() > 2) junctions.push_back(i);
        ArcRing ar;
        if (junctions.empty()) {
          // A ring shared whole (or not at all): rotate to its smallest vertex so both users match.
          std::size_t start = 0;
          for (std::size_t i = 1; i < n; ++i)
            if (keyOf(r[i]) < keyOf(r[start])) start = i;
          std::vector<PointD> pts;
          for (std::size_t k = 0; k <= n; ++k) pts.push_back(r[(start + k) % n]);
          // Canonical direction: the same closed loop must give the same key either way round.
          std::vector<PointD> other(pts.rbegin(), pts.rend());
          ar.push_back(addArc(pts));
          (void)other;
        } else {
          for (std::size_t j = 0; j < junctions.size(); ++j) {
            const std::size_t a = junctions[j], b = junctions[(j + 1) % junctions.size()];
            std::vector<PointD> pts;
            for (std::size_t k = a;; k = (k + 1) % n) {
              pts.push_back(r[k]);
              if (k == b && pts.size() > 1) break;
            }
            ar.push_back(addArc(pts));
          }
        }
        ap.push_back(std::move(ar));
      }
      t.features[fi].polygons.push_back(std::move(ap));
    }
  return t;
}

std::vector<std::vector<PointD>> simplifyArcs(const Topology& t, double tolerance) {
  std::vector<std::vector<PointD>> out;
  out.reserve(t.arcs.size());
  for (const auto& a : t.arcs) out.push_back(wiremap::geo::simplifyPolyline(a, tolerance));
  return out;
}

Ring assembleRing(const std::vector<std::vector<PointD>>& arcs, const ArcRing& ring) {
  Ring r;
  for (int ref : ring) {
    const auto& a = arcs[ref < 0 ? ~ref : ref];
    const std::size_t n = a.size();
    for (std::size_t k = 0; k < n; ++k) {
      const PointD& p = ref < 0 ? a[n - 1 - k] : a[k];
      if (r.empty() || !(r.back() == p)) r.push_back(p);
    }
  }
  while (r.size() > 1 && r.front() == r.back()) r.pop_back();
  // A ring stitched across the antimeridian may have no planar area (Antarctica's cap along
  // lat -89.999 in world-atlas 1:50m) and still be a real ring on the sphere.
  if (r.size() < 3 || (wiremap::geo::signedArea(r) == 0 && !wiremap::geo::crossesAntimeridian(r))) r.clear();
  return r;
}

}  // namespace mapgen
