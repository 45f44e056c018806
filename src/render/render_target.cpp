#include "render/render_target.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

namespace wiremap::render {

PixelRect WindowTarget::beginTile(int /*i*/) {
  gl::Framebuffer::bindDefault();
  glViewport(0, 0, width_, height_);
  return {0, 0, width_, height_};
}

Result<OffscreenTarget> OffscreenTarget::create(int width, int height, OffscreenOptions options) {
  if (width <= 0 || height <= 0)
    return Error{"offscreen target: invalid size " + std::to_string(width) + "x" + std::to_string(height)};
  const gl::Limits lim = gl::queryLimits();
  int maxW = std::min(lim.maxRenderbufferSize, lim.maxViewportWidth);
  int maxH = std::min(lim.maxRenderbufferSize, lim.maxViewportHeight);
  if (options.maxTile > 0) {
    maxW = std::min(maxW, options.maxTile);
    maxH = std::min(maxH, options.maxTile);
  }
  if (maxW <= 0 || maxH <= 0) return Error{"offscreen target: no usable GL limits (is a context current?)"};
  OffscreenTarget t;
  t.width_ = width;
  t.height_ = height;
  t.tileW_ = std::min(width, maxW);
  t.tileH_ = std::min(height, maxH);
  t.tilesX_ = (width + t.tileW_ - 1) / t.tileW_;
  t.tilesY_ = (height + t.tileH_ - 1) / t.tileH_;
  t.samples_ = std::clamp(options.samples, 0, lim.maxSamples);
  t.fbo_ = gl::Framebuffer::create();
  t.color_ = gl::Renderbuffer::create(t.tileW_, t.tileH_, GL_RGBA8, t.samples_);
  t.fbo_.attachColor(t.color_);
  if (auto s = t.fbo_.checkComplete(); !s) return Error{"offscreen target: " + s.error().message};
  if (t.samples_ > 0) {
    t.resolveFbo_ = gl::Framebuffer::create();
    t.resolveColor_ = gl::Renderbuffer::create(t.tileW_, t.tileH_, GL_RGBA8, 0);
    t.resolveFbo_.attachColor(t.resolveColor_);
    if (auto s = t.resolveFbo_.checkComplete(); !s) return Error{"offscreen target (resolve): " + s.error().message};
  }
  return t;
}

PixelRect OffscreenTarget::beginTile(int i) {
  if (tiled() && stitched_.width != width_) stitched_ = Image(width_, height_);
  const int tx = i % tilesX_, ty = i / tilesX_;
  current_.x = tx * tileW_;
  current_.y = ty * tileH_;
  current_.width = std::min(tileW_, width_ - current_.x);
  current_.height = std::min(tileH_, height_ - current_.y);
  fbo_.bind();
  glViewport(0, 0, current_.width, current_.height);
  return current_;
}

void OffscreenTarget::resolve() {
  if (samples_ > 0) fbo_.blitTo(resolveFbo_, tileW_, tileH_);
}

Image OffscreenTarget::readTile(int w, int h) {
  resolve();
  (samples_ > 0 ? resolveFbo_ : fbo_).bind(GL_READ_FRAMEBUFFER);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  Image out(w, h);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, out.rgba.data());
  // GL rows are bottom-up: flip in place (no second full-size buffer for huge exports).
  const std::size_t row = static_cast<std::size_t>(w) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < h / 2; ++y) {
    std::memcpy(tmp.data(), out.pixel(0, y), row);
    std::memcpy(out.pixel(0, y), out.pixel(0, h - 1 - y), row);
    std::memcpy(out.pixel(0, h - 1 - y), tmp.data(), row);
  }
  return out;
}

void OffscreenTarget::endTile(int /*i*/) {
  if (!tiled()) return;
  const Image tile = readTile(current_.width, current_.height);
  const std::size_t row = static_cast<std::size_t>(current_.width) * 4;
  for (int y = 0; y < current_.height; ++y)
    std::memcpy(stitched_.pixel(current_.x, current_.y + y), tile.pixel(0, y), row);
}

void OffscreenTarget::blitIntoBound(int dstX, int dstY) {
  GLint draw = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
  resolve();
  (samples_ > 0 ? resolveFbo_ : fbo_).blitToBoundAt(width_, height_, dstX, dstY);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw));  // resolve() may rebind it
}

void OffscreenTarget::blitShiftedInto(OffscreenTarget& dst, int dx, int dy) {
  resolve();
  const int w = std::min(width_, dst.width_) - std::abs(dx), h = std::min(height_, dst.height_) - std::abs(dy);
  if (w <= 0 || h <= 0) return;
  // GL rows go up: an image move of dy rows down is -dy in GL coordinates.
  const int gdy = -dy;
  dst.fbo_.bind(GL_DRAW_FRAMEBUFFER);
  (samples_ > 0 ? resolveFbo_ : fbo_)
      .blitRegionToBound(std::max(0, -dx), std::max(0, -gdy), w, h, std::max(0, dx), std::max(0, gdy));
}

Image OffscreenTarget::readback() {
  if (tiled()) return std::exchange(stitched_, Image());
  return readTile(width_, height_);
}

}  // namespace wiremap::render
