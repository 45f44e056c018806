#include "core/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <random>
#include <system_error>

namespace wiremap::files {
namespace fs = std::filesystem;

namespace {
std::string errnoText(int e) { return std::generic_category().message(e); }
}  // namespace

Result<std::string> readAll(const fs::path& path, std::size_t maxBytes) {
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Error{fmt::format("{}: no such file", path.string())};
  if (fs::is_directory(st)) return Error{fmt::format("{}: is a folder, not a file", path.string())};
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{fmt::format("{}: cannot open: {}", path.string(), errnoText(errno))};
  std::string data;
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int e = errno;
      ::close(fd);
      return Error{fmt::format("{}: cannot read: {}", path.string(), errnoText(e))};
    }
    if (n == 0) break;
    if (data.size() + static_cast<std::size_t>(n) > maxBytes) {
      ::close(fd);
      return Error{fmt::format("{}: larger than the {} MiB limit", path.string(), maxBytes >> 20)};
    }
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return data;
}

Status writeAtomic(const fs::path& path, std::string_view data) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::random_device rd;
  const fs::path tmp = dir / fmt::format(".{}.tmp-{:08x}", path.filename().string(), rd());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("{}: cannot write: {}", path.string(), errnoText(errno))};
  const auto fail = [&](int e) -> Status {
    ::close(fd);
    ::unlink(tmp.c_str());
    return Error{fmt::format("{}: cannot write: {}", path.string(), errnoText(e))};
  };
  std::size_t off = 0;
  while (off < data.size()) {
    const ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) return fail(errno);
  if (::close(fd) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return Error{fmt::format("{}: cannot write: {}", path.string(), errnoText(e))};
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return Error{fmt::format("{}: cannot write: {}", path.string(), errnoText(e))};
  }
  return Ok{};
}

fs::path assetDir() {
  if (const char* env = std::getenv("WIREMAP_ASSETS"); env && *env) return fs::path(env);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
      if (fs::exists(p / "assets" / "PROVENANCE.md", ec)) return p / "assets";
      if (fs::exists(p / "share" / "wiremap" / "assets", ec)) return p / "share" / "wiremap" / "assets";
    }
  }
  return fs::path(WIREMAP_SOURCE_ASSET_DIR);
}

fs::path assetPath(std::string_view name) { return assetDir() / fs::path(std::string(name)); }

const char* version() { return WIREMAP_VERSION; }

}  // namespace wiremap::files
