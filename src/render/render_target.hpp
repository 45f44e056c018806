#pragma once
// Where a frame is drawn: the window's default framebuffer or an offscreen framebuffer of
// any size. Targets larger than the GL limits (GL_MAX_RENDERBUFFER_SIZE, viewport dims) or
// than a requested tile size are rendered tile by tile: the renderer offsets its projection
// per tile and the target stitches the tiles into one CPU image.
#include <optional>

#include "core/result.hpp"
#include "render/gl.hpp"
#include "render/image.hpp"

namespace wiremap::render {

/// A rectangle in image pixels, origin top-left.
struct PixelRect {
  int x = 0, y = 0, width = 0, height = 0;
};

class RenderTarget {
 public:
  virtual ~RenderTarget() = default;
  /// Full image size, framebuffer pixels.
  virtual int width() const = 0;
  virtual int height() const = 0;
  virtual int tileCount() const { return 1; }
  /// Binds the framebuffer and viewport for tile `i` and returns the tile's rectangle.
  virtual PixelRect beginTile(int i) = 0;
  /// Called after tile `i` is drawn (an offscreen tiled target reads it back).
  virtual void endTile(int i) { (void)i; }
};

/// The window's default framebuffer (framebuffer 0), `width`x`height` framebuffer pixels.
class WindowTarget final : public RenderTarget {
 public:
  WindowTarget(int width, int height) : width_(width), height_(height) {}
  void resize(int width, int height) {
    width_ = width;
    height_ = height;
  }
  int width() const override { return width_; }
  int height() const override { return height_; }
  PixelRect beginTile(int i) override;

 private:
  int width_, height_;
};

struct OffscreenOptions {
  int samples = 0;   ///< MSAA samples (0 = none; the renderer anti-aliases analytically)
  int maxTile = 0;   ///< largest tile side in pixels; 0 = as large as the GL limits allow
};

/// An RGBA8 offscreen framebuffer. Move-only.
class OffscreenTarget final : public RenderTarget {
 public:
  static Result<OffscreenTarget> create(int width, int height, OffscreenOptions options = {});

  int width() const override { return width_; }
  int height() const override { return height_; }
  int tileCount() const override { return tilesX_ * tilesY_; }
  PixelRect beginTile(int i) override;
  void endTile(int i) override;
  bool tiled() const { return tileCount() > 1; }
  int tileWidth() const { return tileW_; }
  int tileHeight() const { return tileH_; }

  /// The rendered image, rows top-to-bottom, as the framebuffer holds it (the map renderer
  /// writes premultiplied alpha; renderToImage converts). For an untiled target this reads
  /// the framebuffer now; for a tiled one it hands over the stitched tiles of the last render
  /// (without copying: a second call before the next render returns an empty image).
  Image readback();

  /// Copies this (untiled) target's pixels into the currently bound draw framebuffer at
  /// (dstX, dstY), GL window coordinates. Used to re-present a cached frame.
  void blitIntoBound(int dstX, int dstY);
  /// Copies this (untiled) target's pixels into `dst` (same size), moved by (dx, dy) image
  /// pixels (right, down); what moves out is dropped, what is uncovered keeps dst's pixels.
  void blitShiftedInto(OffscreenTarget& dst, int dx, int dy);

 private:
  OffscreenTarget() = default;
  void resolve();
  Image readTile(int w, int h);

  int width_ = 0, height_ = 0;
  int tileW_ = 0, tileH_ = 0, tilesX_ = 1, tilesY_ = 1;
  int samples_ = 0;
  gl::Framebuffer fbo_;        // draw target (multisampled when samples_ > 0)
  gl::Renderbuffer color_;
  gl::Framebuffer resolveFbo_;  // single-sample copy for readback when samples_ > 0
  gl::Renderbuffer resolveColor_;
  Image stitched_;
  PixelRect current_;
};

}  // namespace wiremap::render
