#include "core/files.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

using namespace wiremap;
namespace fs = std::filesystem;

namespace {
fs::path tempDir() {
  fs::path d = fs::temp_directory_path() / ("wiremap-files-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), {}};
}
}  // namespace

TEST(Files, ReadMissingFileNamesIt) {
  auto r = files::readAll("/nonexistent/wiremap/article.txt");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/nonexistent/wiremap/article.txt"), std::string::npos);
  EXPECT_NE(r.error().message.find("no such file"), std::string::npos);
}

TEST(Files, ReadFolderIsAnError) {
  auto r = files::readAll(tempDir());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("folder"), std::string::npos);
}

TEST(Files, ReadRefusesFilesOverTheLimit) {
  const fs::path p = tempDir() / "big.txt";
  std::ofstream(p) << std::string(5000, 'x');
  auto r = files::readAll(p, 4096);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("limit"), std::string::npos);
  auto ok = files::readAll(p, 5000);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->size(), 5000u);
}

TEST(Files, AtomicWriteReplacesWholeFile) {
  const fs::path p = tempDir() / "out.json";
  ASSERT_TRUE(files::writeAtomic(p, "first"));
  ASSERT_TRUE(files::writeAtomic(p, "second version"));
  EXPECT_EQ(slurp(p), "second version");
  // No temporary files left behind.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(p.parent_path())) entries += e.is_regular_file();
  EXPECT_EQ(entries, 1);
}

TEST(Files, AtomicWriteToReadOnlyFolderLeavesOldFileUntouched) {
  if (::geteuid() == 0) {
    // Root ignores directory permissions; /proc is read-only for everyone.
    auto st = files::writeAtomic("/proc/wiremap-test.png", "data");
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("/proc/wiremap-test.png"), std::string::npos);
    return;
  }
  const fs::path d = tempDir();
  const fs::path p = d / "keep.txt";
  ASSERT_TRUE(files::writeAtomic(p, "precious"));
  ::chmod(d.c_str(), 0555);
  auto st = files::writeAtomic(p, "overwrite");
  ::chmod(d.c_str(), 0755);
  ASSERT_FALSE(st);
  EXPECT_EQ(slurp(p), "precious");
}

TEST(Files, AtomicWriteThatRunsOutOfSpaceLeavesOldFileUntouched) {
  // A file-size limit makes write() fail part-way with EFBIG, as a full disk fails with ENOSPC.
  const fs::path d = tempDir();
  const fs::path p = d / "report.png";
  ASSERT_TRUE(files::writeAtomic(p, "old contents"));
  struct rlimit old {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  auto* prev = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 1000;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  auto st = files::writeAtomic(p, std::string(100000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, prev);
  ASSERT_FALSE(st);
  EXPECT_NE(st.error().message.find("report.png"), std::string::npos);
  EXPECT_EQ(slurp(p), "old contents");
  int entries = 0;
  for (const auto& e : fs::directory_iterator(d)) entries += e.is_regular_file();
  EXPECT_EQ(entries, 1) << "the temporary file must be removed";
}

TEST(Files, AtomicWriteIntoMissingFolderNamesTheFile) {
  auto st = files::writeAtomic("/nonexistent-folder/x.png", "data");
  ASSERT_FALSE(st);
  EXPECT_NE(st.error().message.find("x.png"), std::string::npos);
}
