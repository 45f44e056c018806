#include "app/scene.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "geo/projection.hpp"
#include "ui/palette.hpp"

namespace wiremap::app {
namespace {

bool validPlace(const Document& doc, Id p) { return p >= 0 && p < static_cast<Id>(doc.places.size()); }

int mentionCount(const Place& p) { return static_cast<int>(p.mentions.size()); }

/// 0..1: the geoparser's salience, or mention share when it did not set one.
double salienceOf(const Document& doc, const Place& p) {
  if (p.salience > 0) return std::clamp(p.salience, 0.0, 1.0);
  int most = 1;
  for (const auto& q : doc.places) most = std::max(most, mentionCount(q));
  return static_cast<double>(mentionCount(p)) / most;
}

/// The point halfway along the great circle from a to b (degrees).
geo::LonLat greatCircleMidpoint(geo::LonLat a, geo::LonLat b) {
  const auto vec = [](geo::LonLat p) {
    const double lon = p.lon * M_PI / 180, lat = p.lat * M_PI / 180;
    return std::array<double, 3>{std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
  };
  const auto va = vec(a), vb = vec(b);
  const double x = va[0] + vb[0], y = va[1] + vb[1], z = va[2] + vb[2];
  if (std::hypot(x, y, z) < 1e-9) return a;  // antipodes: any midpoint; keep the start
  return {static_cast<float>(std::atan2(y, x) * 180 / M_PI), static_cast<float>(std::atan2(z, std::hypot(x, y)) * 180 / M_PI)};
}

}  // namespace

std::optional<geo::LonLat> placeAnchor(const Document& doc, Id place) {
  if (!validPlace(doc, place)) return std::nullopt;
  const Place& p = doc.places[place];
  if (!p.resolved) return std::nullopt;
  return geo::LonLat{static_cast<float>(p.drawLon()), static_cast<float>(p.drawLat())};
}

std::optional<geo::LonLat> endpointAnchor(const Document& doc, const Endpoint& e) {
  return placeAnchor(doc, endpointPlace(doc, e));
}

Scene buildScene(const Document& doc, const ui::UiState& state) {
  Scene scene;
  const auto& f = state.filters;
  std::set<std::string> highlighted;
  // Areas first: countries acting in the story and admin regions, tinted; the selection stronger.
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (!p.resolved || !f.placeVisible(p) || p.polygonId.empty()) continue;
    const bool sel = state.selected.kind == ui::ItemKind::Place && state.selected.id == static_cast<Id>(i);
    const bool hov = state.hovered.kind == ui::ItemKind::Place && state.hovered.id == static_cast<Id>(i);
    if (p.kind != PlaceKind::Country && p.kind != PlaceKind::Admin1) continue;
    if (!highlighted.insert(p.polygonId).second) continue;
    render::Rgba c = p.kind == PlaceKind::Admin1 ? render::Rgba{214, 180, 222, 255} : render::Rgba{236, 222, 196, 255};
    if (sel || hov) c = p.kind == PlaceKind::Admin1 ? render::Rgba{190, 140, 205, 255} : render::Rgba{226, 196, 150, 255};
    scene.symbols.highlights.push_back({p.polygonId, c});
  }
  // Links as arcs, one per (from, to, type).
  if (f.showLinks) {
    std::set<std::tuple<Id, Id, int>> drawn;
    for (std::size_t i = 0; i < doc.links.size(); ++i) {
      const Link& l = doc.links[i];
      if (!f.linkVisible(l)) continue;
      const Id a = endpointPlace(doc, l.from), b = endpointPlace(doc, l.to);
      if (a == kNone || b == kNone || a == b) continue;
      if (!f.placeVisible(doc.places[a]) || !f.placeVisible(doc.places[b])) continue;
      if (!drawn.insert({a, b, static_cast<int>(l.type)}).second) continue;
      const auto pa = placeAnchor(doc, a), pb = placeAnchor(doc, b);
      if (!pa || !pb) continue;
      const bool sel = (state.selected.kind == ui::ItemKind::Link && state.selected.id == static_cast<Id>(i)) ||
                       (state.selected.kind == ui::ItemKind::Place && (state.selected.id == a || state.selected.id == b));
      if (f.showLabels && !l.label.empty()) {
        // The link's label at the middle of its great circle, in the link's colour.
        render::Label lab;
        lab.text = l.hypothetical ? l.label + "?" : l.label;
        lab.at = greatCircleMidpoint(*pa, *pb);
        lab.sizePx = 10.5f;
        lab.color = ui::linkColor(l.type);
        lab.anchor = geo::LabelAnchor::Center;
        lab.offsetX = 0;
        lab.priority = sel ? 400 : -50;  // below place names unless selected
        scene.symbols.labels.push_back(std::move(lab));
      }
      render::Arc arc;
      arc.from = *pa;
      arc.to = *pb;
      arc.color = ui::linkColor(l.type);
      arc.widthPx = sel ? 3.5f : 2.0f;
      arc.dashed = l.hypothetical;
      arc.arrowhead = l.directed;
      scene.symbols.arcs.push_back(arc);
    }
  }
  // Markers and labels, least salient first so important ones draw on top.
  std::vector<Id> order;
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (!p.resolved || !f.placeVisible(p)) continue;
    if (!f.search.empty() && !ui::containsNoCase(p.name, f.search)) continue;
    order.push_back(static_cast<Id>(i));
  }
  std::stable_sort(order.begin(), order.end(), [&](Id a, Id b) { return salienceOf(doc, doc.places[a]) < salienceOf(doc, doc.places[b]); });
  // A country anchored at a capital the story also names as a city ("Seoul" and "South
  // Korea") is shown by its area highlight and the city's marker, not a second marker on top.
  const auto coincidesWithCity = [&](Id id) {
    if (doc.places[id].polygonId.empty()) return false;
    for (Id other : order)
      if (countryAnchoredAtCity(doc, id, other)) return true;
    return false;
  };
  for (Id id : order) {
    const Place& p = doc.places[id];
    const auto at = placeAnchor(doc, id);
    if (!at || coincidesWithCity(id)) continue;
    const double s = salienceOf(doc, p);
    const bool sel = state.selected.kind == ui::ItemKind::Place && state.selected.id == id;
    const bool hov = state.hovered.kind == ui::ItemKind::Place && state.hovered.id == id;
    render::Marker m;
    m.at = *at;
    m.radiusPx = static_cast<float>(4.0 + 5.0 * s) + (sel ? 2.5f : 0.0f);
    m.fill = ui::placeColor(p.kind);
    m.outline = sel ? render::Rgba{20, 20, 20, 255} : hov ? render::Rgba{255, 200, 0, 255} : render::Rgba{255, 255, 255, 255};
    m.outlineWidthPx = sel || hov ? 2.5f : 1.5f;
    scene.symbols.markers.push_back(m);
    scene.markers.push_back({id, *at, m.radiusPx});
    if (f.showLabels) {
      render::Label lab;
      lab.text = p.name;
      lab.at = *at;
      lab.sizePx = static_cast<float>(11.0 + 3.0 * s) + (sel ? 1.0f : 0.0f);
      lab.color = {25, 25, 25, 255};
      lab.offsetX = m.radiusPx + m.outlineWidthPx + 5;  // clear of the marker (an obstacle for labels)
      lab.priority = static_cast<int>(s * 100) + (sel ? 1000 : 0) + (hov ? 500 : 0);
      scene.symbols.labels.push_back(std::move(lab));
    }
  }
  return scene;
}

std::optional<geo::BBox> articleBBox(const Document& doc, const ui::Filters& filters) {
  // The story's own places (cities, regions, seas) define the frame; countries, anchored at
  // capitals that can be far away (Washington for a story in Korea), join it only when
  // their anchor lies near those places. With no such places, every anchor counts.
  struct Pt {
    geo::LonLat at;
    bool country;
  };
  std::vector<Pt> pts;
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (!p.resolved || !filters.placeVisible(p) || p.kind == PlaceKind::Continent) continue;
    if (const auto a = placeAnchor(doc, static_cast<Id>(i))) pts.push_back({*a, p.kind == PlaceKind::Country});
  }
  if (pts.empty()) return std::nullopt;
  const auto grow = [](geo::BBox& b, geo::LonLat a) {
    b.minLon = std::min(b.minLon, a.lon);
    b.maxLon = std::max(b.maxLon, a.lon);
    b.minLat = std::min(b.minLat, a.lat);
    b.maxLat = std::max(b.maxLat, a.lat);
  };
  geo::BBox core{180, 90, -180, -90};
  bool anyCore = false;
  for (const Pt& p : pts)
    if (!p.country) {
      grow(core, p.at);
      anyCore = true;
    }
  if (!anyCore) {
    for (const Pt& p : pts) grow(core, p.at);
    return core;
  }
  constexpr float kNear = 25.0f;  // degrees around the story's own places
  geo::BBox b = core;
  for (const Pt& p : pts)
    if (p.country && p.at.lon >= core.minLon - kNear && p.at.lon <= core.maxLon + kNear && p.at.lat >= core.minLat - kNear &&
        p.at.lat <= core.maxLat + kNear)
      grow(b, p.at);
  return b;
}

namespace {
void fitBox(render::FrameParams& frame, geo::BBox b, int width, int height, double maxZoom) {
  const double padFrac = 0.12;
  double dLon = std::max(0.5, static_cast<double>(b.maxLon - b.minLon));
  // Web Mercator units (geo/projection.hpp): x = lon / 180, y = northing / pi, so 2 units of
  // either span 256 * 2^zoom px.
  const double y0 = geo::mercatorForward({0, b.minLat}).y, y1 = geo::mercatorForward({0, b.maxLat}).y;
  double dY = std::max(0.01 / M_PI, y1 - y0);
  const double usableW = width * (1 - 2 * padFrac), usableH = height * (1 - 2 * padFrac);
  const double zx = std::log2(usableW * 360.0 / (256.0 * dLon));
  const double zy = std::log2(usableH * 2.0 / (256.0 * dY));
  frame.zoom = std::clamp(std::min(zx, zy), 0.0, maxZoom);
  frame.centerLon = (b.minLon + b.maxLon) / 2.0;
  frame.centerLat = geo::mercatorInverse({0, (y0 + y1) / 2.0}).lat;
  frame.viewportWidth = width;
  frame.viewportHeight = height;
}
}  // namespace

void fitFrame(render::FrameParams& frame, const Document& doc, int width, int height) {
  const auto b = articleBBox(doc, ui::Filters{});
  if (!b) {
    regionFrame(frame, width, height);
    return;
  }
  fitBox(frame, *b, width, height, 7.0);
}

void regionFrame(render::FrameParams& frame, int width, int height) {
  // Kuala Lumpur (101.7E, 3.1N) to Kursk (36.2E, 51.7N), with Japan to the east.
  fitBox(frame, geo::BBox{34.0f, 0.0f, 146.0f, 56.0f}, width, height, 12.0);
}

void worldFrame(render::FrameParams& frame, int width, int height) {
  fitBox(frame, geo::BBox{-180.0f, -58.0f, 180.0f, 78.0f}, width, height, 12.0);
}

render::Overlay reportOverlay(const Document& doc, const Scene& scene, const render::FrameParams& frame, int width,
                              int height, const render::MapRenderer& renderer) {
  render::Overlay o;
  const float scale = frame.viewportWidth > 0 ? static_cast<float>(width) / frame.viewportWidth * frame.pixelScale
                                              : frame.pixelScale;
  // Logical size of the image in overlay units.
  const float W = static_cast<float>(width) / scale, H = static_cast<float>(height) / scale;
  const float margin = 16;
  // Title block.
  const std::string title = doc.meta.headline.empty() ? std::string("Places in the article") : doc.meta.headline;
  std::vector<std::string> sub;
  if (!doc.meta.date.empty()) sub.push_back(doc.meta.date);
  if (!doc.meta.publisher.empty()) sub.push_back(doc.meta.publisher);
  if (!doc.meta.dateline.empty()) sub.push_back("Dateline: " + doc.meta.dateline);
  std::string subtitle;
  for (std::size_t i = 0; i < sub.size(); ++i) subtitle += (i ? "  \xC2\xB7  " : "") + sub[i];
  const float titleSize = 22, subSize = 13;
  const float tw = std::min(W - 2 * margin, std::max(renderer.measureText(title, titleSize), renderer.measureText(subtitle, subSize)) + 24);
  o.rects.push_back({margin, margin, tw, subtitle.empty() ? 44.0f : 64.0f, {255, 255, 255, 235}, {180, 180, 180, 255}, 1});
  o.texts.push_back({title, margin + 12, margin + 30, titleSize, {20, 20, 20, 255}});
  if (!subtitle.empty()) o.texts.push_back({subtitle, margin + 12, margin + 52, subSize, {90, 90, 90, 255}});

  // Legend: kinds of places and link types present.
  std::vector<std::pair<render::Rgba, std::string>> entries;
  std::set<int> kinds, types;
  for (const auto& m : scene.markers) kinds.insert(static_cast<int>(doc.places[m.place].kind));
  for (int k : kinds) entries.push_back({ui::placeColor(static_cast<PlaceKind>(k)), ui::placeLabel(static_cast<PlaceKind>(k))});
  for (const auto& l : doc.links)
    if (endpointPlace(doc, l.from) != kNone && endpointPlace(doc, l.to) != kNone &&
        endpointPlace(doc, l.from) != endpointPlace(doc, l.to))
      types.insert(static_cast<int>(l.type));
  std::vector<std::pair<render::Rgba, std::string>> linkEntries;
  for (int t : types) linkEntries.push_back({ui::linkColor(static_cast<LinkType>(t)), ui::linkLabel(static_cast<LinkType>(t))});
  const float row = 18, legendW = 170;
  const float legendH = 30 + row * static_cast<float>(entries.size() + linkEntries.size()) + (linkEntries.empty() ? 0 : 6);
  if (!entries.empty() || !linkEntries.empty()) {
    const float x = margin, y = H - margin - 24 - legendH;
    o.rects.push_back({x, y, legendW, legendH, {255, 255, 255, 235}, {180, 180, 180, 255}, 1});
    o.texts.push_back({"Legend", x + 10, y + 20, 13, {20, 20, 20, 255}});
    float yy = y + 30;
    for (const auto& [c, label] : entries) {
      o.rects.push_back({x + 12, yy + 4, 10, 10, c, {255, 255, 255, 255}, 1});
      o.texts.push_back({label, x + 30, yy + 13, 12, {40, 40, 40, 255}});
      yy += row;
    }
    if (!linkEntries.empty()) yy += 6;
    for (const auto& [c, label] : linkEntries) {
      o.rects.push_back({x + 10, yy + 7, 16, 3, c});
      o.texts.push_back({label, x + 30, yy + 13, 12, {40, 40, 40, 255}});
      yy += row;
    }
  }
  // Scale bar at the centre latitude (Mercator).
  {
    const double worldPx = 256.0 * std::pow(2.0, frame.zoom);  // logical px for 360 degrees
    const double metersPerPx = 40075016.686 * std::cos(frame.centerLat * M_PI / 180.0) / worldPx;
    const double target = metersPerPx * 120;
    const double pow10 = std::pow(10.0, std::floor(std::log10(target)));
    double nice = pow10;
    for (double m : {1.0, 2.0, 5.0, 10.0})
      if (m * pow10 <= target) nice = m * pow10;
    const float barPx = static_cast<float>(nice / metersPerPx);
    const float x = W - margin - barPx - 20, y = H - margin - 58;
    if (frame.projectionBlend < 0.5f && barPx > 10 && barPx < W / 2) {
      o.rects.push_back({x - 8, y - 18, barPx + 36, 34, {255, 255, 255, 220}});
      o.rects.push_back({x, y + 4, barPx, 4, {40, 40, 40, 255}});
      const std::string label = nice >= 1000 ? fmt::format("{:g} km", nice / 1000) : fmt::format("{:g} m", nice);
      o.texts.push_back({label, x, y - 2, 12, {40, 40, 40, 255}});
    }
  }
  // Attribution.
  const std::string attribution = "Map: Natural Earth. Places: GeoNames (CC BY 4.0). Made with wiremap.";
  const float aw = renderer.measureText(attribution, 11) + 16;
  o.rects.push_back({W - margin - aw, H - margin - 20, aw, 20, {255, 255, 255, 220}});
  o.texts.push_back({attribution, W - margin - 8, H - margin - 6, 11, {70, 70, 70, 255}, {0, 0, 0, 0}, render::TextAnchor::Right});
  return o;
}

Id pickMarker(const Scene& scene, const render::FrameParams& frame, int width, int height, double x, double y, float slackPx) {
  Id best = kNone;
  double bestD = 1e300;
  const float scale = frame.viewportWidth > 0 ? static_cast<float>(width) / frame.viewportWidth * frame.pixelScale : frame.pixelScale;
  for (const auto& m : scene.markers) {
    const auto p = render::projectToImage(frame, width, height, m.at);
    if (!p) continue;
    const double d = std::hypot(p->x - x, p->y - y);
    if (d <= (m.radiusPx + slackPx) * scale && d < bestD) {
      bestD = d;
      best = m.place;
    }
  }
  return best;
}

}  // namespace wiremap::app
