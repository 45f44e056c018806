#pragma once
// A signed-distance-field glyph atlas baked with stb_truetype from a TrueType file (Noto Sans,
// fallback DejaVu Sans), and text layout on it. CPU only: the renderer uploads `pixels()`.
//
// Units: the atlas is baked at `bakePx()` pixels per em-height ("atlas texels"); layout
// functions take a text size in pixels and return pixel offsets (y down, baseline at 0).
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"

namespace wiremap::render {

struct Glyph {
  int x = 0, y = 0, width = 0, height = 0;  ///< atlas rectangle, texels (origin top-left)
  float xOffset = 0, yOffset = 0;          ///< quad top-left relative to the pen, texels (y down)
  float advance = 0;                        ///< texels
};

/// One laid-out glyph quad: pixels relative to the text origin (pen start on the baseline).
struct GlyphQuad {
  float x0, y0, x1, y1;  ///< pixels, y down
  float u0, v0, u1, v1;  ///< atlas texels
};

class FontAtlas {
 public:
  /// Bakes the atlas from `fontFile` (Latin, Latin-1, Latin Extended-A, common punctuation).
  static Result<FontAtlas> load(const std::filesystem::path& fontFile, float bakePx = 32.0f);
  /// Noto Sans Regular from Debian's fonts-noto-core, else DejaVu Sans.
  static Result<FontAtlas> loadDefault();

  int width() const { return width_; }
  int height() const { return height_; }
  /// Single-channel SDF, rows top-to-bottom; kOnEdge at the outline, +kPerTexel per texel inside.
  const std::vector<std::uint8_t>& pixels() const { return pixels_; }
  float bakePx() const { return bakePx_; }
  static constexpr int kOnEdge = 128;
  static constexpr float kPerTexel = 16.0f;
  static constexpr int kPadding = 8;  ///< texels of distance field around each glyph

  /// Ascent and descent (descent negative) in pixels at `sizePx`.
  float ascent(float sizePx) const { return ascent_ * sizePx / bakePx_; }
  float descent(float sizePx) const { return descent_ * sizePx / bakePx_; }
  /// Advance width of UTF-8 `text` at `sizePx`, plus `trackingPx` after each glyph but the last.
  float measure(std::string_view text, float sizePx, float trackingPx = 0) const;
  /// Quads for UTF-8 `text` at `sizePx`, pen starting at (0, 0) on the baseline.
  std::vector<GlyphQuad> layout(std::string_view text, float sizePx, float trackingPx = 0) const;
  bool hasGlyph(char32_t cp) const { return glyphs_.count(cp) != 0; }

 private:
  const Glyph& glyphFor(char32_t cp) const;

  int width_ = 0, height_ = 0;
  float bakePx_ = 32;
  float ascent_ = 0, descent_ = 0;  // texels
  std::vector<std::uint8_t> pixels_;
  std::unordered_map<char32_t, Glyph> glyphs_;
  std::unordered_map<std::uint64_t, float> kerning_;  // (a << 32 | b) -> texels
};

}  // namespace wiremap::render
