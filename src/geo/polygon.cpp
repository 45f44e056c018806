#include "geo/polygon.hpp"

// GLU's tessellator is pure CPU code; only this file sees the header (no GL context).
#include <GL/glu.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <utility>

#include "geo/projection.hpp"

namespace wiremap::geo {

double signedArea(const Ring& r) {
  double a = 0;
  for (std::size_t i = 0, n = r.size(); i < n; ++i) {
    const PointD& p = r[i];
    const PointD& q = r[(i + 1) % n];
    a += p.x * q.y - q.x * p.y;
  }
  return a / 2;
}

double polygonArea(const Polygon& poly) {
  double a = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) a += (i == 0 ? 1 : -1) * std::abs(signedArea(poly[i]));
  return a;
}

double trianglesArea(const Triangles& t) {
  double a = 0;
  for (std::size_t i = 0; i + 2 < t.indices.size(); i += 3) {
    const PointD& p = t.vertices[t.indices[i]];
    const PointD& q = t.vertices[t.indices[i + 1]];
    const PointD& r = t.vertices[t.indices[i + 2]];
    a += std::abs((q.x - p.x) * (r.y - p.y) - (r.x - p.x) * (q.y - p.y)) / 2;
  }
  return a;
}

namespace {

struct TessState {
  Triangles* out = nullptr;
  std::vector<std::array<GLdouble, 3>>* coords = nullptr;
  bool failed = false;
};

void* toData(std::uint32_t i) { return reinterpret_cast<void*>(static_cast<std::uintptr_t>(i) + 1); }
std::uint32_t fromData(void* p) { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(p) - 1); }

void tessBegin(GLenum, void*) {}
void tessEdgeFlag(GLboolean, void*) {}  // presence forces GL_TRIANGLES output
void tessVertex(void* vertex, void* user) { static_cast<TessState*>(user)->out->indices.push_back(fromData(vertex)); }
void tessCombine(GLdouble coords[3], void*[4], GLfloat[4], void** outData, void* user) {
  auto* s = static_cast<TessState*>(user);
  const auto i = static_cast<std::uint32_t>(s->out->vertices.size());
  s->out->vertices.push_back(PointD{coords[0], coords[1]});
  *outData = toData(i);
}
void tessError(GLenum, void* user) { static_cast<TessState*>(user)->failed = true; }

using TessFn = void (*)();

// Web Mercator y of a latitude, in degrees like the longitudes, for shape tests in map space.
// Not mercatorForward(): that clamps at 85.0511 and this at 85, and the committed packs were
// built with this one (switching changes flips near the poles, so the packs' bytes).
double mercY(double latDeg) {
  const double phi = std::clamp(latDeg, -85.0, 85.0) * kDegToRad;
  return std::log(std::tan(kPi / 4 + phi / 2)) * kRadToDeg;
}

}  // namespace

void makeDelaunay(Triangles& t) {
  const std::size_t nTri = t.indices.size() / 3;
  if (nTri < 2) return;
  // Shape is judged in Web Mercator (the map's main projection), longitudes as they are.
  std::vector<PointD> m(t.vertices.size());
  for (std::size_t i = 0; i < m.size(); ++i) m[i] = {t.vertices[i].x, mercY(t.vertices[i].y)};
  auto key = [](std::uint32_t a, std::uint32_t b) {
    return a < b ? (std::uint64_t{a} << 32) | b : (std::uint64_t{b} << 32) | a;
  };
  // Edge -> the (up to) two triangles that use it; a third user marks the edge as not flippable.
  struct Users {
    std::uint32_t tri[2] = {UINT32_MAX, UINT32_MAX};
    int count = 0;
  };
  std::unordered_map<std::uint64_t, Users> edges;
  edges.reserve(nTri * 2);
  auto addUser = [&](std::uint32_t a, std::uint32_t b, std::uint32_t tri) {
    Users& u = edges[key(a, b)];
    if (u.count < 2) u.tri[u.count] = tri;
    ++u.count;
  };
  auto replaceUser = [&](std::uint32_t a, std::uint32_t b, std::uint32_t from, std::uint32_t to) {
    Users& u = edges[key(a, b)];
    for (std::uint32_t& x : u.tri)
      if (x == from) x = to;
  };
  for (std::uint32_t k = 0; k < nTri; ++k)
    for (int e = 0; e < 3; ++e) addUser(t.indices[3 * k + e], t.indices[3 * k + (e + 1) % 3], k);
  auto cross = [&](std::uint32_t o, std::uint32_t a, std::uint32_t b) {
    return (m[a].x - m[o].x) * (m[b].y - m[o].y) - (m[a].y - m[o].y) * (m[b].x - m[o].x);
  };
  auto angleAt = [&](std::uint32_t o, std::uint32_t a, std::uint32_t b) {
    const double ax = m[a].x - m[o].x, ay = m[a].y - m[o].y, bx = m[b].x - m[o].x, by = m[b].y - m[o].y;
    return std::atan2(std::abs(ax * by - ay * bx), ax * bx + ay * by);
  };
  std::vector<std::uint64_t> stack;
  stack.reserve(edges.size());
  for (const auto& [k, u] : edges)
    if (u.count == 2) stack.push_back(k);
  // Lawson's flips: an interior edge whose two opposite angles sum to more than pi is swapped
  // for the other diagonal of its (convex) quadrilateral. Each flip strictly raises the
  // triangulation's angle vector, so this ends; the result has no long slivers where the
  // boundary allows it. A bound on the flips guards against rounding loops.
  std::size_t budget = 50 * nTri + 1000;
  while (!stack.empty() && budget > 0) {
    const std::uint64_t k = stack.back();
    stack.pop_back();
    const auto it = edges.find(k);
    if (it == edges.end() || it->second.count != 2) continue;
    const std::uint32_t a = static_cast<std::uint32_t>(k >> 32), b = static_cast<std::uint32_t>(k & 0xffffffffu);
    const std::uint32_t t0 = it->second.tri[0], t1 = it->second.tri[1];
    auto opposite = [&](std::uint32_t tri) {
      for (int e = 0; e < 3; ++e) {
        const std::uint32_t v = t.indices[3 * tri + e];
        if (v != a && v != b) return v;
      }
      return UINT32_MAX;
    };
    const std::uint32_t c = opposite(t0), d = opposite(t1);
    if (c == UINT32_MAX || d == UINT32_MAX || c == d) continue;
    if (angleAt(c, a, b) + angleAt(d, a, b) <= kPi + 1e-9) continue;
    // Angles at c and d over pi leave under pi at a and b, so the quad is convex; checked
    // anyway against rounding on near-degenerate input.
    if (!(cross(c, d, a) * cross(c, d, b) < 0) || !(cross(a, b, c) * cross(a, b, d) < 0)) continue;
    if (edges.count(key(c, d))) continue;  // cd already exists (would duplicate a triangle)
    --budget;
    // Keep each triangle's winding: t0 = (c, a, d) or (c, d, a) as the old one ran.
    const bool ccw0 = cross(t.indices[3 * t0], t.indices[3 * t0 + 1], t.indices[3 * t0 + 2]) > 0;
    const bool ccw1 = cross(t.indices[3 * t1], t.indices[3 * t1 + 1], t.indices[3 * t1 + 2]) > 0;
    auto write = [&](std::uint32_t tri, std::uint32_t p, std::uint32_t q, std::uint32_t r, bool ccw) {
      if ((cross(p, q, r) > 0) != ccw) std::swap(q, r);
      t.indices[3 * tri] = p;
      t.indices[3 * tri + 1] = q;
      t.indices[3 * tri + 2] = r;
    };
    write(t0, c, a, d, ccw0);
    write(t1, c, d, b, ccw1);
    edges.erase(it);
    Users& cd = edges[key(c, d)];
    cd.tri[0] = t0;
    cd.tri[1] = t1;
    cd.count = 2;
    // Edge a-d moved from t1 to t0, c-b from t0 to t1; a-c stays with t0, d-b with t1.
    replaceUser(a, d, t1, t0);
    replaceUser(c, b, t0, t1);
    for (std::uint64_t e : {key(a, c), key(a, d), key(b, c), key(b, d)}) stack.push_back(e);
  }
}

Triangles tessellate(const Polygon& polygon) {
  Triangles out;
  std::size_t total = 0;
  for (const Ring& r : polygon) total += r.size();
  if (total < 3) return out;
  std::vector<std::array<GLdouble, 3>> coords;
  coords.reserve(total);
  TessState state{&out, &coords, false};
  GLUtesselator* tess = gluNewTess();
  if (!tess) return out;
  gluTessCallback(tess, GLU_TESS_BEGIN_DATA, reinterpret_cast<TessFn>(&tessBegin));
  gluTessCallback(tess, GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<TessFn>(&tessEdgeFlag));
  gluTessCallback(tess, GLU_TESS_VERTEX_DATA, reinterpret_cast<TessFn>(&tessVertex));
  gluTessCallback(tess, GLU_TESS_COMBINE_DATA, reinterpret_cast<TessFn>(&tessCombine));
  gluTessCallback(tess, GLU_TESS_ERROR_DATA, reinterpret_cast<TessFn>(&tessError));
  gluTessProperty(tess, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
  gluTessNormal(tess, 0, 0, 1);
  gluTessBeginPolygon(tess, &state);
  for (const Ring& r : polygon) {
    if (r.size() < 3) continue;
    gluTessBeginContour(tess);
    for (const PointD& p : r) {
      const auto i = static_cast<std::uint32_t>(out.vertices.size());
      out.vertices.push_back(p);
      coords.push_back({p.x, p.y, 0.0});
      gluTessVertex(tess, coords.back().data(), toData(i));
    }
    gluTessEndContour(tess);
  }
  gluTessEndPolygon(tess);
  gluDeleteTess(tess);
  if (state.failed || out.indices.size() % 3 != 0) return Triangles{};
  // Drop vertices no triangle uses (the tessellator may skip some) and compact.
  std::vector<std::uint32_t> remap(out.vertices.size(), UINT32_MAX);
  Triangles compact;
  for (std::uint32_t& i : out.indices) {
    if (remap[i] == UINT32_MAX) {
      remap[i] = static_cast<std::uint32_t>(compact.vertices.size());
      compact.vertices.push_back(out.vertices[i]);
    }
    compact.indices.push_back(remap[i]);
  }
  makeDelaunay(compact);
  return compact;
}

namespace {

// Keeps the side of an axis-aligned line: axis 0 = x, 1 = y; keepBelow keeps coord <= v.
Ring clipHalf(const Ring& r, int axis, double v, bool keepBelow) {
  Ring out;
  const std::size_t n = r.size();
  if (n == 0) return out;
  auto coord = [axis](const PointD& p) { return axis == 0 ? p.x : p.y; };
  auto inside = [&](const PointD& p) { return keepBelow ? coord(p) <= v : coord(p) >= v; };
  for (std::size_t i = 0; i < n; ++i) {
    const PointD& a = r[i];
    const PointD& b = r[(i + 1) % n];
    const bool ia = inside(a), ib = inside(b);
    if (ia) out.push_back(a);
    if (ia != ib) {
      const double t = (v - coord(a)) / (coord(b) - coord(a));
      PointD p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
      if (axis == 0) p.x = v; else p.y = v;
      out.push_back(p);
    }
  }
  // Remove consecutive duplicates.
  Ring dedup;
  for (const PointD& p : out)
    if (dedup.empty() || !(dedup.back() == p)) dedup.push_back(p);
  while (dedup.size() > 1 && dedup.front() == dedup.back()) dedup.pop_back();
  if (dedup.size() < 3 || signedArea(dedup) == 0) dedup.clear();
  return dedup;
}

Polygon clipPolyHalf(const Polygon& poly, int axis, double v, bool keepBelow) {
  Polygon out;
  for (const Ring& r : poly) {
    Ring c = clipHalf(r, axis, v, keepBelow);
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Polygon clipToRect(const Polygon& poly, double minX, double minY, double maxX, double maxY) {
  Polygon p = clipPolyHalf(poly, 0, minX, false);
  p = clipPolyHalf(p, 0, maxX, true);
  p = clipPolyHalf(p, 1, minY, false);
  return clipPolyHalf(p, 1, maxY, true);
}

std::vector<GridPiece> tessellateOnGrid(const Polygon& polygon, double cellDeg) {
  std::vector<GridPiece> pieces;
  auto cellOf = [cellDeg](double v, double origin) { return static_cast<int>(std::floor((v - origin) / cellDeg)); };
  std::function<void(const Polygon&)> rec = [&](const Polygon& poly) {
    if (poly.empty()) return;
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const Ring& r : poly)
      for (const PointD& p : r) {
        minX = std::min(minX, p.x); maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y); maxY = std::max(maxY, p.y);
      }
    // Cell ranges; a coordinate exactly on a grid line belongs to the lower cell's max edge.
    const int cx0 = cellOf(minX, -180), cy0 = cellOf(minY, -90);
    const int cx1 = std::max(cx0, static_cast<int>(std::ceil((maxX + 180) / cellDeg)) - 1);
    const int cy1 = std::max(cy0, static_cast<int>(std::ceil((maxY + 90) / cellDeg)) - 1);
    if (cx0 == cx1 && cy0 == cy1) {
      GridPiece piece;
      piece.cellX = cx0;
      piece.cellY = cy0;
      piece.triangles = tessellate(poly);
      if (piece.triangles.indices.empty()) return;
      BBox b{1e30f, 1e30f, -1e30f, -1e30f};
      for (const PointD& p : piece.triangles.vertices) {
        b.minLon = std::min(b.minLon, static_cast<float>(p.x)); b.maxLon = std::max(b.maxLon, static_cast<float>(p.x));
        b.minLat = std::min(b.minLat, static_cast<float>(p.y)); b.maxLat = std::max(b.maxLat, static_cast<float>(p.y));
      }
      piece.bbox = b;
      pieces.push_back(std::move(piece));
      return;
    }
    if (cx1 - cx0 >= cy1 - cy0) {
      const double v = -180 + ((cx0 + cx1) / 2 + 1) * cellDeg;
      rec(clipPolyHalf(poly, 0, v, true));
      rec(clipPolyHalf(poly, 0, v, false));
    } else {
      const double v = -90 + ((cy0 + cy1) / 2 + 1) * cellDeg;
      rec(clipPolyHalf(poly, 1, v, true));
      rec(clipPolyHalf(poly, 1, v, false));
    }
  };
  rec(polygon);
  return pieces;
}

namespace {

double segDist2(const PointD& p, const PointD& a, const PointD& b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

void dpOpen(const std::vector<PointD>& pts, std::size_t first, std::size_t last, double tol2,
            std::vector<char>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    auto [a, b] = stack.back();
    stack.pop_back();
    if (b <= a + 1) continue;
    double best = -1;
    std::size_t bi = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = segDist2(pts[i], pts[a], pts[b]);
      if (d > best) { best = d; bi = i; }
    }
    if (best > tol2) {
      keep[bi] = 1;
      stack.push_back({a, bi});
      stack.push_back({bi, b});
    }
  }
}

}  // namespace

namespace {

/// Longitudes made continuous: each step of more than 180 degrees is taken the short way.
std::vector<PointD> unwrapped(const std::vector<PointD>& pts, double* endOffset = nullptr) {
  std::vector<PointD> u;
  u.reserve(pts.size());
  double off = 0;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    if (i > 0) {
      const double dx = pts[i].x - pts[i - 1].x;
      if (dx > 180) off -= 360;
      else if (dx < -180) off += 360;
    }
    u.push_back(PointD{pts[i].x + off, pts[i].y});
  }
  if (endOffset) *endOffset = off;
  return u;
}

bool hasWideStep(const std::vector<PointD>& pts) {
  for (std::size_t i = 1; i < pts.size(); ++i)
    if (std::abs(pts[i].x - pts[i - 1].x) > 180) return true;
  return false;
}

}  // namespace

std::vector<PointD> simplifyPolyline(const std::vector<PointD>& input, double tolerance) {
  const std::size_t n = input.size();
  if (n <= 2 || tolerance <= 0) return input;
  // Distances on the unwrapped line; output the original points at the kept indices.
  const bool wide = hasWideStep(input);
  const std::vector<PointD> unwrappedPts = wide ? unwrapped(input) : std::vector<PointD>{};
  const std::vector<PointD>& pts = wide ? unwrappedPts : input;
  std::vector<char> keep(n, 0);
  keep[0] = keep[n - 1] = 1;
  const double tol2 = tolerance * tolerance;
  if (pts.front() == pts.back()) {
    // Closed: split at the farthest point from the start, then keep the farthest point of each
    // half too so a closed ring keeps at least a triangle when it is larger than the tolerance.
    std::size_t far = 0;
    double best = -1;
    for (std::size_t i = 1; i + 1 < n; ++i) {
      const double dx = pts[i].x - pts[0].x, dy = pts[i].y - pts[0].y;
      if (dx * dx + dy * dy > best) { best = dx * dx + dy * dy; far = i; }
    }
    if (far == 0) return {pts.front(), pts.back()};
    keep[far] = 1;
    dpOpen(pts, 0, far, tol2, keep);
    dpOpen(pts, far, n - 1, tol2, keep);
  } else {
    dpOpen(pts, 0, n - 1, tol2, keep);
  }
  std::vector<PointD> out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(input[i]);
  return out;
}

bool crossesAntimeridian(const Ring& ring) {
  if (hasWideStep(ring)) return true;
  return ring.size() > 1 && std::abs(ring.front().x - ring.back().x) > 180;
}

Polygon splitAtAntimeridian(const Polygon& polygon) {
  if (std::none_of(polygon.begin(), polygon.end(), [](const Ring& r) { return crossesAntimeridian(r); }))
    return polygon;
  Polygon out;
  for (const Ring& r : polygon) {
    if (r.size() < 3) continue;
    if (!crossesAntimeridian(r)) {
      out.push_back(r);
      continue;
    }
    double off = 0;
    Ring u = unwrapped(r, &off);
    // The closing edge, taken the short way too.
    const double dx = r.front().x - r.back().x;
    const double closeOff = off + (dx > 180 ? -360 : dx < -180 ? 360 : 0);
    if (closeOff != 0) {
      // Winds around a pole: close through the pole on the side of the ring's mean latitude.
      double meanLat = 0;
      for (const PointD& p : r) meanLat += p.y;
      const double pole = meanLat < 0 ? -90.0 : 90.0;
      const PointD end{r.front().x + closeOff, r.front().y};
      u.push_back(end);
      u.push_back(PointD{end.x, pole});
      u.push_back(PointD{r.front().x, pole});
    }
    double minX = 1e300, maxX = -1e300;
    for (const PointD& p : u) {
      minX = std::min(minX, p.x);
      maxX = std::max(maxX, p.x);
    }
    // Cut into 360-degree windows and move each piece into -180..180.
    const int w0 = static_cast<int>(std::floor((minX + 180) / 360));
    const int w1 = static_cast<int>(std::floor((maxX + 180) / 360));
    for (int w = w0; w <= w1; ++w) {
      const double lo = -180.0 + 360.0 * w, hi = lo + 360.0;
      Ring piece = clipHalf(clipHalf(u, 0, lo, false), 0, hi, true);
      if (piece.empty()) continue;
      for (PointD& p : piece) p.x -= 360.0 * w;
      out.push_back(std::move(piece));
    }
  }
  return out;
}

std::vector<std::vector<PointD>> splitLineAtAntimeridian(const std::vector<PointD>& line) {
  std::vector<std::vector<PointD>> out;
  std::vector<PointD> cur;
  auto push = [&cur](const PointD& p) {
    if (cur.empty() || !(cur.back() == p)) cur.push_back(p);
  };
  auto flush = [&]() {
    if (cur.size() >= 2) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const PointD& b = line[i];
    if (i > 0 && std::abs(b.x - line[i - 1].x) > 180) {
      const PointD& a = line[i - 1];
      // b moved next to a (the short way); the crossing is where that edge meets +-180.
      const bool east = b.x < a.x;  // going east over +180 (b is shifted up by 360)
      const double bx = b.x + (east ? 360.0 : -360.0);
      const double edge = east ? 180.0 : -180.0;
      const double t = bx != a.x ? std::clamp((edge - a.x) / (bx - a.x), 0.0, 1.0) : 0.0;
      const double y = a.y + (b.y - a.y) * t;
      push(PointD{edge, y});
      flush();
      push(PointD{-edge, y});
    }
    push(b);
  }
  flush();
  return out;
}

}  // namespace wiremap::geo
