#include "render/map_renderer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <unordered_map>

#include "core/utf8.hpp"
#include "geo/camera.hpp"
#include "geo/great_circle.hpp"
#include "geo/labels.hpp"
#include "geo/lod.hpp"
#include "render/font_atlas.hpp"
#include "render/gl.hpp"
#include "render/png.hpp"
#include "render/relief.hpp"
#include "render/shader_library.hpp"

namespace wiremap::render {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxLat = 85.0511287798;
constexpr double kTilePx = 256.0;

// ---------------------------------------------------------------- view maths (double)

struct View {
  int width = 0, height = 0;  // image px
  double scale = 1;           // framebuffer px per logical px
  double worldPx = 256;       // framebuffer px per 360 degrees (Mercator)
  double cLon = 0, cLat = 0;  // degrees
  double blend = 0;
  double rotLon = 0, rotLat = 0;  // degrees
  double effectiveZoom = 0;  // zoom in framebuffer px (drives LOD and the label camera)
  double zoom = 0;           // logical zoom: what is shown (labels, admin-1, graticule) does
                             // not change with pixel density, so a 4K export matches 1080p
};

double mercatorY(double latDeg) {
  const double phi = std::clamp(latDeg, -kMaxLat, kMaxLat) * kPi / 180.0;
  return std::log(std::tan(kPi / 4 + phi / 2));
}
// The inverse of mercatorY(): latitude in degrees.
double latFromMercatorY(double y) { return std::atan(std::sinh(y)) * 180 / kPi; }

View makeView(const FrameParams& f, int width, int height) {
  View v;
  v.width = width;
  v.height = height;
  v.scale = f.pixelScale * (f.viewportWidth > 0 ? static_cast<double>(width) / f.viewportWidth : 1.0);
  v.worldPx = kTilePx * std::exp2(f.zoom) * v.scale;
  v.cLon = f.centerLon;
  v.cLat = std::clamp(f.centerLat, -kMaxLat, kMaxLat);
  v.blend = std::clamp(static_cast<double>(f.projectionBlend), 0.0, 1.0);
  v.rotLon = f.globeRotation ? f.globeRotation->lon : f.centerLon;
  v.rotLat = f.globeRotation ? f.globeRotation->lat : f.centerLat;
  v.effectiveZoom = f.zoom + std::log2(std::max(v.scale, 1e-6));
  v.zoom = f.zoom;
  return v;
}

// Mirrors projectLonLat() in shaders/prelude.glsl. `lonOffset` selects the Mercator copy.
std::optional<PixelPoint> project(const View& v, double lon, double lat, double lonOffset) {
  double x = (lon + lonOffset - v.cLon) * v.worldPx / 360.0;
  double y = -(mercatorY(lat) - mercatorY(v.cLat)) * v.worldPx / (2 * kPi);
  if (v.blend > 0) {
    const double r = v.worldPx / (2 * kPi);
    const double lam = (lon - v.rotLon) * kPi / 180, phi = lat * kPi / 180, phi0 = v.rotLat * kPi / 180;
    const double cosc = std::sin(phi0) * std::sin(phi) + std::cos(phi0) * std::cos(phi) * std::cos(lam);
    const double ox = r * std::cos(phi) * std::sin(lam);
    const double oy = -r * (std::cos(phi0) * std::sin(phi) - std::sin(phi0) * std::cos(phi) * std::cos(lam));
    x = x + (ox - x) * v.blend;
    y = y + (oy - y) * v.blend;
    const double vis = 1 + (cosc - 1) * std::clamp(v.blend * 2, 0.0, 1.0) + (v.blend < 1 ? 1e-3 : 0.0);
    if (vis < 0) return std::nullopt;
  }
  return PixelPoint{x + v.width * 0.5, y + v.height * 0.5};
}

double nearestCopyOffset(const View& v, double lon) {
  if (v.blend >= 1) return 0;
  return 360.0 * std::round((v.cLon - lon) / 360.0);
}

// ---------------------------------------------------------------- culling

struct Range {
  double lo, hi;
};
struct Cull {
  std::vector<Range> lons;  // any
  double latLo = -90, latHi = 90;
  bool all = false;
  bool visible(const geo::BBox& b) const {
    if (all) return true;
    if (b.maxLat < latLo || b.minLat > latHi) return false;
    for (const Range& r : lons)
      if (b.minLon <= r.hi && r.lo <= b.maxLon) return true;
    return false;
  }
};

struct Copy {
  double lonOffset;  // degrees added in the shader (Mercator)
  Cull cull;
};

std::vector<Copy> worldCopies(const View& v) {
  std::vector<Copy> copies;
  const double halfW = v.width * 0.5 / v.worldPx * 360.0 * 1.02 + 0.5;
  const double lo = v.cLon - halfW, hi = v.cLon + halfW;
  const double my = mercatorY(v.cLat);
  const double dy = v.height * 0.5 / v.worldPx * 2 * kPi * 1.02;
  const double latLo = latFromMercatorY(my - dy) - 0.5, latHi = latFromMercatorY(my + dy) + 0.5;
  if (v.blend >= 1) {
    const double r = v.worldPx / (2 * kPi);
    const double halfDiag = 0.5 * std::hypot(v.width, v.height);
    const double cap = halfDiag >= r ? 90.0 : std::asin(halfDiag / r) * 180 / kPi + 1.0;
    Copy c{0, {}};
    c.cull.latLo = v.rotLat - cap;
    c.cull.latHi = v.rotLat + cap;
    if (c.cull.latHi >= 89 || c.cull.latLo <= -89) {
      c.cull.lons = {{-1e9, 1e9}};
    } else {
      const double s = std::sin(cap * kPi / 180) / std::cos(v.rotLat * kPi / 180);
      const double dl = s >= 1 ? 180.0 : std::asin(s) * 180 / kPi + 1.0;
      for (int k = -1; k <= 1; ++k) c.cull.lons.push_back({v.rotLon - dl + 360.0 * k, v.rotLon + dl + 360.0 * k});
    }
    copies.push_back(std::move(c));
    return copies;
  }
  const int k0 = static_cast<int>(std::ceil((lo - 180) / 360)), k1 = static_cast<int>(std::floor((hi + 180) / 360));
  for (int k = k0; k <= k1; ++k) {
    Copy c{360.0 * k, {}};
    c.cull.lons = {{lo - 360.0 * k, hi - 360.0 * k}};
    c.cull.latLo = latLo;
    c.cull.latHi = latHi;
    c.cull.all = v.blend > 0;  // transitions: no culling (the globe part may show anything)
    copies.push_back(std::move(c));
  }
  return copies;
}

// The part of `v` inside `r` (image px) as a view of its own, 4 px larger on each side
// (lines reach past their segments): worldCopies() of it culls to that rectangle. Web
// Mercator only.
View subView(const View& v, const PixelRect& r) {
  View s = v;
  s.width = r.width + 8;
  s.height = r.height + 8;
  s.cLon = v.cLon + (r.x + r.width * 0.5 - v.width * 0.5) * 360.0 / v.worldPx;
  s.cLat = latFromMercatorY(mercatorY(v.cLat) - (r.y + r.height * 0.5 - v.height * 0.5) * 2 * kPi / v.worldPx);
  return s;
}

// ---------------------------------------------------------------- GPU layers

struct GpuFill {
  gl::Buffer vertices, indices;
  gl::VertexArray vao;
  std::vector<geo::Chunk> chunks;
  bool empty() const { return chunks.empty(); }
};

// Static line layers: each segment's endpoints repeated on 4 consecutive vertices, drawn as
// 2 indexed triangles; the vertex shader extrudes by corner (gl_VertexID & 3).
struct GpuLines {
  gl::Buffer vertices, indices;
  gl::VertexArray vao;
  std::vector<geo::Chunk> chunks;  // first/count in segments
  bool empty() const { return chunks.empty(); }
};

geo::BBox worldBox() { return {-180, -90, 180, 90}; }

GpuFill uploadFill(const geo::FillLayer& layer) {
  GpuFill g;
  if (layer.indices.empty()) return g;
  g.vao = gl::VertexArray::create();
  g.vertices = gl::Buffer::create();
  g.vertices.setData(std::span<const geo::LonLat>(layer.vertices));
  g.indices = gl::Buffer::create();
  g.vao.attribute(0, g.vertices, 2, GL_FLOAT, false, sizeof(geo::LonLat), 0);
  g.vao.elements(g.indices);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(layer.indices.size() * sizeof(std::uint32_t)),
               layer.indices.data(), GL_STATIC_DRAW);
  gl::VertexArray::unbind();
  g.chunks = layer.chunks;
  if (g.chunks.empty()) g.chunks.push_back({worldBox(), 0, static_cast<std::uint32_t>(layer.indices.size()), -1});
  return g;
}

// A static line segment: longitudes in degrees, latitudes as mercatorY() (lineStatic program).
struct SegmentInstance {
  float lon0, my0, lon1, my1;
};

// A segment joining +180 to -180 longitude is a polygon ring closing across the antimeridian,
// not a real edge: drawn it would cut across the whole map. Such segments are dropped.
bool spansAntimeridian(geo::LonLat a, geo::LonLat b) { return std::abs(a.lon - b.lon) > 180.0f; }

// Gives `buf` a store of `count` T and lets `write(T*)` fill it in place: no staging copy
// (under llvmpipe the mapping is the buffer's own memory). Falls back to a staging vector
// when the mapping fails.
template <class T, class Write>
void writeBuffer(gl::Buffer& buf, std::size_t count, Write write) {
  const auto bytes = static_cast<GLsizeiptr>(count * sizeof(T));
  buf.bind(GL_ARRAY_BUFFER);
  glBufferData(GL_ARRAY_BUFFER, bytes, nullptr, GL_STATIC_DRAW);
  if (count == 0) return;  // (mapping an empty range is an error)
  if (void* p = glMapBufferRange(GL_ARRAY_BUFFER, 0, bytes, GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT)) {
    write(static_cast<T*>(p));
    if (glUnmapBuffer(GL_ARRAY_BUFFER) == GL_TRUE) return;
  }
  std::vector<T> staging(count);
  write(staging.data());
  buf.setData(std::span<const T>(staging));
}

// Static line layers draw segment i as vertices 4i..4i+3 through the indices
// {4i, 4i+1, 4i+2, 4i+2, 4i+1, 4i+3}: the same pattern for every layer, only its length
// differs. So the base map's line layers share one index buffer, sized for the longest,
// instead of holding a copy each (24 bytes per segment). It grows in place: the buffer object
// stays the same, so vertex arrays already bound to it keep working.
struct LineIndices {
  gl::Buffer buffer;
  std::size_t segments = 0;
  void reserve(std::size_t n) {
    if (n == 0 || (buffer && n <= segments)) return;
    if (!buffer) buffer = gl::Buffer::create();
    writeBuffer<std::uint32_t>(buffer, n * 6, [n](std::uint32_t* idx) {
      for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<std::uint32_t>(4 * i);
        const std::uint32_t tri[6] = {b, b + 1, b + 2, b + 2, b + 1, b + 3};
        std::copy(tri, tri + 6, idx + 6 * i);
      }
    });
    segments = n;
  }
};

// Uploads a line layer. With `shared`, its index buffer is the shared pattern (grown when
// needed); without, the layer gets an index buffer of its own.
GpuLines uploadLines(const geo::LineLayer& layer, LineIndices* shared = nullptr) {
  GpuLines g;
  if (layer.segments.size() < 2) return g;
  std::vector<geo::Chunk> chunks = layer.chunks;
  if (chunks.empty()) chunks.push_back({worldBox(), 0, static_cast<std::uint32_t>(layer.segments.size()), -1});
  // A chunk's kept segments, as their two endpoints; run twice: count, then write.
  auto forEachSegment = [&](const geo::Chunk& c, auto&& emit) {
    for (std::uint32_t i = c.first; i + 1 < c.first + c.count && i + 1 < layer.segments.size(); i += 2) {
      const geo::LonLat a = layer.points[layer.segments[i]], b = layer.points[layer.segments[i + 1]];
      if (!spansAntimeridian(a, b)) emit(a, b);
    }
  };
  std::uint32_t n = 0;
  for (const geo::Chunk& c : chunks) {
    geo::Chunk out{c.bbox, n, 0, c.feature};
    forEachSegment(c, [&n](geo::LonLat, geo::LonLat) { ++n; });
    out.count = n - out.first;
    if (out.count > 0) g.chunks.push_back(out);
  }
  if (n == 0) return g;
  g.vertices = gl::Buffer::create();
  writeBuffer<SegmentInstance>(g.vertices, std::size_t{n} * 4, [&](SegmentInstance* v) {
    // Latitudes as Web Mercator y (the shader's projectLonMercator), clamped like mercatorY().
    for (const geo::Chunk& c : chunks)
      forEachSegment(c, [&v](geo::LonLat a, geo::LonLat b) {
        const SegmentInstance s{a.lon, static_cast<float>(mercatorY(a.lat)), b.lon, static_cast<float>(mercatorY(b.lat))};
        v[0] = v[1] = v[2] = v[3] = s;
        v += 4;
      });
  });
  LineIndices own;
  LineIndices& indices = shared ? *shared : own;
  indices.reserve(n);
  if (!shared) g.indices = std::move(own.buffer);
  g.vao = gl::VertexArray::create();
  g.vao.attribute(0, g.vertices, 4, GL_FLOAT, false, sizeof(SegmentInstance), 0);
  g.vao.elements(shared ? shared->buffer : g.indices);
  gl::VertexArray::unbind();
  return g;
}

// Graticule lines every `spacing` degrees, densified every degree, chunked per 10° cell.
geo::LineLayer buildGraticule(double spacing) {
  geo::LineLayer l;
  const double step = std::min(1.0, spacing);
  for (int cy = -9; cy < 9; ++cy)
    for (int cx = -18; cx < 18; ++cx) {
      const double x0 = cx * 10.0, y0 = cy * 10.0;
      geo::Chunk c;
      c.bbox = {static_cast<float>(x0), static_cast<float>(y0), static_cast<float>(x0 + 10), static_cast<float>(y0 + 10)};
      c.first = static_cast<std::uint32_t>(l.segments.size());
      auto seg = [&](double a0, double b0, double a1, double b1) {
        const auto i = static_cast<std::uint32_t>(l.points.size());
        l.points.push_back({static_cast<float>(a0), static_cast<float>(b0)});
        l.points.push_back({static_cast<float>(a1), static_cast<float>(b1)});
        l.segments.push_back(i);
        l.segments.push_back(i + 1);
      };
      const double yTop = std::min(y0 + 10, 80.0), yBot = std::max(y0, -80.0);
      for (double lon = std::ceil(x0 / spacing) * spacing; lon < x0 + 10 - 1e-9; lon += spacing)
        for (double lat = yBot; lat < yTop - 1e-9; lat += step) seg(lon, lat, lon, std::min(lat + step, yTop));
      for (double lat = std::ceil(y0 / spacing) * spacing; lat < y0 + 10 - 1e-9; lat += spacing) {
        if (std::abs(lat) > 80) continue;
        for (double lon = x0; lon < x0 + 10 - 1e-9; lon += step) seg(lon, lat, lon + step, lat);
      }
      c.count = static_cast<std::uint32_t>(l.segments.size()) - c.first;
      if (c.count > 0) l.chunks.push_back(c);
    }
  return l;
}

// Sea as a lon/lat mesh (for the globe, where the water is a disc): 5° quads, 10° chunks.
geo::FillLayer buildSeaMesh() {
  geo::FillLayer f;
  for (int cy = -9; cy < 9; ++cy)
    for (int cx = -18; cx < 18; ++cx) {
      geo::Chunk c;
      c.bbox = {cx * 10.0f, cy * 10.0f, cx * 10.0f + 10, cy * 10.0f + 10};
      c.first = static_cast<std::uint32_t>(f.indices.size());
      for (int sy = 0; sy < 2; ++sy)
        for (int sx = 0; sx < 2; ++sx) {
          const float x = cx * 10.0f + sx * 5.0f, y = cy * 10.0f + sy * 5.0f;
          const auto i = static_cast<std::uint32_t>(f.vertices.size());
          f.vertices.push_back({x, y});
          f.vertices.push_back({x + 5, y});
          f.vertices.push_back({x + 5, y + 5});
          f.vertices.push_back({x, y + 5});
          for (std::uint32_t k : {0u, 1u, 2u, 0u, 2u, 3u}) f.indices.push_back(i + k);
        }
      c.count = static_cast<std::uint32_t>(f.indices.size()) - c.first;
      f.chunks.push_back(c);
    }
  return f;
}

struct MarkerInstance {
  float lon, lat;
  std::uint8_t fill[4];
  std::uint8_t outline[4];
  float radius, outlineWidth;
};

struct ArcInstance {
  float lon0, lat0, lon1, lat1;
  std::uint8_t color[4];
  float width, dash, gap, phase;
};

struct ArrowInstance {
  float tipLon, tipLat, fromLon, fromLat;
  std::uint8_t color[4];
  float size;
};

struct TextVertex {
  float ax, ay;  // anchor, image px
  float ox, oy;  // offset, logical px
  float u, v;    // atlas texels
  std::uint8_t color[4];
  std::uint8_t halo[4];
  float scale;  // logical px per atlas texel
};

struct ScreenVertex {
  float x, y;  // image px
  std::uint8_t color[4];
};

void copyColor(std::uint8_t* dst, Rgba c) {
  dst[0] = c.r;
  dst[1] = c.g;
  dst[2] = c.b;
  dst[3] = c.a;
}

float f(double v) { return static_cast<float>(v); }

// Great-circle points from a to b (degrees) by geo::greatCircle, its antimeridian pieces
// re-joined with longitudes unwrapped to be continuous (the shader draws the path across the
// Mercator world copies, and on the globe longitude wraps by itself).
std::vector<geo::LonLat> greatCirclePath(geo::LonLat a, geo::LonLat b) {
  const double cosD = std::sin(a.lat * kPi / 180) * std::sin(b.lat * kPi / 180) +
                      std::cos(a.lat * kPi / 180) * std::cos(b.lat * kPi / 180) * std::cos((b.lon - a.lon) * kPi / 180);
  const double degrees = std::acos(std::clamp(cosD, -1.0, 1.0)) * 180 / kPi;
  const int n = std::clamp(static_cast<int>(degrees) + 1, 8, 129);  // about one point per degree
  std::vector<geo::LonLat> pts;
  for (const auto& piece : geo::greatCircle({a.lon, a.lat}, {b.lon, b.lat}, n))
    for (geo::LonLat p : piece) {
      if (!pts.empty()) {
        p.lon += f(360.0 * std::round((pts.back().lon - p.lon) / 360.0));
        if (std::abs(p.lon - pts.back().lon) < 1e-6f && std::abs(p.lat - pts.back().lat) < 1e-6f) continue;
      }
      pts.push_back(p);
    }
  // Over the polar cap a geodesic reads as a glitch on a flat map: draw a bowed path instead.
  const bool polar = std::any_of(pts.begin(), pts.end(), [](geo::LonLat p) { return std::abs(p.lat) > geo::kPolarArcLatitude; });
  if (polar) return geo::bowedPath({a.lon, a.lat}, {b.lon, b.lat}, n);
  return pts;
}

std::string upperLatin(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::decode(s, i);
    if (c >= 'a' && c <= 'z') c -= 32;
    else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) c -= 32;
    else if (c >= 0x100 && c < 0x180 && (c % 2) == 1 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) c -= 1;
    utf8::append(out, c);
  }
  return out;
}

// Logical zoom from which admin-1 boundaries are drawn.
constexpr double kAdmin1MinZoom = 5.0;
// Logical zoom from which rivers are drawn.
constexpr double kRiverMinZoom = 4.5;

// Logical px between an arrowhead's tip and the arc's destination (room for a marker there).
constexpr float kArrowStandoffPx = 6;

// The point `distPx` image pixels before the end of `pts`, measured along the projected line.
geo::LonLat pointBefore(const View& v, const std::vector<geo::LonLat>& pts, double lonOffset, double distPx) {
  for (std::size_t k = pts.size() - 1; k > 0; --k) {
    auto p0 = project(v, pts[k - 1].lon, pts[k - 1].lat, lonOffset);
    auto p1 = project(v, pts[k].lon, pts[k].lat, lonOffset);
    if (!p0 || !p1) break;
    const double len = std::hypot(p1->x - p0->x, p1->y - p0->y);
    if (len >= distPx) {
      const double t = 1 - distPx / len;
      return {static_cast<float>(pts[k - 1].lon + (pts[k].lon - pts[k - 1].lon) * t),
              static_cast<float>(pts[k - 1].lat + (pts[k].lat - pts[k - 1].lat) * t)};
    }
    distPx -= len;
  }
  return pts.back();
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

}  // namespace

// ---------------------------------------------------------------- public helpers

std::optional<PixelPoint> projectToImage(const FrameParams& frame, int width, int height, geo::LonLat p) {
  const View v = makeView(frame, width, height);
  return project(v, p.lon, p.lat, nearestCopyOffset(v, p.lon));
}

geo::Lod lodFor(const FrameParams& frame, int width) {
  if (frame.lod) return *frame.lod;
  const View v = makeView(frame, width, 1);
  // geo's rule (simplification error under ~1.5 px); Mercator stretches by 1/cos(lat).
  const double stretch = v.blend >= 0.5 ? 1.0 : std::max(0.2, std::cos(v.cLat * kPi / 180));
  return geo::lodForDegreesPerPixel(360.0 / v.worldPx * stretch);
}

// ---------------------------------------------------------------- implementation

struct MapRenderer::Impl {
  ShaderLibrary shaders;
  struct Programs {
    gl::Program fill, reliefFill, line, lineStatic, marker, arrow, text, screen;
  };
  // Every program twice: for pure Web Mercator frames (compiled with WIREMAP_MERCATOR_ONLY),
  // and with the globe and the blend between the two. llvmpipe runs both sides of a branch,
  // so a Mercator frame would otherwise pay for the globe's trigonometry at every vertex.
  std::array<Programs, 2> programSets;
  const Programs* prog = &programSets[0];
  FontAtlas font;
  gl::Texture atlas;

  // Base map.
  std::array<GpuFill, geo::kLodCount> land, lakes;
  std::array<GpuLines, geo::kLodCount> coast, borders;
  GpuLines disputed, admin1Lines, admin1LinesWide, rivers;
  LineIndices lineIndices;  // shared by the base map's line layers
  GpuFill admin1, sea;
  std::map<int, GpuLines> graticules;  // by spacing in degrees
  std::unordered_map<std::string, int> countryIndex, admin1Index;
  std::vector<geo::Feature> countries, seas, cities;

  // Symbols.
  Symbols symbols;
  std::vector<std::vector<geo::LonLat>> arcPaths;
  gl::Buffer markerBuf, ringBuf, arcBuf, arrowBuf, textBuf, screenBuf;
  gl::VertexArray markerVao, ringVao, arcVao, arrowVao, textVao, screenVao;
  std::size_t markerCount = 0;
  Overlay overlay;

  // renderCached(): the last frame, and whether anything changed since; and that frame's
  // base map alone (everything under symbols and labels), which a pan by whole pixels
  // reuses: shifted, with only the uncovered strips drawn.
  std::optional<OffscreenTarget> cache, baseCache;
  FrameParams cacheFrame;
  bool cacheValid = false;
  bool baseCacheValid = false;  // baseCache holds cacheFrame's base map

  RenderStats stats;

  // Passes of draw(): the base map, and the symbols, labels and overlay above it.
  static constexpr unsigned kBasePass = 1, kTopPass = 2;
  // Draws `passes` of `frame` into every tile of `target`. With `damage` (image px; Web
  // Mercator, one tile), the base pass draws only inside those rectangles.
  void draw(RenderTarget& target, const FrameParams& frame, unsigned passes, std::span<const PixelRect> damage);

  // Shaded relief: the raster's texture (empty until the first relief frame or loadRelief()),
  // where it comes from, and whether it is usable.
  gl::Texture relief;
  std::filesystem::path reliefPath;
  Status reliefState{Ok{}};
  // Per draw: relief strengths of the land fill ((0, 0) = flat fill, no relief program).
  float reliefK[2] = {0, 0};

  Status uploadRelief(const ReliefRaster& r) {
    const gl::Limits lim = gl::queryLimits();
    if (r.width > lim.maxTextureSize)
      return Error{reliefPath.string() + ": relief width " + std::to_string(r.width) + " exceeds this GL's texture limit " +
                   std::to_string(lim.maxTextureSize)};
    relief = gl::Texture::create2D(r.width, r.height, GL_R8, GL_RED, GL_UNSIGNED_BYTE,
                                   std::as_bytes(std::span<const std::uint8_t>(r.grey)));
    relief.setWrap(GL_REPEAT, GL_CLAMP_TO_EDGE);
    relief.generateMipmaps();
    return Ok{};
  }

  // Per-LOD layers not on the GPU yet (uploadAndRelease): kept in their compact decoded form
  // (about half the size of their GL buffers, whose lines are 4 vertices per segment) and
  // uploaded by the first frame drawn at that LOD. A window shows one or two LODs of six.
  struct PendingLod {
    geo::FillLayer land, lakes;
    geo::LineLayer coast, borders;
  };
  std::array<std::optional<PendingLod>, geo::kLodCount> pendingLods;

  void uploadLod(int i, const geo::FillLayer& landL, const geo::FillLayer& lakesL, const geo::LineLayer& coastL,
                 const geo::LineLayer& bordersL) {
    land[i] = uploadFill(landL);
    lakes[i] = uploadFill(lakesL);
    coast[i] = uploadLines(coastL, &lineIndices);
    borders[i] = uploadLines(bordersL, &lineIndices);
    gl::VertexArray::unbind();
  }

  // Makes sure LOD `li`'s layers are on the GPU (render() calls it before drawing).
  void ensureLod(int li) {
    std::optional<PendingLod>& p = pendingLods[static_cast<std::size_t>(li)];
    if (!p) return;
    uploadLod(li, p->land, p->lakes, p->coast, p->borders);
    p.reset();
  }

  // Uploads the base map from `data`. With `consume` (the same object), the per-LOD layers
  // are moved out of it and uploaded on first use (ensureLod), and the other layers' geometry
  // is released from it as soon as it is on the GPU, so the decoded map and its GL copy never
  // coexist whole; the feature lists stay in `data`.
  void uploadBase(const geo::MapData& data, geo::MapData* consume) {
    std::size_t longest = 0;  // segments of the longest line layer uploaded now
    auto segs = [&longest](const geo::LineLayer& l) { longest = std::max(longest, l.segments.size() / 2); };
    if (!consume)
      for (int i = 0; i < geo::kLodCount; ++i) {
        segs(data.coastlines[i]);
        segs(data.borders[i]);
      }
    segs(data.disputedBorders);
    segs(data.admin1Lines);
    segs(data.admin1LinesWide);
    segs(data.rivers);
    lineIndices.reserve(longest);  // grown later if a pending LOD needs more
    for (int i = 0; i < geo::kLodCount; ++i) {
      if (consume) {
        land[i] = {};
        lakes[i] = {};
        coast[i] = {};
        borders[i] = {};
        pendingLods[i] = PendingLod{std::move(consume->land[i]), std::move(consume->lakes[i]),
                                    std::move(consume->coastlines[i]), std::move(consume->borders[i])};
        consume->land[i] = {};
        consume->lakes[i] = {};
        consume->coastlines[i] = {};
        consume->borders[i] = {};
      } else {
        pendingLods[i].reset();
        uploadLod(i, data.land[i], data.lakes[i], data.coastlines[i], data.borders[i]);
      }
    }
    auto done = [consume](auto member) {
      if (consume) consume->*member = {};
    };
    disputed = uploadLines(data.disputedBorders, &lineIndices);
    done(&geo::MapData::disputedBorders);
    admin1Lines = uploadLines(data.admin1Lines, &lineIndices);
    done(&geo::MapData::admin1Lines);
    admin1LinesWide = uploadLines(data.admin1LinesWide, &lineIndices);
    done(&geo::MapData::admin1LinesWide);
    rivers = uploadLines(data.rivers, &lineIndices);
    done(&geo::MapData::rivers);
    admin1 = uploadFill(data.admin1);
    done(&geo::MapData::admin1);
    countries = data.countries;
    seas = data.seas;
    cities = data.cities;
    countryIndex.clear();
    admin1Index.clear();
    cacheValid = false;
    for (std::size_t i = 0; i < data.countries.size(); ++i)
      if (!data.countries[i].id.empty()) countryIndex.emplace(data.countries[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < data.admin1Regions.size(); ++i)
      if (!data.admin1Regions[i].id.empty()) admin1Index.emplace(data.admin1Regions[i].id, static_cast<int>(i));
    gl::VertexArray::unbind();
  }

  // Decodes and uploads the raster at reliefPath (once); false when relief is unusable.
  bool ensureRelief() {
    if (!reliefState) return false;
    if (relief) return true;
    auto r = loadReliefRaster(reliefPath);
    if (!r) {
      reliefState = r.error();
      return false;
    }
    reliefState = uploadRelief(*r);
    return reliefState.ok();
  }

  void setViewUniforms(const gl::Program& p, const View& v, const PixelRect& tile, double lonOffset) const {
    p.use();
    p.set("uCenter", f(v.cLon), f(v.cLat));
    p.set("uWorldPx", f(v.worldPx));
    p.set("uBlend", f(v.blend));
    p.set("uRotation", f(v.rotLon), f(v.rotLat));
    p.set("uLonOffset", f(lonOffset));
    p.set("uImageSize", f(v.width), f(v.height));
    p.set("uTile", f(tile.x), f(tile.y), f(tile.width), f(tile.height));
    p.set("uPixelScale", f(v.scale));
    p.set("uCenterMercY", f(mercatorY(v.cLat)));
  }

  // flushHalfway: issue the draw in two halves with a glFlush between them, so llvmpipe's
  // rasterizer threads start on the first half while this thread bins the second.
  void drawFill(const GpuFill& g, const Cull& cull, Rgba c, int feature = -2, bool flushHalfway = false) {
    if (g.empty()) return;
    std::vector<GLsizei> counts;
    std::vector<const void*> offsets;
    std::uint32_t runFirst = 0, runEnd = 0;
    bool open = false;
    auto flush = [&] {
      if (open && runEnd > runFirst) {
        counts.push_back(static_cast<GLsizei>(runEnd - runFirst));
        offsets.push_back(reinterpret_cast<const void*>(static_cast<std::uintptr_t>(runFirst) * sizeof(std::uint32_t)));
        stats.fillTriangles += (runEnd - runFirst) / 3;
      }
      open = false;
    };
    for (const geo::Chunk& ch : g.chunks) {
      if (feature != -2 && ch.feature != feature) continue;
      if (!cull.visible(ch.bbox)) continue;
      if (open && ch.first == runEnd) {
        runEnd += ch.count;
      } else {
        flush();
        runFirst = ch.first;
        runEnd = ch.first + ch.count;
        open = true;
      }
    }
    flush();
    if (counts.empty()) return;
    // Relief only where it is asked for: the flat program has no texture path at all.
    const gl::Program& p = reliefK[0] > 0 || reliefK[1] > 0 ? prog->reliefFill : prog->fill;
    p.use();
    p.set("uColor", c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
    if (&p == &prog->reliefFill) p.set("uRelief", reliefK[0], reliefK[1]);
    g.vao.bind();
    // Opaque fills skip blending: llvmpipe then writes whole tiles on its fast path.
    if (c.a == 255) glDisable(GL_BLEND);
    const auto n = static_cast<GLsizei>(counts.size());
    const GLsizei half = flushHalfway ? n / 2 : 0;
    if (half > 0) {
      glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(), half);
      glFlush();
    }
    glMultiDrawElements(GL_TRIANGLES, counts.data() + half, GL_UNSIGNED_INT, offsets.data() + half, n - half);
    glEnable(GL_BLEND);
    ++stats.drawCalls;
  }

  void drawLines(GpuLines& g, const Cull& cull, Rgba c, float widthPx, float dashPx = 0, float gapPx = 0) {
    if (g.empty() || widthPx <= 0) return;
    glVertexAttrib4f(1, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
    glVertexAttrib4f(2, widthPx, dashPx, gapPx, 0);
    std::vector<GLsizei> counts;
    std::vector<const void*> offsets;
    std::uint32_t runFirst = 0, runEnd = 0;
    bool open = false;
    auto flush = [&] {
      if (open && runEnd > runFirst) {
        counts.push_back(static_cast<GLsizei>((runEnd - runFirst) * 6));
        offsets.push_back(reinterpret_cast<const void*>(static_cast<std::uintptr_t>(runFirst) * 6 * sizeof(std::uint32_t)));
        stats.lineSegments += runEnd - runFirst;
      }
      open = false;
    };
    for (const geo::Chunk& ch : g.chunks) {
      if (!cull.visible(ch.bbox)) continue;
      if (open && ch.first == runEnd) {
        runEnd += ch.count;
      } else {
        flush();
        runFirst = ch.first;
        runEnd = ch.first + ch.count;
        open = true;
      }
    }
    flush();
    if (counts.empty()) return;
    g.vao.bind();
    glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(), static_cast<GLsizei>(counts.size()));
    ++stats.drawCalls;
  }

  GpuLines& graticuleFor(double zoom) {
    const int spacing = zoom < 2.5 ? 30 : zoom < 4.0 ? 10 : zoom < 6.0 ? 5 : 1;
    auto it = graticules.find(spacing);
    if (it == graticules.end()) it = graticules.emplace(spacing, uploadLines(buildGraticule(spacing))).first;
    return it->second;
  }

  // Label layout for the whole image (once per render, shared by all tiles). Collisions are
  // resolved by geo::placeLabels when its camera can express the view (pure Mercator, or the
  // globe facing the view centre); transitions use the same greedy rule here.
  std::vector<TextVertex> layoutLabels(const View& v, const FrameParams& frame) {
    struct Candidate {
      std::string text;
      geo::LonLat at;
      float size, tracking;
      Rgba color, halo;
      geo::LabelAnchor anchor;
      float offset;  // logical px
      int rank;      // lower wins
      float slant = 0;
      float width = 0, height = 0;  // image px
    };
    std::vector<Candidate> cands;
    const double s = v.scale;
    const float padding = f(3 * s);
    // Markers first: obstacles no label may cover (empty text, drawn by the marker pass). The
    // box is shrunk by the padding placement adds on both sides, so a callout whose gap is
    // at least the marker's radius fits beside it.
    for (const Marker& mk : symbols.markers) {
      const float d = std::max(1.0f, f((mk.radiusPx + mk.outlineWidthPx) * 2 * s) - 4 * padding);
      cands.push_back({"", mk.at, 0, 0, {}, {}, geo::LabelAnchor::Center, 0, std::numeric_limits<int>::min(), 0, d, d});
    }
    for (const Label& l : symbols.labels)
      cands.push_back({l.text, l.at, l.sizePx, 0, l.color, l.halo, l.anchor, l.offsetX,
                       -1000000 - std::clamp(l.priority, -900000, 900000)});
    if (frame.labels) {
      const Theme& t = frame.theme;
      auto add = [&](const geo::Feature& ft, float size, float tracking, Rgba color, bool upper, int base, float slant) {
        if (ft.labelRank > v.zoom + 0.5) return;
        cands.push_back({upper ? upperLatin(ft.name) : ft.name, ft.labelPoint, size, tracking, color, t.labelHalo,
                         geo::LabelAnchor::Center, 0, base + ft.labelRank, slant});
      };
      for (const auto& c : countries) add(c, c.labelRank <= 2 ? 12.0f : 10.5f, 0.8f, t.countryLabel, true, 0, 0);
      if (frame.cities)
        for (const auto& c : cities) add(c, 10.5f, 0, t.cityLabel, false, 100, 0);
      for (const auto& sf : seas) add(sf, 11.0f, 0.3f, t.seaLabel, false, 200, 0.2f);
    }
    for (Candidate& c : cands)
      if (!c.text.empty()) {
        c.width = f(font.measure(c.text, c.size, c.tracking) * s);
        c.height = f((font.ascent(c.size) - font.descent(c.size)) * s);
      }
    std::vector<geo::PlacedLabel> placed;
    const bool geoCamera = (v.blend == 0 || (v.blend == 1 && std::abs(v.rotLon - v.cLon) < 1e-9 &&
                                             std::abs(v.rotLat - v.cLat) < 1e-9)) &&
                           v.effectiveZoom >= geo::Camera::kMinZoom && v.effectiveZoom <= geo::Camera::kMaxZoom;
    if (geoCamera) {
      geo::Camera cam(v.width, v.height);
      cam.setProjection(v.blend == 1 ? geo::ProjectionKind::Orthographic : geo::ProjectionKind::Mercator);
      cam.setCenter({v.cLon, v.cLat});
      cam.setZoom(v.effectiveZoom);
      std::vector<geo::LabelCandidate> gc;
      for (const Candidate& c : cands)
        gc.push_back({{c.at.lon, c.at.lat}, c.width, c.height, c.rank, c.anchor, f(c.offset * s)});
      placed = geo::placeLabels(gc, cam, padding);
    } else {
      // Same rule as geo::placeLabels, with this renderer's blended projection.
      std::vector<std::uint32_t> order(cands.size());
      for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return cands[a].rank < cands[b].rank; });
      for (std::uint32_t i : order) {
        const Candidate& c = cands[i];
        auto p = project(v, c.at.lon, c.at.lat, nearestCopyOffset(v, c.at.lon));
        if (!p) continue;
        const float px = f(p->x), py = f(p->y), off = f(c.offset * s);
        geo::PlacedLabel l{i, 0, 0, 0, 0};
        switch (c.anchor) {
          case geo::LabelAnchor::Center: l.x0 = px - c.width / 2; l.y0 = py - c.height / 2; break;
          case geo::LabelAnchor::Right: l.x0 = px + off; l.y0 = py - c.height / 2; break;
          case geo::LabelAnchor::Above: l.x0 = px - c.width / 2; l.y0 = py - off - c.height; break;
        }
        l.x1 = l.x0 + c.width;
        l.y1 = l.y0 + c.height;
        if (l.x0 < 0 || l.y0 < 0 || l.x1 > v.width || l.y1 > v.height) continue;
        bool hit = false;
        for (const geo::PlacedLabel& o : placed)
          if (l.x0 - padding < o.x1 + padding && o.x0 - padding < l.x1 + padding && l.y0 - padding < o.y1 + padding &&
              o.y0 - padding < l.y1 + padding) {
            hit = true;
            break;
          }
        if (!hit) placed.push_back(l);
      }
    }
    std::vector<TextVertex> out;
    stats.labels = 0;
    for (const geo::PlacedLabel& p : placed) {
      const Candidate& c = cands[p.candidate];
      if (c.text.empty()) continue;
      ++stats.labels;
      // Pen at the box's left edge on the baseline, snapped to whole pixels by the shader.
      emitText(out, c.text, p.x0, f(p.y0 + font.ascent(c.size) * s), 0, 0, c.size, c.tracking, c.color, c.halo,
               c.slant);
    }
    return out;
  }

  void emitText(std::vector<TextVertex>& out, std::string_view textUtf8, float ax, float ay, float penX, float baseline,
                float size, float tracking, Rgba color, Rgba halo, float slant = 0) const {
    const float texelScale = size / font.bakePx();
    for (const GlyphQuad& q : font.layout(textUtf8, size, tracking)) {
      const float x0 = penX + q.x0, x1 = penX + q.x1, y0 = baseline + q.y0, y1 = baseline + q.y1;
      auto vert = [&](float x, float y, float u, float w) {
        // Slanted (oblique) text for water names: shear about the baseline.
        TextVertex t{ax, ay, x + (baseline - y) * slant, y, u, w, {}, {}, texelScale};
        copyColor(t.color, color);
        copyColor(t.halo, halo);
        out.push_back(t);
      };
      vert(x0, y0, q.u0, q.v0);
      vert(x1, y0, q.u1, q.v0);
      vert(x1, y1, q.u1, q.v1);
      vert(x0, y0, q.u0, q.v0);
      vert(x1, y1, q.u1, q.v1);
      vert(x0, y1, q.u0, q.v1);
    }
  }

  void drawText(std::size_t first, std::size_t count, const View& v, const PixelRect& tile) {
    if (count == 0) return;
    const gl::Program& text = prog->text;
    setViewUniforms(text, v, tile, 0);
    text.set("uScreenSpace", 1);
    text.set("uAtlasSize", f(font.width()), f(font.height()));
    text.set("uAtlas", 0);
    text.set("uSdfEdge", FontAtlas::kOnEdge / 255.0f);
    text.set("uSdfPerPx", FontAtlas::kPerTexel / 255.0f);
    text.set("uHaloPx", f(1.4 * v.scale));
    atlas.bind(0);
    textVao.bind();
    glDrawArrays(GL_TRIANGLES, static_cast<GLint>(first), static_cast<GLsizei>(count));
    ++stats.drawCalls;
  }

  // Arc segments with dash phases measured on screen for this frame; arrowheads.
  void buildArcs(const View& v, std::vector<ArcInstance>& segs, std::vector<ArrowInstance>& arrows) const {
    for (std::size_t i = 0; i < symbols.arcs.size(); ++i) {
      const Arc& a = symbols.arcs[i];
      std::vector<geo::LonLat> pts = arcPaths[i];
      if (pts.size() < 2) continue;
      const double offset = nearestCopyOffset(v, pts.front().lon);
      const float arrowSize = std::max(8.0f, a.widthPx * 4.0f);
      if (a.arrowhead) {
        // Trim the line under the arrowhead (screen space) so its cap doesn't poke through.
        double trim = (arrowSize * 0.6 + kArrowStandoffPx) * v.scale;
        while (pts.size() >= 2 && trim > 0) {
          auto p0 = project(v, pts[pts.size() - 2].lon, pts[pts.size() - 2].lat, offset);
          auto p1 = project(v, pts.back().lon, pts.back().lat, offset);
          if (!p0 || !p1) break;
          const double len = std::hypot(p1->x - p0->x, p1->y - p0->y);
          if (len > trim) {
            const double t = 1 - trim / len;
            const geo::LonLat s0 = pts[pts.size() - 2];
            geo::LonLat& e = pts.back();
            e = {f(s0.lon + (e.lon - s0.lon) * t), f(s0.lat + (e.lat - s0.lat) * t)};
            trim = 0;
          } else {
            trim -= len;
            pts.pop_back();
          }
        }
        const geo::LonLat tip = pointBefore(v, arcPaths[i], offset, kArrowStandoffPx * v.scale);
        const geo::LonLat from = pts.size() >= 2 ? pts.back() : arcPaths[i][arcPaths[i].size() - 2];
        ArrowInstance ar{tip.lon, tip.lat, from.lon, from.lat, {}, arrowSize};
        copyColor(ar.color, a.color);
        arrows.push_back(ar);
        if (pts.size() < 2) continue;
      }
      double along = 0;
      const float dash = a.dashed ? a.widthPx * 3 + 2 : 0, gap = a.dashed ? a.widthPx * 2 + 1.5f : 0;
      for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
        ArcInstance s{pts[k].lon, pts[k].lat, pts[k + 1].lon, pts[k + 1].lat, {}, a.widthPx, dash, gap, f(along / v.scale)};
        copyColor(s.color, a.color);
        segs.push_back(s);
        auto p0 = project(v, pts[k].lon, pts[k].lat, offset);
        auto p1 = project(v, pts[k + 1].lon, pts[k + 1].lat, offset);
        if (p0 && p1) along += std::hypot(p1->x - p0->x, p1->y - p0->y);
      }
    }
  }

  std::vector<ScreenVertex> buildOverlayRects(const View& v) const {
    std::vector<ScreenVertex> out;
    auto quad = [&](double x0, double y0, double x1, double y1, Rgba c) {
      auto vert = [&](double x, double y) {
        ScreenVertex s{f(x), f(y), {}};
        copyColor(s.color, c);
        out.push_back(s);
      };
      vert(x0, y0);
      vert(x1, y0);
      vert(x1, y1);
      vert(x0, y0);
      vert(x1, y1);
      vert(x0, y1);
    };
    const double s = v.scale;
    for (const OverlayRect& r : overlay.rects) {
      // Snap to whole pixels: boxes stay crisp.
      const double x0 = std::round(r.x * s), y0 = std::round(r.y * s), x1 = std::round((r.x + r.width) * s),
                   y1 = std::round((r.y + r.height) * s);
      if (r.fill.a > 0) quad(x0, y0, x1, y1, r.fill);
      if (r.strokePx > 0 && r.stroke.a > 0) {
        const double w = std::max(1.0, std::round(r.strokePx * s));
        quad(x0, y0, x1, y0 + w, r.stroke);
        quad(x0, y1 - w, x1, y1, r.stroke);
        quad(x0, y0 + w, x0 + w, y1 - w, r.stroke);
        quad(x1 - w, y0 + w, x1, y1 - w, r.stroke);
      }
    }
    return out;
  }
};

MapRenderer::MapRenderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;
MapRenderer::~MapRenderer() = default;

Result<MapRenderer> MapRenderer::create(const RendererOptions& options) {
  auto impl = std::make_unique<Impl>();
  if (options.relief) {
    impl->reliefPath = options.reliefPath.empty() ? defaultReliefPath() : options.reliefPath;
    impl->reliefState = probeRelief(impl->reliefPath);
  } else {
    impl->reliefState = Error{"relief disabled (RendererOptions::relief = false)"};
  }
  struct Spec {
    gl::Program* out;
    const char* vs;
    const char* fs;
  };
  for (int set = 0; set < 2; ++set) {
    Impl::Programs& ps = impl->programSets[static_cast<std::size_t>(set)];
    const std::string preamble = set == 0 ? "#define WIREMAP_MERCATOR_ONLY 1\n" : "";
    const std::string lonMercator = preamble + "#define WIREMAP_LON_MERCATOR 1\n";
    for (const Spec& s : {Spec{&ps.fill, "fill.vert.glsl", "fill.frag.glsl"},
                          Spec{&ps.reliefFill, "relief.vert.glsl", "relief.frag.glsl"},
                          Spec{&ps.line, "line.vert.glsl", "line.frag.glsl"},
                          Spec{&ps.lineStatic, "line.vert.glsl", "line.frag.glsl"},
                          Spec{&ps.marker, "marker.vert.glsl", "marker.frag.glsl"},
                          Spec{&ps.arrow, "arrow.vert.glsl", "arrow.frag.glsl"},
                          Spec{&ps.text, "text.vert.glsl", "text.frag.glsl"},
                          Spec{&ps.screen, "screen.vert.glsl", "screen.frag.glsl"}}) {
      auto p = impl->shaders.program(s.vs, s.fs, s.out == &ps.lineStatic ? lonMercator : preamble);
      if (!p) return p.error();
      *s.out = std::move(p).value();
    }
    ps.reliefFill.use();
    ps.reliefFill.set("uReliefTex", 1);
  }
  auto font = FontAtlas::loadDefault();
  if (!font) return font.error();
  impl->font = std::move(font).value();
  impl->atlas = gl::Texture::create2D(impl->font.width(), impl->font.height(), GL_R8, GL_RED, GL_UNSIGNED_BYTE,
                                      std::as_bytes(std::span<const std::uint8_t>(impl->font.pixels())));
  impl->sea = uploadFill(buildSeaMesh());

  // Symbol and overlay buffers with their layouts (contents replaced on change / per frame).
  Impl& m = *impl;
  auto markerLayout = [](gl::VertexArray& vao, const gl::Buffer& buf) {
    vao = gl::VertexArray::create();
    vao.attribute(0, buf, 2, GL_FLOAT, false, sizeof(MarkerInstance), offsetof(MarkerInstance, lon), 1);
    vao.attribute(1, buf, 4, GL_UNSIGNED_BYTE, true, sizeof(MarkerInstance), offsetof(MarkerInstance, fill), 1);
    vao.attribute(2, buf, 4, GL_UNSIGNED_BYTE, true, sizeof(MarkerInstance), offsetof(MarkerInstance, outline), 1);
    vao.attribute(3, buf, 2, GL_FLOAT, false, sizeof(MarkerInstance), offsetof(MarkerInstance, radius), 1);
  };
  m.markerBuf = gl::Buffer::create();
  markerLayout(m.markerVao, m.markerBuf);
  m.ringBuf = gl::Buffer::create();
  markerLayout(m.ringVao, m.ringBuf);
  m.arcBuf = gl::Buffer::create();
  m.arcVao = gl::VertexArray::create();
  m.arcVao.attribute(0, m.arcBuf, 4, GL_FLOAT, false, sizeof(ArcInstance), offsetof(ArcInstance, lon0), 1);
  m.arcVao.attribute(1, m.arcBuf, 4, GL_UNSIGNED_BYTE, true, sizeof(ArcInstance), offsetof(ArcInstance, color), 1);
  m.arcVao.attribute(2, m.arcBuf, 4, GL_FLOAT, false, sizeof(ArcInstance), offsetof(ArcInstance, width), 1);
  m.arrowBuf = gl::Buffer::create();
  m.arrowVao = gl::VertexArray::create();
  m.arrowVao.attribute(0, m.arrowBuf, 4, GL_FLOAT, false, sizeof(ArrowInstance), offsetof(ArrowInstance, tipLon), 1);
  m.arrowVao.attribute(1, m.arrowBuf, 4, GL_UNSIGNED_BYTE, true, sizeof(ArrowInstance), offsetof(ArrowInstance, color), 1);
  m.arrowVao.attribute(2, m.arrowBuf, 1, GL_FLOAT, false, sizeof(ArrowInstance), offsetof(ArrowInstance, size), 1);
  m.textBuf = gl::Buffer::create();
  m.textVao = gl::VertexArray::create();
  m.textVao.attribute(0, m.textBuf, 2, GL_FLOAT, false, sizeof(TextVertex), offsetof(TextVertex, ax));
  m.textVao.attribute(1, m.textBuf, 2, GL_FLOAT, false, sizeof(TextVertex), offsetof(TextVertex, ox));
  m.textVao.attribute(2, m.textBuf, 2, GL_FLOAT, false, sizeof(TextVertex), offsetof(TextVertex, u));
  m.textVao.attribute(3, m.textBuf, 4, GL_UNSIGNED_BYTE, true, sizeof(TextVertex), offsetof(TextVertex, color));
  m.textVao.attribute(4, m.textBuf, 4, GL_UNSIGNED_BYTE, true, sizeof(TextVertex), offsetof(TextVertex, halo));
  m.textVao.attribute(5, m.textBuf, 1, GL_FLOAT, false, sizeof(TextVertex), offsetof(TextVertex, scale));
  m.screenBuf = gl::Buffer::create();
  m.screenVao = gl::VertexArray::create();
  m.screenVao.attribute(0, m.screenBuf, 2, GL_FLOAT, false, sizeof(ScreenVertex), offsetof(ScreenVertex, x));
  m.screenVao.attribute(1, m.screenBuf, 4, GL_UNSIGNED_BYTE, true, sizeof(ScreenVertex), offsetof(ScreenVertex, color));
  gl::VertexArray::unbind();
  return MapRenderer(std::move(impl));
}

void MapRenderer::upload(const geo::MapData& data) { impl_->uploadBase(data, nullptr); }

void MapRenderer::uploadAndRelease(geo::MapData& data) { impl_->uploadBase(data, &data); }

void MapRenderer::setSymbols(const Symbols& symbols) {
  Impl& m = *impl_;
  m.symbols = symbols;
  m.arcPaths.clear();
  for (const Arc& a : symbols.arcs) m.arcPaths.push_back(greatCirclePath(a.from, a.to));
  std::vector<MarkerInstance> inst;
  for (const Marker& mk : symbols.markers) {
    MarkerInstance i{mk.at.lon, mk.at.lat, {}, {}, mk.radiusPx, mk.outlineWidthPx};
    copyColor(i.fill, mk.fill);
    copyColor(i.outline, mk.outline);
    inst.push_back(i);
  }
  m.markerBuf.setData(std::span<const MarkerInstance>(inst), GL_DYNAMIC_DRAW);
  m.markerCount = inst.size();
  m.cacheValid = false;
}

void MapRenderer::setOverlay(const Overlay& overlay) {
  impl_->overlay = overlay;
  impl_->cacheValid = false;
}

bool sameFrame(const FrameParams& a, const FrameParams& b) {
  auto sameRotation = [](const std::optional<geo::LonLat>& x, const std::optional<geo::LonLat>& y) {
    if (x.has_value() != y.has_value()) return false;
    return !x || (x->lon == y->lon && x->lat == y->lat);
  };
  return a.centerLon == b.centerLon && a.centerLat == b.centerLat && a.zoom == b.zoom &&
         a.viewportWidth == b.viewportWidth && a.viewportHeight == b.viewportHeight &&
         a.projectionBlend == b.projectionBlend && sameRotation(a.globeRotation, b.globeRotation) &&
         a.theme == b.theme && a.pixelScale == b.pixelScale && a.graticule == b.graticule && a.labels == b.labels &&
         a.cities == b.cities && a.transparentBackground == b.transparentBackground && a.lod == b.lod &&
         a.relief == b.relief;
}

namespace {

// When `next` shows the base map of `prev` moved by whole image pixels (Web Mercator, same
// zoom and style, only the centre differs), the move (right, down) and the rectangles it
// uncovers. Moves that uncover more than half the image are not worth it.
bool panDamage(const FrameParams& prev, const FrameParams& next, int width, int height, int& dx, int& dy,
               std::vector<PixelRect>& damage) {
  FrameParams same = next;
  same.centerLon = prev.centerLon;
  same.centerLat = prev.centerLat;
  if (!sameFrame(same, prev)) return false;
  const View a = makeView(prev, width, height), b = makeView(next, width, height);
  if (a.blend != 0 || b.blend != 0) return false;
  const double sx = -std::remainder(b.cLon - a.cLon, 360.0) * a.worldPx / 360.0;
  const double sy = (mercatorY(b.cLat) - mercatorY(a.cLat)) * a.worldPx / (2 * kPi);
  if (std::abs(sx) >= width / 2.0 || std::abs(sy) >= height / 2.0) return false;
  dx = static_cast<int>(std::lround(sx));
  dy = static_cast<int>(std::lround(sy));
  if (std::abs(sx - dx) > 0.01 || std::abs(sy - dy) > 0.01) return false;  // sub-pixel: redraw
  damage.clear();
  int rowsTop = 0, rowsEnd = height;  // rows not in the horizontal band
  if (dy > 0) {
    damage.push_back({0, 0, width, dy});
    rowsTop = dy;
  } else if (dy < 0) {
    damage.push_back({0, height + dy, width, -dy});
    rowsEnd = height + dy;
  }
  if (dx > 0) damage.push_back({0, rowsTop, dx, rowsEnd - rowsTop});
  if (dx < 0) damage.push_back({width + dx, rowsTop, -dx, rowsEnd - rowsTop});
  return true;
}

}  // namespace

void MapRenderer::renderCached(RenderTarget& target, const FrameParams& frame) {
  Impl& m = *impl_;
  lastCached_ = false;
  if (target.tileCount() != 1) {
    render(target, frame);
    return;
  }
  const int w = target.width(), h = target.height();
  if (!m.cache || m.cache->width() != w || m.cache->height() != h) {
    m.cacheValid = false;
    m.cache.reset();
    m.baseCache.reset();
    auto c = OffscreenTarget::create(w, h);
    if (!c || c->tiled()) {  // no cache possible: draw directly
      render(target, frame);
      return;
    }
    m.cache.emplace(std::move(c).value());
  }
  if (m.cacheValid && sameFrame(frame, m.cacheFrame)) {
    lastCached_ = true;
  } else {
    m.stats = {};
    int dx = 0, dy = 0;
    std::vector<PixelRect> damage;
    const bool pan = m.cacheValid && panDamage(m.cacheFrame, frame, w, h, dx, dy, damage);
    // The base map gets a copy of its own from the first pan on (8 MB at 1080p that a window
    // which is never dragged doesn't need).
    if (pan && !m.baseCache) {
      if (auto b = OffscreenTarget::create(w, h)) m.baseCache.emplace(std::move(b).value());
      m.baseCacheValid = false;
    }
    if (!m.baseCache) {
      m.draw(*m.cache, frame, Impl::kBasePass | Impl::kTopPass, {});
    } else if (pan && m.baseCacheValid) {
      // The base copy belongs to cacheFrame while nothing was uploaded or replaced since.
      m.baseCache->blitShiftedInto(*m.cache, dx, dy);
      if (!damage.empty()) m.draw(*m.cache, frame, Impl::kBasePass, damage);
      m.cache->blitShiftedInto(*m.baseCache, 0, 0);
      m.stats.panReused = true;
    } else {
      m.draw(*m.baseCache, frame, Impl::kBasePass, {});
      m.baseCache->blitShiftedInto(*m.cache, 0, 0);
    }
    if (m.baseCache) m.draw(*m.cache, frame, Impl::kTopPass, {});
    m.baseCacheValid = m.baseCache.has_value();
    stats_ = m.stats;
    m.cacheFrame = frame;
    m.cacheValid = true;
  }
  // Copy into the target's viewport (beginTile binds the target and sets it).
  target.beginTile(0);
  GLint vp[4] = {0, 0, 0, 0};
  glGetIntegerv(GL_VIEWPORT, vp);
  m.cache->blitIntoBound(vp[0], vp[1]);
  target.endTile(0);
}

const Status& MapRenderer::reliefStatus() const { return impl_->reliefState; }

Status MapRenderer::loadRelief(const std::filesystem::path& path) {
  Impl& m = *impl_;
  m.relief = {};
  m.reliefPath = path;
  m.cacheValid = false;
  auto r = loadReliefRaster(path);
  m.reliefState = r ? m.uploadRelief(*r) : Status(r.error());
  return m.reliefState;
}

float MapRenderer::measureText(std::string_view text, float sizePx) const { return impl_->font.measure(text, sizePx); }

void MapRenderer::render(RenderTarget& target, const FrameParams& frame) {
  impl_->stats = {};
  impl_->draw(target, frame, Impl::kBasePass | Impl::kTopPass, {});
  stats_ = impl_->stats;
}

void MapRenderer::Impl::draw(RenderTarget& target, const FrameParams& frame, unsigned passes,
                             std::span<const PixelRect> damage) {
  Impl& m = *this;
  const bool basePass = (passes & kBasePass) != 0, topPass = (passes & kTopPass) != 0;
  const View v = makeView(frame, target.width(), target.height());
  m.prog = &m.programSets[v.blend > 0 ? 1 : 0];
  const geo::Lod lod = lodFor(frame, target.width());
  const int li = static_cast<int>(lod);
  m.ensureLod(li);  // upload this LOD's layers on first use (uploadAndRelease)
  m.stats.lod = lod;
  const Theme& t = frame.theme;
  const bool shaded = basePass && frame.relief && (t.reliefShadow > 0 || t.reliefLight > 0) && m.ensureRelief();
  if (basePass) m.stats.relief = shaded;

  // Per-frame CPU work shared by all tiles.
  std::vector<TextVertex> textVerts;
  std::size_t mapTextVerts = 0;  // the rest belongs to the overlay pass
  std::vector<ArcInstance> arcSegs;
  std::vector<ArrowInstance> arrows;
  std::vector<ScreenVertex> rects;
  // Labels, overlay text and arcs for the top pass: laid out after the base map's draws are
  // issued (and flushed), so llvmpipe rasterizes the land meanwhile.
  auto prepareTop = [&] {
    textVerts = m.layoutLabels(v, frame);
    mapTextVerts = textVerts.size();
    for (const OverlayText& o : m.overlay.texts) {
      const float w = m.font.measure(o.text, o.sizePx);
      float pen = 0;
      if (o.anchor == TextAnchor::Center) pen = -w / 2;
      if (o.anchor == TextAnchor::Right) pen = -w;
      m.emitText(textVerts, o.text, f(std::round(o.x * v.scale)), f(std::round(o.y * v.scale)), pen, 0, o.sizePx, 0,
                 o.color, o.halo);
    }
    m.textBuf.setData(std::span<const TextVertex>(textVerts), GL_STREAM_DRAW);
    m.buildArcs(v, arcSegs, arrows);
    m.arcBuf.setData(std::span<const ArcInstance>(arcSegs), GL_STREAM_DRAW);
    m.arrowBuf.setData(std::span<const ArrowInstance>(arrows), GL_STREAM_DRAW);
    rects = m.buildOverlayRects(v);
    m.screenBuf.setData(std::span<const ScreenVertex>(rects), GL_STREAM_DRAW);
  };
  bool topPrepared = false;
  if (basePass && v.blend >= 1 && !frame.transparentBackground) {
    MarkerInstance ring{f(v.rotLon), f(v.rotLat), {0, 0, 0, 0}, {}, f(v.worldPx / (2 * kPi) / v.scale), 0.8f};
    copyColor(ring.outline, t.coastline);
    m.ringBuf.setData(std::span<const MarkerInstance>(&ring, 1), GL_STREAM_DRAW);
  }

  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // shaders output premultiplied alpha
  // The globe's back hemisphere is clipped by gl_ClipDistance[0] (no discard in shaders).
  if (v.blend > 0) glEnable(GL_CLIP_DISTANCE0);
  else glDisable(GL_CLIP_DISTANCE0);

  // Everything under the symbols and labels, culled to `copies` (the whole view, or one
  // damaged rectangle of it).
  auto drawBase = [&](const PixelRect& tile, const std::vector<Copy>& copies) {
    Rgba bg = t.background;
    if (v.blend == 0) bg = t.water;
    if (frame.transparentBackground) bg = {0, 0, 0, 0};
    const float ba = bg.a / 255.f;
    glClearColor(bg.r / 255.f * ba, bg.g / 255.f * ba, bg.b / 255.f * ba, ba);
    glClear(GL_COLOR_BUFFER_BIT);

    for (const Copy& c : copies) {
      m.setViewUniforms(m.prog->fill, v, tile, c.lonOffset);
      if (v.blend > 0 && !frame.transparentBackground) m.drawFill(m.sea, c.cull, t.water);
    }
    if (frame.graticule) {
      GpuLines& g = m.graticuleFor(v.zoom);
      for (const Copy& c : copies) {
        m.setViewUniforms(m.prog->lineStatic, v, tile, c.lonOffset);
        m.drawLines(g, c.cull, t.graticule, t.graticuleWidth);
      }
    }
    for (const Copy& c : copies) {
      m.setViewUniforms(m.prog->fill, v, tile, c.lonOffset);
      if (shaded) {
        m.setViewUniforms(m.prog->reliefFill, v, tile, c.lonOffset);
        m.prog->reliefFill.set("uReliefWidth", f(m.relief.width()));
        m.reliefK[0] = std::clamp(t.reliefShadow, 0.0f, 1.0f);
        m.reliefK[1] = std::clamp(t.reliefLight, 0.0f, 1.0f);
      }
      m.drawFill(m.land[li], c.cull, t.land, -2, /*flushHalfway=*/true);
      for (const Highlight& h : m.symbols.highlights) {
        if (auto it = m.countryIndex.find(h.featureId); it != m.countryIndex.end())
          m.drawFill(m.land[li], c.cull, h.color, it->second);
        else if (auto a1 = m.admin1Index.find(h.featureId); a1 != m.admin1Index.end())
          m.drawFill(m.admin1, c.cull, h.color, a1->second);
      }
      m.reliefK[0] = m.reliefK[1] = 0;
      if (frame.transparentBackground) {
        // Lakes are holes in the land: write transparent pixels.
        glBlendFunc(GL_ZERO, GL_ZERO);
        m.drawFill(m.lakes[li], c.cull, Rgba{0, 0, 0, 0});
        glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
      } else {
        m.drawFill(m.lakes[li], c.cull, t.lakeFill);
      }
    }
    // Hand the fills to llvmpipe's rasterizer threads now: they shade the land while this
    // thread runs the line vertices and bins their triangles (~1 ms of a region frame).
    glFlush();
    for (const Copy& c : copies) {
      m.setViewUniforms(m.prog->lineStatic, v, tile, c.lonOffset);
      if (v.zoom >= kRiverMinZoom) m.drawLines(m.rivers, c.cull, t.river, t.riverWidth);
      if (v.zoom >= kAdmin1MinZoom) {
        // The simplified lines while the map itself is at subregional detail or coarser
        // (older packs without them: the fine lines).
        const bool wide = lod <= geo::Lod::Subregional && !m.admin1LinesWide.empty();
        m.drawLines(wide ? m.admin1LinesWide : m.admin1Lines, c.cull, t.admin1, t.admin1Width);
      }
      m.drawLines(m.coast[li], c.cull, t.coastline, t.coastlineWidth);
      m.drawLines(m.borders[li], c.cull, t.border, t.borderWidth);
      m.drawLines(m.disputed, c.cull, t.disputed, t.borderWidth, 3, 2.5f);
    }
    if (v.blend >= 1 && !frame.transparentBackground) {
      // Globe outline: a ring marker (transparent fill) at the globe's centre.
      m.setViewUniforms(m.prog->marker, v, tile, 0);
      m.ringVao.bind();
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, 1);
    }
  };

  const std::vector<Copy> copies = worldCopies(v);
  for (int ti = 0; ti < target.tileCount(); ++ti) {
    const PixelRect tile = target.beginTile(ti);
    if (shaded) {
      m.relief.bind(1);
      // Web Mercator magnifies the raster uniformly: up to 2 px per texel nearest texels
      // (a smooth hillshade shows no steps at that size, and llvmpipe samples them ~40 %
      // faster), beyond that bilinear; both without the mip chain, which llvmpipe samples
      // much slower. Minified Web Mercator views take the next coarser mip level, nearest
      // (relief.frag.glsl: 1 to 2 px per texel again); the globe filters its mipmaps.
      const double pxPerTexel = v.blend == 0 ? v.worldPx / m.relief.width() : 0.0;
      const GLint mag = pxPerTexel >= 1 && pxPerTexel < 2 ? GL_NEAREST : GL_LINEAR;
      const GLint minified = v.blend == 0 ? GL_NEAREST_MIPMAP_NEAREST : GL_LINEAR_MIPMAP_NEAREST;
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, pxPerTexel >= 1 ? mag : minified);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, mag);
      glActiveTexture(GL_TEXTURE0);
    }
    if (basePass && damage.empty()) drawBase(tile, copies);
    if (basePass && !damage.empty()) {
      // Only the damaged rectangles (Web Mercator, one untiled target): scissored, and
      // culled to each rectangle so the vertex work shrinks with the area.
      glEnable(GL_SCISSOR_TEST);
      for (const PixelRect& r : damage) {
        glScissor(r.x - tile.x, tile.y + tile.height - (r.y + r.height), r.width, r.height);
        drawBase(tile, worldCopies(subView(v, r)));
      }
      glDisable(GL_SCISSOR_TEST);
    }
    if (topPass) {
      if (!topPrepared) {
        if (basePass) glFlush();  // the lines rasterize while the labels are laid out
        prepareTop();
        topPrepared = true;
      }
      // Symbols: arcs, arrowheads, markers (every world copy; a handful of instances).
      for (const Copy& c : copies) {
        if (!arcSegs.empty()) {
          m.setViewUniforms(m.prog->line, v, tile, c.lonOffset);
          m.arcVao.bind();
          glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(arcSegs.size()));
        }
        if (!arrows.empty()) {
          m.setViewUniforms(m.prog->arrow, v, tile, c.lonOffset);
          m.arrowVao.bind();
          glDrawArraysInstanced(GL_TRIANGLES, 0, 3, static_cast<GLsizei>(arrows.size()));
        }
        if (m.markerCount > 0) {
          m.setViewUniforms(m.prog->marker, v, tile, c.lonOffset);
          m.markerVao.bind();
          glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(m.markerCount));
        }
      }
      // Labels, then the overlay (boxes under their text).
      m.drawText(0, mapTextVerts, v, tile);
      if (!rects.empty()) {
        m.setViewUniforms(m.prog->screen, v, tile, 0);
        m.screenVao.bind();
        glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(rects.size()));
      }
      m.drawText(mapTextVerts, textVerts.size() - mapTextVerts, v, tile);
    }
    gl::VertexArray::unbind();
    target.endTile(ti);
  }
  glDisable(GL_CLIP_DISTANCE0);
}

Result<Image> renderToImage(MapRenderer& renderer, const FrameParams& frame, int width, int height, int maxTile) {
  auto target = OffscreenTarget::create(width, height, {0, maxTile});
  if (!target) return target.error();
  renderer.render(*target, frame);
  Image img = target->readback();
  // The framebuffer holds premultiplied alpha; images are straight alpha.
  for (std::size_t i = 0; i < img.rgba.size(); i += 4) {
    const unsigned a = img.rgba[i + 3];
    if (a == 255) continue;
    if (a == 0) {
      img.rgba[i] = img.rgba[i + 1] = img.rgba[i + 2] = 0;
      continue;
    }
    for (int k = 0; k < 3; ++k)
      img.rgba[i + k] = static_cast<std::uint8_t>(std::min(255u, (img.rgba[i + k] * 255u + a / 2) / a));
  }
  return img;
}

Status renderToPng(MapRenderer& renderer, const FrameParams& frame, int width, int height,
                   const std::filesystem::path& path) {
  auto img = renderToImage(renderer, frame, width, height);
  if (!img) return Error{path.string() + ": " + img.error().message};
  return writePng(path, *img);
}

}  // namespace wiremap::render
