// Full-window screenshots of the workbench: the real GLFW window under a virtual X server
// (xvfb-run), a few frames on an article with a place selected, compared with a golden image
// (for our own sample article; the seed scenario is checked without a stored image).
// Skipped where xvfb-run or the wiremap binary is unavailable.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/files.hpp"
#include "render_fixture.hpp"

namespace fs = std::filesystem;
using namespace wiremap;
using namespace wiremap::render::testing;

namespace {

/// Runs the window on `article` and returns its screenshot (empty image on failure).
render::Image screenshot(const fs::path& article, const std::string& select, std::string& log) {
  const char* bin = std::getenv("WIREMAP_BINARY");
  const fs::path out = fs::temp_directory_path() / ("wiremap-window-" + std::to_string(::getpid()) + ".png");
  const fs::path err = fs::temp_directory_path() / ("wiremap-window-" + std::to_string(::getpid()) + ".log");
  fs::remove(out);
  // A fixed HOME keeps the user's settings (theme, recent files) out of the picture.
  const std::string cmd = "HOME='" + fs::temp_directory_path().string() + "/wiremap-window-home' xvfb-run -a -s '-screen 0 1440x900x24' '" +
                          std::string(bin) + "' '" + article.string() + "' --window-size 1440x900 --frames 25 --select '" + select +
                          "' --screenshot '" + out.string() + "' 2>'" + err.string() + "'";
  const int rc = std::system(cmd.c_str());
  auto text = files::readAll(err);
  log = text ? *text : "";
  if (rc != 0) return {};
  auto bytes = files::readAll(out, 64u << 20);
  return bytes ? decodePng(*bytes) : render::Image{};
}

bool haveXvfb() { return std::system("command -v xvfb-run >/dev/null 2>&1") == 0; }

}  // namespace

TEST(WindowGolden, SampleArticleWithBusanSelected) {
  if (!std::getenv("WIREMAP_BINARY") || !haveXvfb()) GTEST_SKIP() << "needs WIREMAP_BINARY and xvfb-run";
  std::string log;
  const render::Image img = screenshot(fs::path(std::getenv("WIREMAP_ASSETS")) / "samples" / "sample-article.txt", "Busan", log);
  ASSERT_EQ(img.width, 1440) << log;
  ASSERT_EQ(img.height, 900) << log;
  // The menu bar is drawn (light theme: a light grey strip at the top), not a black frame.
  const std::uint8_t* menu = img.pixel(700, 5);
  EXPECT_GT(menu[0] + menu[1] + menu[2], 600);
  expectMatchesGolden(img, "window-sample-busan", 32, 0.02);
}

TEST(WindowGolden, SeedScenarioWithSeoulSelected) {
  const fs::path seed = fs::path(WIREMAP_SHARED_DIR) / "seed" / "reuters-korea-japan-us-air-drill.txt";
  if (!std::getenv("WIREMAP_BINARY") || !haveXvfb()) GTEST_SKIP() << "needs WIREMAP_BINARY and xvfb-run";
  if (!fs::exists(seed)) GTEST_SKIP() << "seed article not present";
  std::string log;
  const render::Image img = screenshot(seed, "Seoul", log);
  ASSERT_EQ(img.width, 1440) << log;
  // No golden here: a screenshot of the seed would put third-party text into the repository.
  // Check that the map area is drawn (water and land colours, not a blank or black frame).
  int water = 0, black = 0, samples = 0;
  for (int y = 100; y < 800; y += 20)
    for (int x = 500; x < 1050; x += 20) {
      const std::uint8_t* p = img.pixel(x, y);
      ++samples;
      if (p[2] > p[0] + 10 && p[2] > 200) ++water;
      if (p[0] < 20 && p[1] < 20 && p[2] < 20) ++black;
    }
  EXPECT_GT(water, samples / 10) << "no water in the map area";
  EXPECT_LT(black, samples / 20) << "black pixels in the map area";
}
