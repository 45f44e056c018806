// wiremap-relief-build: derives the world shaded-relief raster (assets/relief.jpg) from the
// SRTM30 world elevation tiles that Debian's marble-qt-data ships.
//
// Input: <srtm>/<level>/<row:06>/<row:06>_<col:06>.jpg, Marble's equirectangular tiling
// (2^level rows x 2^(level+1) columns of 675 px, row 0 at 90°N, column 0 at 180°W), 8-bit grey.
// Marble encodes elevation as a monotone grey ramp; the metres per grey value below are read
// off its legend stops (data/landcolors.leg, data/seacolors.leg, the srtm.dgml legend), so the
// elevations are approximate, which is all a hillshade needs.
//
// Output: an equirectangular lon/lat raster, `width` x width/2, 8-bit grey, row 0 at 90°N,
// column 0 at 180°W. Value = 255 * Lambert shade (light from azimuth 315°, altitude 45°), so
// flat ground (and all sea, which is flattened to 0 m) is 255 * sin(45°) = 180.
//
// Usage: wiremap-relief-build SRTM_DIR OUT.jpg [--level 3] [--width 8192] [--z 5]
//        [--quality 88]   (assets/relief.jpg: --level 3 --width 8192 --z 5 --quality 88)
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#include <stb_image.h>
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace {

constexpr double kPi = 3.14159265358979323846;

// Marble's grey ramp (fraction of 255) -> metres, from its legend stops.
struct Stop {
  double grey, metres;
};
constexpr Stop kRamp[] = {{0.00, -11000}, {0.07, -6500}, {0.14, -4000}, {0.21, -2000}, {0.28, -200},
                          {0.31, -50},    {0.38, 0},     {0.45, 50},    {0.52, 200},   {0.59, 500},
                          {0.70, 1000},   {0.77, 2000},  {0.83, 3500},  {0.90, 5000},  {0.95, 7000},
                          {1.00, 8850}};

double greyToMetres(double g) {
  const double x = g / 255.0;
  for (std::size_t i = 1; i < std::size(kRamp); ++i)
    if (x <= kRamp[i].grey) {
      const double t = (x - kRamp[i - 1].grey) / (kRamp[i].grey - kRamp[i - 1].grey);
      return kRamp[i - 1].metres + t * (kRamp[i].metres - kRamp[i - 1].metres);
    }
  return kRamp[std::size(kRamp) - 1].metres;
}

int fail(const std::string& msg) {
  std::fprintf(stderr, "wiremap-relief-build: %s\n", msg.c_str());
  return 1;
}

// Separable box blur, radius r, repeated (approximates a Gaussian); x wraps (longitude).
void blur(std::vector<float>& img, int w, int h, int r, int passes) {
  std::vector<float> tmp(img.size());
  for (int p = 0; p < passes; ++p) {
    for (int y = 0; y < h; ++y) {
      const float* row = &img[static_cast<std::size_t>(y) * w];
      float* out = &tmp[static_cast<std::size_t>(y) * w];
      double acc = 0;
      for (int k = -r; k <= r; ++k) acc += row[(k + w) % w];
      for (int x = 0; x < w; ++x) {
        out[x] = static_cast<float>(acc / (2 * r + 1));
        acc += row[(x + r + 1) % w] - row[(x - r + w) % w];
      }
    }
    for (int x = 0; x < w; ++x) {
      auto at = [&](int y) { return tmp[static_cast<std::size_t>(std::clamp(y, 0, h - 1)) * w + x]; };
      double acc = 0;
      for (int k = -r; k <= r; ++k) acc += at(k);
      for (int y = 0; y < h; ++y) {
        img[static_cast<std::size_t>(y) * w + x] = static_cast<float>(acc / (2 * r + 1));
        acc += at(y + r + 1) - at(y - r);
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return fail("usage: wiremap-relief-build SRTM_DIR OUT.jpg [--level N] [--width W] [--z Z] [--quality Q]");
  const std::string srtm = argv[1], outPath = argv[2];
  int level = 3, outW = 8192, quality = 88;
  double zFactor = 5;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    if (k == "--level") level = std::atoi(argv[i + 1]);
    else if (k == "--width") outW = std::atoi(argv[i + 1]);
    else if (k == "--z") zFactor = std::atof(argv[i + 1]);
    else if (k == "--quality") quality = std::atoi(argv[i + 1]);
    else return fail("unknown option " + k);
  }
  if (level < 0 || level > 5 || outW < 64 || outW > 16384 || outW % 2 != 0) return fail("bad --level or --width");

  // 1. Mosaic the tiles into one elevation grid (metres).
  const int rows = 1 << level, cols = 2 << level;
  int tile = 0;
  std::vector<float> elev;
  int W = 0, H = 0;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      char name[64];
      std::snprintf(name, sizeof name, "/%d/%06d/%06d_%06d.jpg", level, r, r, c);
      const std::string path = srtm + name;
      int w = 0, h = 0, n = 0;
      unsigned char* px = stbi_load(path.c_str(), &w, &h, &n, 1);
      if (px == nullptr) return fail(path + ": " + stbi_failure_reason());
      if (tile == 0) {
        tile = w;
        W = cols * tile;
        H = rows * tile;
        elev.assign(static_cast<std::size_t>(W) * H, 0.f);
      }
      if (w != tile || h != tile) {
        stbi_image_free(px);
        return fail(path + ": tile is not " + std::to_string(tile) + " px square");
      }
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
          const double m = greyToMetres(px[static_cast<std::size_t>(y) * w + x]);
          // Sea flattened to 0 m: only land has relief, and coasts carry no shelf edge.
          elev[static_cast<std::size_t>(r * tile + y) * W + (c * tile + x)] = static_cast<float>(std::max(0.0, m));
        }
      stbi_image_free(px);
    }
  std::fprintf(stderr, "mosaic %dx%d from %d tiles of %d px\n", W, H, rows * cols, tile);

  // 2. Smooth away the 8-bit and JPEG quantisation steps of the source (terracing).
  blur(elev, W, H, 1, 2);

  // 3. Hillshade (Horn's 3x3 gradient) on the sphere: cell sizes in metres per latitude.
  const double cellY = 2 * kPi * 6371000.0 / W;  // metres per pixel north-south (W = 360°)
  const double az = 315.0 * kPi / 180, alt = 45.0 * kPi / 180;
  const double lx = std::sin(az) * std::cos(alt), ly = std::cos(az) * std::cos(alt), lz = std::sin(alt);
  std::vector<float> shade(elev.size());
  auto E = [&](int x, int y) { return elev[static_cast<std::size_t>(std::clamp(y, 0, H - 1)) * W + ((x + W) % W)]; };
  for (int y = 0; y < H; ++y) {
    const double lat = 90.0 - (y + 0.5) * 180.0 / H;
    const double cellX = cellY * std::max(0.25, std::cos(lat * kPi / 180));  // poles: bounded stretch
    for (int x = 0; x < W; ++x) {
      const double dzdx = ((E(x + 1, y - 1) + 2 * E(x + 1, y) + E(x + 1, y + 1)) -
                           (E(x - 1, y - 1) + 2 * E(x - 1, y) + E(x - 1, y + 1))) / (8 * cellX);
      // y grows southwards: north minus south gives d/d(north).
      const double dzdn = ((E(x - 1, y - 1) + 2 * E(x, y - 1) + E(x + 1, y - 1)) -
                           (E(x - 1, y + 1) + 2 * E(x, y + 1) + E(x + 1, y + 1))) / (8 * cellY);
      // Surface normal (east, north, up) of z = zFactor * elevation.
      const double nx = -zFactor * dzdx, ny = -zFactor * dzdn, nz = 1.0;
      const double len = std::sqrt(nx * nx + ny * ny + nz * nz);
      shade[static_cast<std::size_t>(y) * W + x] =
          static_cast<float>(std::max(0.0, (nx * lx + ny * ly + nz * lz) / len));
    }
  }

  // 4. Resample to the output size (area average; bilinear when enlarging), 8-bit.
  const int outH = outW / 2;
  std::vector<unsigned char> out(static_cast<std::size_t>(outW) * outH);
  const double sx = static_cast<double>(W) / outW, sy = static_cast<double>(H) / outH;
  for (int y = 0; y < outH; ++y)
    for (int x = 0; x < outW; ++x) {
      double acc = 0, wsum = 0;
      const double x0 = x * sx, x1 = (x + 1) * sx, y0 = y * sy, y1 = (y + 1) * sy;
      if (sx >= 1 && sy >= 1) {
        for (int yy = static_cast<int>(y0); yy < static_cast<int>(std::ceil(y1)) && yy < H; ++yy)
          for (int xx = static_cast<int>(x0); xx < static_cast<int>(std::ceil(x1)) && xx < W; ++xx) {
            const double wx = std::min<double>(xx + 1, x1) - std::max<double>(xx, x0);
            const double wy = std::min<double>(yy + 1, y1) - std::max<double>(yy, y0);
            acc += wx * wy * shade[static_cast<std::size_t>(yy) * W + xx];
            wsum += wx * wy;
          }
      } else {
        const double fx = (x + 0.5) * sx - 0.5, fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, H - 1.0);
        const int ix = static_cast<int>(std::floor(fx)), iy = static_cast<int>(std::floor(fy));
        const double tx = fx - ix, ty = fy - iy;
        auto S = [&](int xx, int yy) {
          return shade[static_cast<std::size_t>(std::min(yy, H - 1)) * W + ((xx % W) + W) % W];
        };
        acc = (S(ix, iy) * (1 - tx) + S(ix + 1, iy) * tx) * (1 - ty) + (S(ix, iy + 1) * (1 - tx) + S(ix + 1, iy + 1) * tx) * ty;
        wsum = 1;
      }
      out[static_cast<std::size_t>(y) * outW + x] =
          static_cast<unsigned char>(std::clamp(std::lround(255.0 * acc / wsum), 0L, 255L));
    }

  // 5. Write (JPEG for photographic-style continuous tone; PNG when OUT ends in .png).
  const bool png = outPath.size() > 4 && outPath.compare(outPath.size() - 4, 4, ".png") == 0;
  const std::string tmp = outPath + ".tmp";
  const int ok = png ? stbi_write_png(tmp.c_str(), outW, outH, 1, out.data(), outW)
                     : stbi_write_jpg(tmp.c_str(), outW, outH, 1, out.data(), quality);
  if (!ok) return fail(tmp + ": write failed");
  if (std::rename(tmp.c_str(), outPath.c_str()) != 0) return fail(outPath + ": " + std::strerror(errno));
  std::fprintf(stderr, "wrote %s (%dx%d, z %.2f)\n", outPath.c_str(), outW, outH, zFactor);
  return 0;
}
