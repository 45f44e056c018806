#include "app/map_session.hpp"

#include "core/files.hpp"
#include "geo/pack.hpp"

namespace wiremap::app {

Result<MapSession> MapSession::create() {
  auto data = geo::loadMapData(files::assetPath("map"));
  if (!data) return data.error();
  return create(std::move(data.value()));
}

Result<MapSession> MapSession::create(geo::MapData data) {
  auto renderer = render::MapRenderer::create();
  if (!renderer) return renderer.error();
  renderer->uploadAndRelease(data);
  // Keep the names and label points (the geometry was released by the upload).
  geo::MapData features;
  features.countries = std::move(data.countries);
  features.admin1Regions = std::move(data.admin1Regions);
  features.seas = std::move(data.seas);
  features.regions = std::move(data.regions);
  features.cities = std::move(data.cities);
  features.disputed = std::move(data.disputed);
  return MapSession(std::move(renderer.value()), std::move(features));
}

render::FrameParams MapSession::frameFor(const Document& doc, const RenderRequest& req) const {
  render::FrameParams frame;
  // Lay out in logical pixels; the scale maps them to image pixels.
  const int lw = std::max(1, static_cast<int>(req.width / req.scale));
  const int lh = std::max(1, static_cast<int>(req.height / req.scale));
  if (req.view) {
    frame.centerLon = req.view->lon;
    frame.centerLat = req.view->lat;
    frame.zoom = req.view->zoom;
    frame.viewportWidth = lw;
    frame.viewportHeight = lh;
  } else if (req.region) {
    regionFrame(frame, lw, lh);
  } else {
    fitFrame(frame, doc, lw, lh);
  }
  frame.projectionBlend = req.globe ? 1.0f : 0.0f;
  frame.transparentBackground = req.transparent;
  frame.labels = true;
  return frame;
}

Status MapSession::renderReport(const Document& doc, const RenderRequest& req, const ui::UiState& state) {
  const render::FrameParams frame = frameFor(doc, req);
  const Scene scene = buildScene(doc, state);
  renderer_.setSymbols(scene.symbols);
  renderer_.setOverlay(req.report ? reportOverlay(doc, scene, frame, req.width, req.height, renderer_) : render::Overlay{});
  return render::renderToPng(renderer_, frame, req.width, req.height, req.output);
}

}  // namespace wiremap::app
