#pragma once
// Shared by the render tests: one headless GL context for the whole binary, synthetic map
// data, and image comparison with actual/diff output on failure.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "geo/map_data.hpp"
#include "platform/headless_context.hpp"
#include "render/image.hpp"
#include "render/map_renderer.hpp"
#include "render/png.hpp"

namespace wiremap::render::testing {

/// The process-wide headless context (created on first use; null with a message if EGL fails).
platform::HeadlessContext* context();
/// A renderer bound to context(); created on first use, without a relief raster.
MapRenderer* renderer();

#define WIREMAP_REQUIRE_GL()                                             \
  do {                                                                   \
    if (::wiremap::render::testing::context() == nullptr) FAIL() << "no headless GL context"; \
  } while (0)

/// Synthetic base map: a few rectangular "countries" tessellated into quads, with coastlines,
/// a shared border, a lake, country and sea label points. Coordinates in degrees.
geo::MapData syntheticMap();

/// Pixels whose largest channel difference exceeds `threshold` count as mismatches.
struct Comparison {
  std::size_t mismatched = 0;
  std::size_t total = 0;
  int maxDiff = 0;
  double ratio() const { return total ? static_cast<double>(mismatched) / static_cast<double>(total) : 1.0; }
};
Comparison compareImages(const Image& a, const Image& b, int threshold, Image* diff = nullptr);

/// Golden-image check against tests/data/golden/<name>.png. UPDATE_GOLDEN=1 rewrites the
/// expected file. On failure writes <cwd>/golden-failures/<name>.actual.png and .diff.png.
void expectMatchesGolden(const Image& actual, const std::string& name, int threshold = 24,
                         double allowedRatio = 0.002);

Image decodePng(const std::string& bytes);

}  // namespace wiremap::render::testing
