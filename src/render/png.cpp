#include "render/png.hpp"

#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/files.hpp"

namespace {

// zlib level 1 for stb_image_write (stb clamps its own deflate to level >= 5 and is slow).
// Returns memory from malloc, which stb releases with STBIW_FREE (free).
unsigned char* zlibCompress(unsigned char* data, int dataLen, int* outLen, int /*quality*/) {
  uLongf cap = compressBound(static_cast<uLong>(dataLen));
  auto* out = static_cast<unsigned char*>(std::malloc(cap));
  if (out == nullptr) return nullptr;
  if (compress2(out, &cap, data, static_cast<uLong>(dataLen), 1) != Z_OK) {
    std::free(out);
    return nullptr;
  }
  *outLen = static_cast<int>(cap);
  return out;
}

}  // namespace

#define STBIW_ZLIB_COMPRESS zlibCompress
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace wiremap::render {

namespace {
void appendBytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}
}  // namespace

Result<std::string> encodePng(const Image& image) {
  if (image.width <= 0 || image.height <= 0) return Error{"PNG: empty image"};
  if (image.rgba.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4)
    return Error{"PNG: pixel buffer does not match " + std::to_string(image.width) + "x" +
                 std::to_string(image.height)};
  // Filter 0 (none): with zlib level 1 this is the fastest choice and compresses flat map
  // colours well. The variable is file-static (STB_IMAGE_WRITE_STATIC); always the same value.
  stbi_write_force_png_filter = 0;
  std::string out;
  out.reserve(image.rgba.size() / 8);
  const int ok = stbi_write_png_to_func(appendBytes, &out, image.width, image.height, 4, image.rgba.data(),
                                        image.width * 4);
  if (ok == 0) return Error{"PNG: encoding failed (out of memory?)"};
  return out;
}

Status writePng(const std::filesystem::path& path, const Image& image) {
  auto bytes = encodePng(image);
  if (!bytes) return Error{path.string() + ": " + bytes.error().message};
  return files::writeAtomic(path, *bytes);
}

}  // namespace wiremap::render
