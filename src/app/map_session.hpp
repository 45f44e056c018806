#pragma once
// The map engine of one GL context: the renderer with the base map uploaded, and report
// rendering of a Document. Shared by `wiremap render`, the window and the tests.
#include <optional>
#include <string>

#include "app/scene.hpp"
#include "core/document.hpp"
#include "core/result.hpp"
#include "geo/map_data.hpp"
#include "render/map_renderer.hpp"

namespace wiremap::app {

struct RenderRequest {
  std::string output;          ///< PNG path
  int width = 1920, height = 1080;  ///< image pixels
  struct View {
    double lon, lat, zoom;
  };
  std::optional<View> view;    ///< explicit view; else fit (default) or region
  bool fit = false;
  bool region = false;
  float scale = 1;             ///< logical-to-image pixel scale (high-DPI output)
  bool transparent = false;
  bool globe = false;
  bool report = true;          ///< title, legend, scale bar, attribution
};

class MapSession {
 public:
  /// Loads the map packs from the asset folder and uploads them. Needs a current GL context.
  static Result<MapSession> create();
  /// Uploads map data loaded elsewhere (e.g. on a worker thread). Needs a current GL context.
  static Result<MapSession> create(geo::MapData data);

  render::MapRenderer& renderer() { return renderer_; }
  /// The map's named features (countries, admin-1 regions, seas, regions, cities). Geometry
  /// lives on the GPU only, once uploaded: these vectors hold no fills or lines.
  const geo::MapData& mapData() const { return data_; }

  /// The frame a request asks for (view, fit or region), for an image of its size.
  render::FrameParams frameFor(const Document& doc, const RenderRequest& req) const;

  /// Renders the document's map with the report furniture and writes the PNG atomically.
  Status renderReport(const Document& doc, const RenderRequest& req, const ui::UiState& state = {});

 private:
  MapSession(render::MapRenderer r, geo::MapData d) : renderer_(std::move(r)), data_(std::move(d)) {}
  render::MapRenderer renderer_;
  geo::MapData data_;
};

}  // namespace wiremap::app
