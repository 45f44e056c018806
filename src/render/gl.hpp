#pragma once
// Move-only RAII handles for GL objects. Each kind is its own type, so a texture can't be
// passed where a buffer goes; the raw GL name never leaves these classes (cross-type
// operations such as attaching a texture to a framebuffer are members of the receiving type).
// Every call requires a current GL 3.3 core context on the calling thread (glad loaded).
#include <glad/gl.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/result.hpp"

namespace wiremap::render::gl {

namespace detail {

/// Owns one GL name; `Destroy` deletes it. Moved-from objects hold 0 and delete nothing.
template <void (*Destroy)(GLuint)>
class Name {
 public:
  Name() = default;
  explicit Name(GLuint n) : name_(n) {}
  Name(const Name&) = delete;
  Name& operator=(const Name&) = delete;
  Name(Name&& o) noexcept : name_(std::exchange(o.name_, 0)) {}
  Name& operator=(Name&& o) noexcept {
    if (this != &o) {
      reset();
      name_ = std::exchange(o.name_, 0);
    }
    return *this;
  }
  ~Name() { reset(); }
  void reset() {
    if (name_ != 0) Destroy(name_);
    name_ = 0;
  }
  GLuint get() const { return name_; }

 private:
  GLuint name_ = 0;
};

void deleteBuffer(GLuint n);
void deleteVertexArray(GLuint n);
void deleteTexture(GLuint n);
void deleteFramebuffer(GLuint n);
void deleteRenderbuffer(GLuint n);
void deleteProgram(GLuint n);
void deleteShader(GLuint n);

}  // namespace detail

class VertexArray;
class Framebuffer;

/// A buffer object. `size()` is in bytes.
class Buffer {
 public:
  Buffer() = default;
  static Buffer create();
  explicit operator bool() const { return name_.get() != 0; }

  /// Binds to `target` (GL_ARRAY_BUFFER, GL_ELEMENT_ARRAY_BUFFER...).
  void bind(GLenum target) const;
  /// Replaces the whole store with `bytes` (binds to GL_ARRAY_BUFFER; the current VAO's
  /// element binding is left alone).
  void setData(std::span<const std::byte> bytes, GLenum usage = GL_STATIC_DRAW);
  template <class T>
  void setData(std::span<const T> items, GLenum usage = GL_STATIC_DRAW) {
    setData(std::as_bytes(items), usage);
  }
  std::size_t size() const { return size_; }

 private:
  friend class VertexArray;
  detail::Name<detail::deleteBuffer> name_;
  std::size_t size_ = 0;
};

/// A vertex array object: attribute layout and the element buffer binding.
class VertexArray {
 public:
  VertexArray() = default;
  static VertexArray create();
  explicit operator bool() const { return name_.get() != 0; }
  void bind() const;
  static void unbind();

  /// Float attribute `index` read from `buffer` (components of `type`; `normalized` for
  /// integer types mapped to 0..1). `offset`/`stride` in bytes; `divisor` 1 = per instance.
  /// Binds this VAO.
  void attribute(GLuint index, const Buffer& buffer, GLint components, GLenum type, bool normalized,
                 GLsizei stride, std::size_t offset, GLuint divisor = 0);
  /// Re-points an enabled attribute at a new byte offset of `buffer` (to draw a sub-range of
  /// instances without base-instance support). Binds this VAO.
  void repoint(GLuint index, const Buffer& buffer, GLint components, GLenum type, bool normalized,
               GLsizei stride, std::size_t offset);
  /// Uses `buffer` as this VAO's element (index) buffer. Binds this VAO.
  void elements(const Buffer& buffer);

 private:
  detail::Name<detail::deleteVertexArray> name_;
};

/// A 2D texture.
class Texture {
 public:
  Texture() = default;
  /// Allocates `width`x`height` of `internalFormat`; `pixels` may be empty (rows bottom-up as
  /// GL expects, tightly packed, unpack alignment 1).
  static Texture create2D(int width, int height, GLenum internalFormat, GLenum format, GLenum type,
                          std::span<const std::byte> pixels = {});
  explicit operator bool() const { return name_.get() != 0; }
  void bind(GLuint unit) const;
  /// Min/mag filter (GL_LINEAR, GL_NEAREST); wrap is clamp-to-edge unless setWrap() changes it.
  void setFilter(GLenum filter);
  /// Wrap modes of s and t (GL_CLAMP_TO_EDGE, GL_REPEAT).
  void setWrap(GLenum s, GLenum t);
  /// Builds the mipmap chain from level 0 and samples the nearest level bilinearly
  /// (min GL_LINEAR_MIPMAP_NEAREST, mag GL_LINEAR: trilinear costs ~2x on llvmpipe).
  void generateMipmaps();
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  friend class Framebuffer;
  detail::Name<detail::deleteTexture> name_;
  int width_ = 0, height_ = 0;
};

/// A renderbuffer, optionally multisampled.
class Renderbuffer {
 public:
  Renderbuffer() = default;
  static Renderbuffer create(int width, int height, GLenum internalFormat, int samples = 0);
  explicit operator bool() const { return name_.get() != 0; }
  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }

 private:
  friend class Framebuffer;
  detail::Name<detail::deleteRenderbuffer> name_;
  int width_ = 0, height_ = 0, samples_ = 0;
};

/// A framebuffer object. The window's default framebuffer is `bindDefault()`.
class Framebuffer {
 public:
  Framebuffer() = default;
  static Framebuffer create();
  explicit operator bool() const { return name_.get() != 0; }
  /// Binds to `target` (GL_FRAMEBUFFER, GL_READ_FRAMEBUFFER, GL_DRAW_FRAMEBUFFER).
  void bind(GLenum target = GL_FRAMEBUFFER) const;
  static void bindDefault(GLenum target = GL_FRAMEBUFFER);
  /// Attaches as colour attachment 0 (binds this framebuffer).
  void attachColor(const Texture& texture);
  void attachColor(const Renderbuffer& renderbuffer);
  /// Ok when complete, else an error with the status code. Binds this framebuffer.
  Status checkComplete() const;
  /// Blits the colour of a `width`x`height` rectangle at the origin from this into `dst`.
  void blitTo(const Framebuffer& dst, int width, int height) const;
  /// Blits a `width`x`height` rectangle at the origin into the currently bound draw
  /// framebuffer at (dstX, dstY) (GL window coordinates, origin bottom-left). Respects scissor.
  void blitToBoundAt(int width, int height, int dstX, int dstY) const;
  /// Copies the `width`x`height` rectangle at (srcX, srcY) to (dstX, dstY) of the bound draw framebuffer.
  void blitRegionToBound(int srcX, int srcY, int width, int height, int dstX, int dstY) const;

 private:
  detail::Name<detail::deleteFramebuffer> name_;
};

/// A compiled shader stage.
class Shader {
 public:
  Shader() = default;
  /// Compiles `source`; the error holds the raw info log.
  static Result<Shader> compile(GLenum stage, std::string_view source);
  explicit operator bool() const { return name_.get() != 0; }

 private:
  friend class Program;
  detail::Name<detail::deleteShader> name_;
};

/// A linked program. Uniform setters take names; locations are looked up by GL (cheap on
/// Mesa; our programs have few uniforms). Setters require `use()` first.
class Program {
 public:
  Program() = default;
  static Result<Program> link(const Shader& vertex, const Shader& fragment);
  explicit operator bool() const { return name_.get() != 0; }
  void use() const;
  GLint uniformLocation(const char* name) const;
  void set(const char* name, int v) const;
  void set(const char* name, float v) const;
  void set(const char* name, float x, float y) const;
  void set(const char* name, float x, float y, float z, float w) const;

 private:
  detail::Name<detail::deleteProgram> name_;
};

/// Largest renderbuffer and viewport size the context supports (pixels).
struct Limits {
  int maxRenderbufferSize = 0;
  int maxViewportWidth = 0, maxViewportHeight = 0;
  int maxTextureSize = 0;
  int maxSamples = 0;
};
Limits queryLimits();

}  // namespace wiremap::render::gl
