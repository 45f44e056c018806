#pragma once
// The map: base layers (water, land, lakes, coastlines, borders, admin-1 lines, graticule,
// labels) uploaded once from geo::MapData, symbol layers fed by the app (markers, great-circle
// arcs, highlighted features, labels and callouts), and a pixel-space overlay for report
// figures (title, legend, attribution). One `render(target, frame)` draws into any target.
//
// Spaces: geographic positions are lon/lat degrees; "image pixels" are framebuffer pixels of
// the whole target, origin top-left, y down; sizes marked "logical px" are multiplied by the
// frame's pixel scale.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "geo/labels.hpp"
#include "geo/map_data.hpp"
#include "render/image.hpp"
#include "render/render_target.hpp"

namespace wiremap::render {

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Rgba&) const = default;
};

/// Colours of the base map. The defaults are a wire-service news-graphic style: light water,
/// muted land, thin grey borders.
struct Theme {
  Rgba background{255, 255, 255, 255};  ///< outside the globe
  Rgba water{214, 228, 238, 255};
  Rgba land{243, 241, 236, 255};
  Rgba lakeFill{214, 228, 238, 255};
  Rgba coastline{150, 172, 190, 255};
  Rgba border{150, 150, 150, 255};
  Rgba disputed{150, 150, 150, 255};
  Rgba admin1{196, 196, 192, 255};
  Rgba graticule{196, 212, 224, 255};
  Rgba river{160, 192, 218, 255};
  Rgba countryLabel{110, 110, 110, 255};
  Rgba seaLabel{110, 142, 170, 255};
  Rgba cityLabel{50, 50, 50, 255};
  Rgba labelHalo{255, 255, 255, 200};
  float coastlineWidth = 0.8f;  ///< logical px
  float borderWidth = 0.9f;
  float admin1Width = 0.6f;
  float graticuleWidth = 0.6f;
  float riverWidth = 0.8f;
  /// Shaded relief on land (FrameParams::relief): how much the hillshade darkens shadowed
  /// slopes and lightens lit ones (0 = not at all, 1 = fully: black in full shadow).
  float reliefShadow = 0.45f;
  float reliefLight = 0.25f;
  bool operator==(const Theme&) const = default;
};

/// One frame's view. The image size is the target's; when `viewportWidth` is set and differs
/// from the target width, the pixel scale is multiplied by targetWidth / viewportWidth so an
/// export at another size shows the same area.
struct FrameParams {
  double centerLon = 0, centerLat = 0;  ///< degrees
  double zoom = 2;  ///< Web Mercator zoom: 360 degrees span 256 * 2^zoom logical px
  int viewportWidth = 0, viewportHeight = 0;  ///< framebuffer px the view was designed for (0 = target's)
  float projectionBlend = 0;  ///< 0 = Web Mercator, 1 = orthographic globe
  std::optional<geo::LonLat> globeRotation;  ///< lon/lat facing the viewer; default = centre
  Theme theme;
  float pixelScale = 1;  ///< framebuffer px per logical px (high-DPI)
  bool graticule = false;
  bool labels = true;           ///< base-map labels (countries, seas); symbol labels always draw
  bool cities = false;          ///< base-map city labels (by label rank)
  bool transparentBackground = false;  ///< no water/background: RGBA with alpha 0 outside land
  std::optional<geo::Lod> lod;  ///< force a level of detail (default: chosen by zoom)
  /// Shaded relief on land fills (and highlights), from the renderer's relief raster. Drawn
  /// only when the renderer has one (RendererOptions, MapRenderer::reliefStatus()).
  bool relief = true;
};

/// Field-by-field equality (what renderCached() compares).
bool sameFrame(const FrameParams& a, const FrameParams& b);

/// A circular marker.
struct Marker {
  geo::LonLat at;
  float radiusPx = 5;  ///< logical px
  Rgba fill{200, 40, 40, 255};
  Rgba outline{255, 255, 255, 255};
  float outlineWidthPx = 1.5f;
};

/// A great-circle arc from `from` to `to`.
struct Arc {
  geo::LonLat from, to;
  Rgba color{200, 40, 40, 255};
  float widthPx = 2;  ///< logical px
  bool dashed = false;
  bool arrowhead = true;
};

/// Tints a feature's fill: a country by ISO alpha-2 ("KR") or an admin-1 region by ISO 3166-2
/// ("RU-KRS").
struct Highlight {
  std::string featureId;
  Rgba color{230, 190, 120, 255};
};

/// Horizontal alignment of overlay text at its x.
enum class TextAnchor : std::uint8_t { Center, Left, Right };

/// A text label at a geographic point, with a halo. Placement follows geo::placeLabels:
/// Center = centred on the point, Right = to the right of the point (callouts beside a
/// marker), Above = above it; `offsetX` is the gap between point and text.
struct Label {
  std::string text;  ///< UTF-8
  geo::LonLat at;
  float sizePx = 12;  ///< logical px
  Rgba color{30, 30, 30, 255};
  Rgba halo{255, 255, 255, 220};
  geo::LabelAnchor anchor = geo::LabelAnchor::Right;
  float offsetX = 7;  ///< gap between the point and the text, logical px
  int priority = 0;  ///< higher wins collisions; symbol labels always beat base-map labels
};

struct Symbols {
  std::vector<Marker> markers;
  std::vector<Arc> arcs;
  std::vector<Highlight> highlights;
  std::vector<Label> labels;
};

/// A rectangle in logical px of the image (origin top-left), with an optional outline.
struct OverlayRect {
  float x = 0, y = 0, width = 0, height = 0;
  Rgba fill{255, 255, 255, 230};
  Rgba stroke{0, 0, 0, 0};
  float strokePx = 0;
};

/// Text in logical px of the image: `x` per `anchor`, `y` = baseline.
struct OverlayText {
  std::string text;
  float x = 0, y = 0;
  float sizePx = 12;
  Rgba color{30, 30, 30, 255};
  Rgba halo{0, 0, 0, 0};
  TextAnchor anchor = TextAnchor::Left;
};

/// Drawn last, in pixel space (title, legend, attribution boxes of report figures).
struct Overlay {
  std::vector<OverlayRect> rects;
  std::vector<OverlayText> texts;
};

/// Projects lon/lat (degrees) to image pixels for `frame` on a `width`x`height` image, exactly
/// as the shaders do (Mercator world copy nearest the centre). Empty on the globe's back side.
struct PixelPoint {
  double x = 0, y = 0;
};
std::optional<PixelPoint> projectToImage(const FrameParams& frame, int width, int height, geo::LonLat p);

/// The level of detail a frame uses.
geo::Lod lodFor(const FrameParams& frame, int width);

/// Statistics of the last render (for benchmarks and tests).
struct RenderStats {
  std::size_t fillTriangles = 0;
  std::size_t lineSegments = 0;
  std::size_t drawCalls = 0;
  std::size_t labels = 0;
  geo::Lod lod = geo::Lod::Coarse;
  bool relief = false;  ///< the land was shaded by the relief raster
  /// renderCached() moved the previous frame's base map instead of drawing all of it (a pan
  /// by whole pixels); the counts above are then those of the uncovered strips.
  bool panReused = false;
};

/// How a renderer finds its shaded-relief raster.
struct RendererOptions {
  /// false: no relief raster; every frame draws without relief (the existing golden tests).
  bool relief = true;
  /// The raster (see render/relief.hpp); empty = defaultReliefPath() (assets/relief.jpg).
  /// It is checked by create() and decoded and uploaded by the first frame that draws relief.
  std::filesystem::path reliefPath;
};

class MapRenderer {
 public:
  /// Compiles the shaders and bakes the font atlas. Needs a current GL 3.3 context; the
  /// renderer must be destroyed while that context is current. A missing or unusable relief
  /// raster does not fail creation: frames draw without relief and reliefStatus() says why.
  static Result<MapRenderer> create(const RendererOptions& options = {});
  MapRenderer(MapRenderer&&) noexcept;
  MapRenderer& operator=(MapRenderer&&) noexcept;
  ~MapRenderer();

  /// Uploads the base map (once; calling again replaces it).
  void upload(const geo::MapData& data);
  /// Same, for long-lived renderers: takes the geometry out of `data` (which keeps its feature
  /// lists), releasing each layer as soon as it is uploaded, and uploads each level of detail's
  /// layers (land, lakes, coastlines, borders) only when the first frame at that level needs
  /// them; until then they stay in their compact decoded form. Frames are identical to upload().
  void uploadAndRelease(geo::MapData& data);
  /// Replaces the symbol layers (call when the app's places change).
  void setSymbols(const Symbols& symbols);
  /// Replaces the overlay.
  void setOverlay(const Overlay& overlay);

  /// Draws a frame into every tile of `target`.
  void render(RenderTarget& target, const FrameParams& frame);

  /// For interactive windows: like render(), but the frame is kept in an offscreen copy and,
  /// when nothing changed since the previous call (equal FrameParams, same target size, no
  /// upload / setSymbols / setOverlay in between), the target is redrawn by copying that
  /// frame (a blit, ~0.3 ms at 1080p on llvmpipe) instead of drawing the map. When only the
  /// centre moved, by whole framebuffer pixels in Web Mercator (a pan), the previous base
  /// map (land, relief, lines: everything under symbols and labels) is moved by blits and
  /// only the strips it uncovers are drawn; symbols, labels and the overlay are drawn anew.
  /// Targets with more than one tile are always rendered.
  void renderCached(RenderTarget& target, const FrameParams& frame);
  /// Whether the last renderCached() re-presented the cached frame.
  bool lastFrameWasCached() const { return lastCached_; }

  /// Ok while the relief raster is usable (checked by create(), decoded by the first relief
  /// frame or loadRelief()); otherwise why frames draw without relief (a message naming the
  /// file and the problem), or that RendererOptions::relief was false.
  const Status& reliefStatus() const;
  /// Decodes and uploads `path` as the relief raster now, replacing the current one. On error
  /// the previous raster is dropped, frames draw without relief, and reliefStatus() returns
  /// the same error.
  Status loadRelief(const std::filesystem::path& path);

  /// Width of `text` at `sizePx` logical px (for laying out overlays).
  float measureText(std::string_view text, float sizePx) const;
  const RenderStats& stats() const { return stats_; }

 private:
  struct Impl;
  explicit MapRenderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  RenderStats stats_;
  bool lastCached_ = false;
};

/// Renders `frame` at `width`x`height` into an offscreen target (tiled when needed) and returns
/// the image.
Result<Image> renderToImage(MapRenderer& renderer, const FrameParams& frame, int width, int height,
                            int maxTile = 0);

/// Renders and writes a PNG atomically. Used by the CLI.
Status renderToPng(MapRenderer& renderer, const FrameParams& frame, int width, int height,
                   const std::filesystem::path& path);

}  // namespace wiremap::render
