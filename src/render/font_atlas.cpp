#include "render/font_atlas.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/files.hpp"
#include "core/utf8.hpp"

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>

namespace wiremap::render {

namespace {

std::vector<char32_t> bakedCodepoints() {
  std::vector<char32_t> cps;
  for (char32_t c = 0x20; c < 0x7F; ++c) cps.push_back(c);
  for (char32_t c = 0xA0; c < 0x180; ++c) cps.push_back(c);
  for (char32_t c : {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2022, 0x2192})
    cps.push_back(c);
  return cps;
}

}  // namespace

Result<FontAtlas> FontAtlas::loadDefault() {
  const char* candidates[] = {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
  std::string errors;
  for (const char* c : candidates) {
    auto f = load(c);
    if (f) return f;
    errors += f.error().message + "; ";
  }
  return Error{"no usable font: " + errors};
}

Result<FontAtlas> FontAtlas::load(const std::filesystem::path& fontFile, float bakePx) {
  auto bytes = files::readAll(fontFile, 64u << 20);
  if (!bytes) return bytes.error();
  const auto* data = reinterpret_cast<const unsigned char*>(bytes->data());
  stbtt_fontinfo info;
  if (stbtt_InitFont(&info, data, stbtt_GetFontOffsetForIndex(data, 0)) == 0)
    return Error{fontFile.string() + ": not a TrueType font"};
  FontAtlas atlas;
  atlas.bakePx_ = bakePx;
  const float scale = stbtt_ScaleForPixelHeight(&info, bakePx);
  int asc = 0, desc = 0, gap = 0;
  stbtt_GetFontVMetrics(&info, &asc, &desc, &gap);
  atlas.ascent_ = static_cast<float>(asc) * scale;
  atlas.descent_ = static_cast<float>(desc) * scale;

  struct Bitmap {
    char32_t cp;
    int w, h, xoff, yoff;
    float advance;
    std::vector<std::uint8_t> sdf;
  };
  std::vector<Bitmap> bitmaps;
  const auto cps = bakedCodepoints();
  for (char32_t cp : cps) {
    const int g = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
    if (g == 0 && cp != 0x20) continue;
    int adv = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(&info, g, &adv, &lsb);
    Bitmap b{cp, 0, 0, 0, 0, static_cast<float>(adv) * scale, {}};
    unsigned char* sdf = stbtt_GetGlyphSDF(&info, scale, g, kPadding, kOnEdge, kPerTexel, &b.w, &b.h, &b.xoff, &b.yoff);
    if (sdf != nullptr) {
      b.sdf.assign(sdf, sdf + static_cast<std::ptrdiff_t>(b.w) * b.h);
      stbtt_FreeSDF(sdf, nullptr);
    } else {
      b.w = b.h = 0;
    }
    bitmaps.push_back(std::move(b));
  }
  // Shelf packing into a 1024-wide atlas, tallest first for tight shelves.
  std::vector<std::size_t> order(bitmaps.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return bitmaps[a].h > bitmaps[b].h; });
  const int kWidth = 1024;
  int x = 1, y = 1, shelf = 0;
  std::vector<std::pair<int, int>> pos(bitmaps.size());
  for (std::size_t i : order) {
    const Bitmap& b = bitmaps[i];
    if (x + b.w + 1 > kWidth) {
      x = 1;
      y += shelf + 1;
      shelf = 0;
    }
    pos[i] = {x, y};
    x += b.w + 1;
    shelf = std::max(shelf, b.h);
  }
  int height = 1;
  while (height < y + shelf + 1) height *= 2;
  atlas.width_ = kWidth;
  atlas.height_ = height;
  atlas.pixels_.assign(static_cast<std::size_t>(kWidth) * static_cast<std::size_t>(height), 0);
  for (std::size_t i = 0; i < bitmaps.size(); ++i) {
    const Bitmap& b = bitmaps[i];
    for (int r = 0; r < b.h; ++r)
      std::memcpy(&atlas.pixels_[static_cast<std::size_t>(pos[i].second + r) * kWidth + static_cast<std::size_t>(pos[i].first)],
                  &b.sdf[static_cast<std::size_t>(r) * static_cast<std::size_t>(b.w)], static_cast<std::size_t>(b.w));
    Glyph g;
    g.x = pos[i].first;
    g.y = pos[i].second;
    g.width = b.w;
    g.height = b.h;
    g.xOffset = static_cast<float>(b.xoff);
    g.yOffset = static_cast<float>(b.yoff);
    g.advance = b.advance;
    atlas.glyphs_[b.cp] = g;
  }
  // Kerning between the ASCII letters and digits (the pairs labels use most).
  for (char32_t a = 0x20; a < 0x7F; ++a)
    for (char32_t b = 0x20; b < 0x7F; ++b) {
      const int k = stbtt_GetCodepointKernAdvance(&info, static_cast<int>(a), static_cast<int>(b));
      if (k != 0) atlas.kerning_[(static_cast<std::uint64_t>(a) << 32) | b] = static_cast<float>(k) * scale;
    }
  return atlas;
}

const Glyph& FontAtlas::glyphFor(char32_t cp) const {
  auto it = glyphs_.find(cp);
  if (it != glyphs_.end()) return it->second;
  auto q = glyphs_.find(U'?');
  return q->second;
}

float FontAtlas::measure(std::string_view text, float sizePx, float trackingPx) const {
  const float s = sizePx / bakePx_;
  float w = 0;
  char32_t prev = 0;
  bool first = true;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::decode(text, i);
    if (!first) {
      w += trackingPx;
      auto k = kerning_.find((static_cast<std::uint64_t>(prev) << 32) | cp);
      if (k != kerning_.end()) w += k->second * s;
    }
    w += glyphFor(cp).advance * s;
    prev = cp;
    first = false;
  }
  return w;
}

std::vector<GlyphQuad> FontAtlas::layout(std::string_view text, float sizePx, float trackingPx) const {
  const float s = sizePx / bakePx_;
  std::vector<GlyphQuad> quads;
  float pen = 0;
  char32_t prev = 0;
  bool first = true;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::decode(text, i);
    if (!first) {
      pen += trackingPx;
      auto k = kerning_.find((static_cast<std::uint64_t>(prev) << 32) | cp);
      if (k != kerning_.end()) pen += k->second * s;
    }
    const Glyph& g = glyphFor(cp);
    if (g.width > 0 && g.height > 0) {
      GlyphQuad q;
      q.x0 = pen + g.xOffset * s;
      q.y0 = g.yOffset * s;
      q.x1 = q.x0 + static_cast<float>(g.width) * s;
      q.y1 = q.y0 + static_cast<float>(g.height) * s;
      q.u0 = static_cast<float>(g.x);
      q.v0 = static_cast<float>(g.y);
      q.u1 = static_cast<float>(g.x + g.width);
      q.v1 = static_cast<float>(g.y + g.height);
      quads.push_back(q);
    }
    pen += g.advance * s;
    prev = cp;
    first = false;
  }
  return quads;
}

}  // namespace wiremap::render
