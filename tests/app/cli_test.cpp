// End-to-end tests of the `wiremap` command line: exit codes, messages, outputs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int code = -1;
  std::string out, err;
};

fs::path scratch() {
  fs::path d = fs::temp_directory_path() / ("wiremap-cli-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// Runs `wiremap ARGS` through the shell with stdout and stderr captured.
Run wiremap(const std::string& args, const std::string& envPrefix = "") {
  const char* bin = std::getenv("WIREMAP_BINARY");
  if (!bin) return {};
  const fs::path d = fs::temp_directory_path() / ("wiremap-cli-run-" + std::to_string(::getpid()));
  fs::create_directories(d);
  const std::string cmd = envPrefix + " '" + std::string(bin) + "' " + args + " >'" + (d / "out").string() + "' 2>'" + (d / "err").string() + "'";
  Run r;
  const int status = std::system(cmd.c_str());
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(d / "out");
  r.err = slurp(d / "err");
  return r;
}

std::string sample() { return std::string(std::getenv("WIREMAP_ASSETS")) + "/samples/sample-article.txt"; }

bool isPng(const fs::path& p, int& w, int& h) {
  const std::string b = slurp(p);
  if (b.size() < 24 || b.substr(0, 8) != "\x89PNG\r\n\x1a\n") return false;
  const auto be = [&](int o) {
    return (static_cast<unsigned char>(b[o]) << 24) | (static_cast<unsigned char>(b[o + 1]) << 16) |
           (static_cast<unsigned char>(b[o + 2]) << 8) | static_cast<unsigned char>(b[o + 3]);
  };
  w = be(16);
  h = be(20);
  return true;
}

}  // namespace

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("WIREMAP_BINARY")) GTEST_SKIP() << "WIREMAP_BINARY not set (run through ctest)";
  }
};

TEST_F(Cli, HelpAndVersion) {
  auto h = wiremap("--help");
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.out.find("wiremap render FILE -o OUT.png"), std::string::npos);
  auto v = wiremap("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out.rfind("wiremap ", 0), 0u);
}

TEST_F(Cli, UnknownOptionIsOneClearLine) {
  auto r = wiremap("--frobnicate");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown option '--frobnicate'"), std::string::npos);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST_F(Cli, RenderMissingFile) {
  const fs::path d = scratch();
  auto r = wiremap("render /no/such/article.txt -o '" + (d / "x.png").string() + "'");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("/no/such/article.txt: no such file"), std::string::npos);
  EXPECT_FALSE(fs::exists(d / "x.png"));
}

TEST_F(Cli, RenderBadSize) {
  const fs::path d = scratch();
  for (const char* size : {"100", "0x100", "20000x100", "axb", "640x480x2"}) {
    auto r = wiremap("render '" + sample() + "' -o '" + (d / "x.png").string() + "' --size " + size);
    EXPECT_EQ(r.code, 2) << size;
    EXPECT_NE(r.err.find("bad size"), std::string::npos) << size;
  }
  EXPECT_TRUE(fs::is_empty(d));
}

TEST_F(Cli, RenderIntoMissingFolderFailsCleanly) {
  auto r = wiremap("render '" + sample() + "' -o /no/such/folder/out.png");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("cannot write"), std::string::npos);
}

TEST_F(Cli, RenderSampleWritesPngOfRequestedSize) {
  const fs::path d = scratch();
  const fs::path out = d / "sample.png";
  auto r = wiremap("render '" + sample() + "' -o '" + out.string() + "' --size 640x360");
  ASSERT_EQ(r.code, 0) << r.err;
  int w = 0, h = 0;
  ASSERT_TRUE(isPng(out, w, h));
  EXPECT_EQ(w, 640);
  EXPECT_EQ(h, 360);
  // Only the PNG: no temporary files left beside it.
  int files = 0;
  for (const auto& e : fs::directory_iterator(d)) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST_F(Cli, RenderWithExplicitViewAndGlobe) {
  const fs::path d = scratch();
  auto r = wiremap("render '" + sample() + "' -o '" + (d / "g.png").string() + "' --size 320x320 --view 127.5,37.5,2 --globe --no-report");
  ASSERT_EQ(r.code, 0) << r.err;
  auto bad = wiremap("render '" + sample() + "' -o '" + (d / "b.png").string() + "' --view 500,0,2");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("bad view"), std::string::npos);
}

TEST_F(Cli, ExtractJsonlFollowsTheContract) {
  const fs::path d = scratch();
  const fs::path a = d / "a.txt";
  std::ofstream(a) << "Ministers from Chile and Peru met in Lima on Monday, officials said.";
  auto r = wiremap("extract --jsonl '" + a.string() + "'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto line = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(line["source"], a.string());
  for (const char* k : {"places", "entities", "quotes"}) EXPECT_TRUE(line[k].is_array()) << k;
  const int n = 69;
  for (const auto& e : line["entities"]) {
    EXPECT_GE(e["start"].get<int>(), 0);
    EXPECT_LE(e["end"].get<int>(), n);
  }
}

TEST_F(Cli, ExtractRefusesBinaryAndKeepsGoing) {
  const fs::path d = scratch();
  const fs::path bin = d / "report.txt", ok = d / "ok.txt";
  std::ofstream(bin, std::ios::binary) << std::string("%PDF-1.5\n\0\0\0", 12);
  std::ofstream(ok) << "Nothing happened in Oslo.";
  auto r = wiremap("extract --jsonl '" + bin.string() + "' '" + ok.string() + "'");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("report.txt: this looks like a PDF document"), std::string::npos);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << "one line per file, the failed one included";
}

TEST_F(Cli, ExtractGeoJsonToFile) {
  const fs::path d = scratch();
  auto r = wiremap("extract '" + sample() + "' --format geojson -o '" + (d / "s.geojson").string() + "'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(slurp(d / "s.geojson"));
  EXPECT_EQ(j["type"], "FeatureCollection");
  auto bad = wiremap("extract '" + sample() + "' --format kml");
  EXPECT_EQ(bad.code, 2);
}

TEST_F(Cli, WindowWithoutDisplayRendersSampleAndSaysWhere) {
  const fs::path d = scratch();
  auto r = wiremap("", "cd '" + d.string() + "' && DISPLAY= WAYLAND_DISPLAY=");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("no display"), std::string::npos);
  EXPECT_TRUE(fs::exists(d / "wiremap-sample-article.png"));
  EXPECT_NE(r.out.find("wiremap-sample-article.png"), std::string::npos);
}

TEST_F(Cli, WindowOptionsRefuseMalformedValues) {
  // Checked before any window or display is needed: exit code 2 and the option named.
  const std::pair<const char*, const char*> cases[] = {
      {"--window-size 800x600junk", "bad --window-size"}, {"--window-size 800x", "bad --window-size"},
      {"--frames 5x", "bad --frames"},                    {"--frames ''", "bad --frames"},
      {"--drag 3,4z", "bad --drag"},                      {"--drag ' 3,4'", "bad --drag"},
      {"--frames", "--frames needs a value"},             {"--drag", "--drag needs a value"},
      {"--window-size", "--window-size needs a value"},
  };
  for (const auto& [args, message] : cases) {
    auto r = wiremap(args, "DISPLAY= WAYLAND_DISPLAY=");
    EXPECT_EQ(r.code, 2) << args;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << ": " << r.err;
  }
}

TEST_F(Cli, RenderSizeIsStrict) {
  const fs::path d = scratch();
  for (const char* size : {"800x600junk", "800x", "x600", "800 x600", "+800x600"}) {
    auto r = wiremap("render '" + sample() + "' -o '" + (d / "x.png").string() + "' --size '" + size + "'");
    EXPECT_EQ(r.code, 2) << size;
    EXPECT_NE(r.err.find("bad size"), std::string::npos) << size << ": " << r.err;
    EXPECT_FALSE(fs::exists(d / "x.png")) << size;
  }
}
