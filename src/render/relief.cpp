#include "render/relief.hpp"

#include <string>

#include "core/files.hpp"

// stb_image's implementation, private to this file (libstb, linked by ImGui, has its own).
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb_image.h>

namespace wiremap::render {

namespace {

Status checkShape(int w, int h, std::string_view name) {
  const std::string n(name);
  if (w <= 0 || h <= 0) return Error{n + ": relief image has no pixels"};
  if (w != 2 * h)
    return Error{n + ": relief image is " + std::to_string(w) + "x" + std::to_string(h) +
                 ", expected a 2:1 world raster (width = 2 * height)"};
  if (w < kReliefMinWidth || w > kReliefMaxWidth)
    return Error{n + ": relief width " + std::to_string(w) + " is outside " + std::to_string(kReliefMinWidth) +
                 ".." + std::to_string(kReliefMaxWidth)};
  return Ok{};
}

const stbi_uc* asUc(std::span<const std::byte> b) { return reinterpret_cast<const stbi_uc*>(b.data()); }

}  // namespace

std::filesystem::path defaultReliefPath() { return files::assetPath("relief.jpg"); }

Status probeRelief(const std::filesystem::path& path) {
  // Reads the file (a few MB) but parses only the image header.
  auto bytes = files::readAll(path, kReliefMaxBytes);
  if (!bytes) return bytes.error();
  const std::span<const std::byte> all = std::as_bytes(std::span<const char>(*bytes));
  int w = 0, h = 0, n = 0;
  if (stbi_info_from_memory(asUc(all), static_cast<int>(all.size()), &w, &h, &n) == 0)
    return Error{path.string() + ": not a JPEG or PNG image (" + stbi_failure_reason() + ")"};
  return checkShape(w, h, path.string());
}

Result<ReliefRaster> decodeReliefRaster(std::span<const std::byte> bytes, std::string_view name) {
  const std::string n(name);
  if (bytes.empty()) return Error{n + ": relief file is empty"};
  if (bytes.size() > kReliefMaxBytes) return Error{n + ": relief file is larger than " + std::to_string(kReliefMaxBytes) + " bytes"};
  const int len = static_cast<int>(bytes.size());
  int w = 0, h = 0, comp = 0;
  // Check the header first, so a hostile header can't make stb allocate a huge image.
  if (stbi_info_from_memory(asUc(bytes), len, &w, &h, &comp) == 0)
    return Error{n + ": not a JPEG or PNG image (" + stbi_failure_reason() + ")"};
  if (auto s = checkShape(w, h, name); !s) return s.error();
  stbi_uc* px = stbi_load_from_memory(asUc(bytes), len, &w, &h, &comp, 1);
  if (px == nullptr) return Error{n + ": cannot decode relief image (" + stbi_failure_reason() + ")"};
  ReliefRaster r;
  r.width = w;
  r.height = h;
  r.grey.assign(px, px + static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
  stbi_image_free(px);
  return r;
}

Result<ReliefRaster> loadReliefRaster(const std::filesystem::path& path) {
  auto bytes = files::readAll(path, kReliefMaxBytes);
  if (!bytes) return bytes.error();
  return decodeReliefRaster(std::as_bytes(std::span<const char>(*bytes)), path.string());
}

}  // namespace wiremap::render
