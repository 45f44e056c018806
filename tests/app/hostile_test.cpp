// Hostile input: generated bad files (binary, empty, over the size limit, broken UTF-8,
// malformed and deeply nested JSON, malformed HTML, huge lines) through `wiremap extract`
// and `wiremap render`, a full disk and an unwritable output folder during PNG export, and
// replays of the fuzzers' kept inputs (tests/fuzz/regressions, tests/fuzz/corpus) through the
// fuzz entry points. Inputs are generated at test time into a temporary folder (the 64 MiB
// one must never be committed); tests/data/hostile holds small kept cases.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/fuzz_entry.hpp"
#include "core/files.hpp"

namespace fs = std::filesystem;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

/// Wall-clock bound of one CLI run (seconds); sanitizer builds are several times slower.
constexpr int kTimeLimit = kAsan ? 240 : 60;
/// Address-space bound of one CLI run (KiB). Not applied under ASan, which reserves terabytes.
constexpr long kMemoryLimitKb = 6L << 20;

struct CliRun {
  int code = -1;
  bool signaled = false;
  std::string out, err;
  double seconds = 0;
};

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void spit(const fs::path& p, std::string_view bytes) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

fs::path scratch(const std::string& what) {
  fs::path d = fs::temp_directory_path() / ("wiremap-hostile-" + std::to_string(::getpid()) + "-" + what);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

/// Runs `wiremap ARGS` under a time limit (and an address-space limit outside ASan), with
/// `prefix` shell commands first (ulimit, trap). The exit status of a run killed by a signal
/// (or by the timeout, 124) is reported as such.
CliRun runCli(const std::string& args, const fs::path& dir, const std::string& prefix = "") {
  const std::string bin = std::getenv("WIREMAP_BINARY");
  std::string cmd = "cd " + quote(dir) + " && ";
  if (!kAsan) cmd += "ulimit -v " + std::to_string(kMemoryLimitKb) + " && ";
  cmd += prefix + " timeout -s KILL " + std::to_string(kTimeLimit) + " " + quote(bin) + " " + args + " >" +
         quote(dir / ".stdout") + " 2>" + quote(dir / ".stderr");
  const std::string shell = "/bin/bash -c \"" + cmd + "\"";
  CliRun r;
  const auto t0 = std::chrono::steady_clock::now();
  const int status = std::system(shell.c_str());
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.signaled = !WIFEXITED(status) || WEXITSTATUS(status) >= 124;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(dir / ".stdout");
  r.err = slurp(dir / ".stderr");
  fs::remove(dir / ".stdout");
  fs::remove(dir / ".stderr");
  return r;
}

int lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n + (!s.empty() && s.back() != '\n');
}

bool wholePng(const std::string& b) {
  return b.size() > 57 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0 &&
         b.compare(b.size() - 12, 12, std::string("\0\0\0\0IEND\xae\x42\x60\x82", 12)) == 0;
}

bool wholeJson(const std::string& b) {
  try {
    return !nlohmann::json::parse(b).is_discarded();
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

/// Files in `dir` other than the inputs: outputs and any temporary leftovers.
std::vector<std::string> extraFiles(const fs::path& dir, const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string n = e.path().filename().string();
    if (std::find(inputs.begin(), inputs.end(), n) == inputs.end()) out.push_back(n);
  }
  return out;
}

struct Case {
  std::string name;  ///< file name (its extension picks the format)
  std::string bytes;
};

std::string words(std::size_t bytes, bool newlines) {
  static const char* kWords[] = {"the", "minister", "said", "Seoul", "talks", "on", "Monday", "Busan",
                                 "officials", "met", "in", "Tokyo", "and", "\"we", "agree,\"", "Paris."};
  std::mt19937 rng(7);
  std::string s;
  s.reserve(bytes + 16);
  std::size_t n = 0;
  while (s.size() < bytes) {
    s += kWords[rng() % 16];
    s += (newlines && ++n % 40 == 0) ? '\n' : ' ';
  }
  s.resize(bytes);
  return s;
}

std::vector<Case> hostileCases() {
  std::vector<Case> c;
  std::mt19937 rng(42);
  std::string random(8192, '\0');
  for (char& ch : random) ch = static_cast<char>(rng());
  const std::string article = "SEOUL (Wiremap) - Officials met in Busan on Monday, the ministry said.";
  c.push_back({"image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + random.substr(0, 512)});
  c.push_back({"paper.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + random.substr(0, 512)});
  c.push_back({"random.bin", random});
  c.push_back({"random.txt", random});
  c.push_back({"empty.txt", ""});
  c.push_back({"blank.txt", " \n\t\r\n  \n"});
  c.push_back({"bom-only.txt", "\xEF\xBB\xBF"});
  c.push_back({"invalid-utf8.txt", article + " \xff\xfe\x80\xbf \xc3 tail \xe2\x82 more \xf8\x88\x80\x80\x80 Tokyo."});
  c.push_back({"lone-surrogates.txt", article + " \xed\xa0\x80 \xed\xbf\xbf \xed\xb0\x80 Tokyo."});
  c.push_back({"overlong.txt", article + " \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf \xc1\xbf \xf4\x90\x80\x80 Paris."});
  c.push_back({"crlf.txt", "SEOUL\r\n\r\nOfficials met in Busan.\r\rThe ministry said \"yes.\"\r\n"});
  static constexpr char kNul[] = "Officials met\0 in Busan\0\0 on Monday.";
  c.push_back({"nul.txt", std::string(kNul, sizeof kNul - 1)});
  c.push_back({"malformed.json", "{\"text\": \"Officials met in Busan"});
  c.push_back({"trailing.json", "{\"text\": \"Officials met in Busan.\"} garbage"});
  c.push_back({"wrong-type.json", "{\"text\": 5, \"headline\": [1,2], \"byline\": {\"a\": 1}}"});
  c.push_back({"no-text.json", "{\"title\": \"Nothing here\"}"});
  c.push_back({"scalar.json", "42"});
  c.push_back({"empty-array.json", "[]"});
  c.push_back({"nested.json", std::string(100000, '[') + std::string(100000, ']')});
  c.push_back({"nested-object.json", "{\"text\":\"Officials met in Busan.\",\"x\":" + std::string(5000, '[') + std::string(5000, ']') + "}"});
  c.push_back({"nested-unbalanced.json", "{\"text\":\"a\"," + std::string(50000, '{')});
  c.push_back({"json-surrogate.json", "{\"text\":\"Officials \\ud800 met in \\udc00 Busan.\",\"headline\":\"\\udfff\"}"});
  c.push_back({"json-bad-utf8-field.json", "{\"text\":\"Officials met in Busan.\",\"headline\":\"\xff\xfe\",\"byline\":[\"\xc0\xaf\"]}"});
  c.push_back({"json-nul.json", std::string("{\"text\":\"Officials\\u0000met in Busan.\"}")});
  c.push_back({"huge-string.json", "{\"headline\":\"" + std::string(1 << 20, 'H') + "\",\"text\":\"" + words(4u << 20, false) + "\"}"});
  c.push_back({"unclosed.html", "<html><head><title>Talks<body><p>Officials met in <b><i>Busan<div><p>on Monday <a href=\"x"});
  c.push_back({"giant-attribute.html", "<html><body><p title=\"" + std::string(2u << 20, 'A') + "\">Officials met in Busan.</p></body></html>"});
  std::string soup = "<html><body><p>";
  for (int i = 0; i < 20000; ++i)
    soup += "&amp;&#0;&#x110000;&#xD800;&#99999999999999999999;&;&#;&#x;&unknown;&lt&gt;&nbsp;&#65;&eacute";
  c.push_back({"entity-soup.html", soup + " Seoul</p></body></html>"});
  c.push_back({"deep.html", "<html><body>" + std::string(300000, '<') + "div>Officials met in Busan."});
  std::string divs = "<html><body>";
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  c.push_back({"deep-divs.html", divs + "Officials met in Busan."});
  c.push_back({"script-only.html", "<html><script>" + std::string(100000, 'x') + "</script><style>p{}</style></html>"});
  c.push_back({"comment.html", "<html><body><!-- never closed " + article});
  c.push_back({"one-line-5mb.txt", words(5u << 20, false)});
  return c;
}

class Hostile : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("WIREMAP_BINARY")) GTEST_SKIP() << "WIREMAP_BINARY not set (run through ctest)";
  }
};

/// A failed run: one line on stderr naming the input, a small non-zero exit code.
void expectCleanFailure(const CliRun& r, const std::string& input, const std::string& what) {
  EXPECT_FALSE(r.signaled) << what << ": crashed, killed or timed out (" << r.code << ")\n" << r.err;
  EXPECT_GE(r.code, 1) << what;
  EXPECT_LE(r.code, 3) << what;
  EXPECT_EQ(lines(r.err), 1) << what << ": the error must be one line:\n" << r.err.substr(0, 2000);
  EXPECT_NE(r.err.find(input), std::string::npos) << what << ": the error must name the file:\n" << r.err.substr(0, 2000);
}

}  // namespace

TEST_F(Hostile, ExtractAndRenderEveryHostileFile) {
  const fs::path d = scratch("inputs");
  std::vector<std::string> inputs;
  for (const Case& c : hostileCases()) {
    spit(d / c.name, c.bytes);
    inputs.push_back(c.name);
  }
  for (const Case& c : hostileCases()) {
    SCOPED_TRACE(c.name);
    // extract: a whole JSON model, or one clear line and no output.
    const CliRun x = runCli("extract " + c.name + " -o out.json", d);
    EXPECT_LT(x.seconds, kTimeLimit) << c.name;
    if (x.code == 0) {
      EXPECT_TRUE(wholeJson(slurp(d / "out.json"))) << c.name << ": extract wrote a broken JSON file";
    } else {
      expectCleanFailure(x, c.name, "extract " + c.name);
      EXPECT_FALSE(fs::exists(d / "out.json")) << c.name;
    }
    fs::remove(d / "out.json");
    // render: a whole PNG, or one clear line and no output.
    const CliRun r = runCli("render " + c.name + " -o out.png --size 320x200", d);
    EXPECT_LT(r.seconds, kTimeLimit) << c.name;
    if (r.code == 0) {
      EXPECT_TRUE(wholePng(slurp(d / "out.png"))) << c.name << ": render wrote a broken PNG";
    } else {
      expectCleanFailure(r, c.name, "render " + c.name);
      EXPECT_FALSE(fs::exists(d / "out.png")) << c.name;
    }
    fs::remove(d / "out.png");
    EXPECT_EQ(extraFiles(d, inputs), std::vector<std::string>{}) << c.name << ": temporary files left behind";
  }
  fs::remove_all(d);
}

TEST_F(Hostile, BinaryInputsAreRefusedByName) {
  const fs::path d = scratch("binary");
  for (const Case& c : hostileCases()) {
    if (c.name != "image.png" && c.name != "paper.pdf" && c.name != "random.bin") continue;
    spit(d / c.name, c.bytes);
    const CliRun x = runCli("extract " + c.name, d);
    expectCleanFailure(x, c.name, "extract " + c.name);
  }
  fs::remove_all(d);
}

TEST_F(Hostile, FileJustOverTheSizeLimitIsRefused) {
  const fs::path d = scratch("huge");
  const fs::path big = d / "huge.txt";
  {
    // Text, one byte over the documented limit (wiremap::files::kMaxArticleBytes, 64 MiB).
    std::ofstream f(big, std::ios::binary);
    const std::string block = words(1u << 20, true);
    for (std::size_t i = 0; i < wiremap::files::kMaxArticleBytes / block.size(); ++i) f << block;
    f << 'x';
  }
  ASSERT_EQ(fs::file_size(big), wiremap::files::kMaxArticleBytes + 1);
  for (const char* verb : {"extract huge.txt -o out.json", "render huge.txt -o out.png --size 320x200"}) {
    const CliRun r = runCli(verb, d);
    expectCleanFailure(r, "huge.txt", verb);
    EXPECT_LT(r.seconds, 30) << "the size check must come before reading";
  }
  EXPECT_FALSE(fs::exists(d / "out.json"));
  EXPECT_FALSE(fs::exists(d / "out.png"));
  fs::remove_all(d);
}

TEST_F(Hostile, PngExportOnAFullDiskKeepsTheOldFile) {
  // RLIMIT_FSIZE makes every write past 64 KiB fail with EFBIG (SIGXFSZ ignored), which is
  // what a full disk looks like to the program.
  const fs::path d = scratch("full");
  spit(d / "story.txt", "SEOUL - Officials met in Busan and Tokyo on Monday, the ministry said.\n");
  spit(d / "out.png", "old contents");
  const CliRun r = runCli("render story.txt -o out.png --size 1200x800", d, "trap '' XFSZ; ulimit -f 64;");
  EXPECT_FALSE(r.signaled) << r.err;
  EXPECT_NE(r.code, 0);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("out.png"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(d / "out.png"), "old contents");
  EXPECT_EQ(extraFiles(d, {"story.txt", "out.png"}), std::vector<std::string>{}) << "temporary file left behind";
  // Without an old file there is no output at all.
  fs::remove(d / "out.png");
  const CliRun r2 = runCli("render story.txt -o out.png --size 1200x800", d, "trap '' XFSZ; ulimit -f 64;");
  EXPECT_NE(r2.code, 0);
  EXPECT_FALSE(fs::exists(d / "out.png"));
  EXPECT_EQ(extraFiles(d, {"story.txt"}), std::vector<std::string>{});
  fs::remove_all(d);
}

TEST_F(Hostile, PngExportIntoAReadOnlyFolder) {
  const fs::path d = scratch("readonly");
  fs::permissions(d, fs::perms::owner_all | fs::perms::group_all | fs::perms::others_all);
  spit(d / "story.txt", "SEOUL - Officials met in Busan and Tokyo on Monday, the ministry said.\n");
  const fs::path ro = d / "ro";
  fs::create_directories(ro);
  fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec |
                          fs::perms::others_read | fs::perms::others_exec);
  // root ignores permissions: then run the program as nobody (setpriv), or skip.
  std::string prefix;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null 2>&1") != 0) GTEST_SKIP() << "root without setpriv";
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  const CliRun r = runCli("render story.txt -o ro/out.png --size 320x200", d, "HOME=/tmp " + prefix);
  if (::geteuid() == 0 && r.err.find("ermission denied") != std::string::npos && r.err.find("out.png") == std::string::npos)
    GTEST_SKIP() << "nobody cannot run the binary here: " << r.err;
  EXPECT_FALSE(r.signaled) << r.err;
  EXPECT_NE(r.code, 0);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("out.png"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_empty(ro));
  // A parent that is a file, not a folder (fails for root too).
  spit(d / "file", "x");
  const CliRun r2 = runCli("render story.txt -o file/out.png --size 320x200", d);
  EXPECT_FALSE(r2.signaled) << r2.err;
  EXPECT_NE(r2.code, 0);
  EXPECT_EQ(lines(r2.err), 1) << r2.err;
  EXPECT_NE(r2.err.find("out.png"), std::string::npos) << r2.err;
  fs::permissions(ro, fs::perms::owner_all);
  fs::remove_all(d);
}

// ---- replays of fuzzer inputs through the same entry points ------------------------------

namespace {

using Entry = int (*)(const std::uint8_t*, std::size_t);

int replay(const std::string& target, Entry entry) {
  int n = 0;
  const fs::path root = fs::path(WIREMAP_TEST_DATA_DIR).parent_path() / "fuzz";
  for (const char* kind : {"regressions", "corpus"}) {
    const fs::path dir = root / kind / target;
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (!e.is_regular_file() || e.path().filename().string().starts_with(".")) continue;
      SCOPED_TRACE(e.path().string());
      const std::string bytes = slurp(e.path());
      entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++n;
    }
  }
  // Kept hostile inputs are article files for ingestion and the whole pipeline.
  if (target == "ingest" || target == "extract")
    for (const auto& e : fs::directory_iterator(fs::path(WIREMAP_TEST_DATA_DIR) / "hostile")) {
      if (!e.is_regular_file() || e.path().extension() == ".md") continue;
      const std::string bytes = std::string(1, '\0') + slurp(e.path());
      entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++n;
    }
  return n;
}

}  // namespace

class FuzzReplay : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("WIREMAP_ASSETS")) GTEST_SKIP() << "WIREMAP_ASSETS not set (run through ctest)";
  }
};

TEST_F(FuzzReplay, Ingest) { EXPECT_GT(replay("ingest", wiremap::fuzz::ingest), 0); }
TEST_F(FuzzReplay, Extract) { EXPECT_GT(replay("extract", wiremap::fuzz::extractAll), 0); }
TEST_F(FuzzReplay, Sidecar) { EXPECT_GT(replay("sidecar", wiremap::fuzz::sidecar), 0); }
TEST_F(FuzzReplay, Pack) { EXPECT_GT(replay("pack", wiremap::fuzz::pack), 0); }
TEST_F(FuzzReplay, Gazetteer) { EXPECT_GT(replay("gazetteer", wiremap::fuzz::gazetteer), 0); }
TEST_F(FuzzReplay, Ner) { EXPECT_GT(replay("ner", wiremap::fuzz::ner), 0); }
