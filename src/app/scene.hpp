#pragma once
// Document -> Scene: what the map shows of an article (markers, arcs, highlights, labels),
// the view that fits it, the report overlay, and picking. Pure CPU; no GL calls.
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "geo/map_data.hpp"
#include "render/map_renderer.hpp"
#include "ui/state.hpp"

namespace wiremap::app {

/// Where a link end or a place is drawn (lon/lat degrees), if it is resolved.
std::optional<geo::LonLat> placeAnchor(const Document& doc, Id place);
std::optional<geo::LonLat> endpointAnchor(const Document& doc, const Endpoint& e);

/// A marker's place and its position, as drawn (for picking).
struct PlacedMarker {
  Id place = kNone;
  geo::LonLat at;
  float radiusPx = 5;
};

struct Scene {
  render::Symbols symbols;
  std::vector<PlacedMarker> markers;
};

/// Builds the map symbols of the document under the UI state (filters, selection, hover).
Scene buildScene(const Document& doc, const ui::UiState& state);

/// Bounding box of the resolved places' anchors (degrees), padded; nullopt when none.
std::optional<geo::BBox> articleBBox(const Document& doc, const ui::Filters& filters);

/// Sets centre/zoom of `frame` so the article's places fit a width x height image.
void fitFrame(render::FrameParams& frame, const Document& doc, int width, int height);

/// The region view: the Korean Peninsula and region (Kuala Lumpur to Kursk).
void regionFrame(render::FrameParams& frame, int width, int height);
void worldFrame(render::FrameParams& frame, int width, int height);

/// Report furniture for an export: title (headline), subtitle (date, source), legend of the
/// kinds and link types shown, scale bar and attribution line. Sizes in logical px.
render::Overlay reportOverlay(const Document& doc, const Scene& scene, const render::FrameParams& frame,
                              int width, int height, const render::MapRenderer& renderer);

/// The marker under an image-pixel position, within its radius plus `slackPx`.
Id pickMarker(const Scene& scene, const render::FrameParams& frame, int width, int height, double x, double y,
              float slackPx = 4);

}  // namespace wiremap::app
