#include "render/gl.hpp"

#include <cstdio>
#include <string>

namespace wiremap::render::gl {

namespace detail {
void deleteBuffer(GLuint n) { glDeleteBuffers(1, &n); }
void deleteVertexArray(GLuint n) { glDeleteVertexArrays(1, &n); }
void deleteTexture(GLuint n) { glDeleteTextures(1, &n); }
void deleteFramebuffer(GLuint n) { glDeleteFramebuffers(1, &n); }
void deleteRenderbuffer(GLuint n) { glDeleteRenderbuffers(1, &n); }
void deleteProgram(GLuint n) { glDeleteProgram(n); }
void deleteShader(GLuint n) { glDeleteShader(n); }
}  // namespace detail

// ---- Buffer ----
Buffer Buffer::create() {
  GLuint n = 0;
  glGenBuffers(1, &n);
  Buffer b;
  b.name_ = detail::Name<detail::deleteBuffer>(n);
  return b;
}

void Buffer::bind(GLenum target) const { glBindBuffer(target, name_.get()); }

void Buffer::setData(std::span<const std::byte> bytes, GLenum usage) {
  glBindBuffer(GL_ARRAY_BUFFER, name_.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes.size()), bytes.empty() ? nullptr : bytes.data(),
               usage);
  size_ = bytes.size();
}

// ---- VertexArray ----
VertexArray VertexArray::create() {
  GLuint n = 0;
  glGenVertexArrays(1, &n);
  VertexArray v;
  v.name_ = detail::Name<detail::deleteVertexArray>(n);
  return v;
}

void VertexArray::bind() const { glBindVertexArray(name_.get()); }
void VertexArray::unbind() { glBindVertexArray(0); }

void VertexArray::attribute(GLuint index, const Buffer& buffer, GLint components, GLenum type,
                            bool normalized, GLsizei stride, std::size_t offset, GLuint divisor) {
  bind();
  glEnableVertexAttribArray(index);
  repoint(index, buffer, components, type, normalized, stride, offset);
  glVertexAttribDivisor(index, divisor);
}

void VertexArray::repoint(GLuint index, const Buffer& buffer, GLint components, GLenum type, bool normalized,
                          GLsizei stride, std::size_t offset) {
  bind();
  glBindBuffer(GL_ARRAY_BUFFER, buffer.name_.get());
  glVertexAttribPointer(index, components, type, normalized ? GL_TRUE : GL_FALSE, stride,
                        reinterpret_cast<const void*>(offset));
}

void VertexArray::elements(const Buffer& buffer) {
  bind();
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffer.name_.get());
}

// ---- Texture ----
Texture Texture::create2D(int width, int height, GLenum internalFormat, GLenum format, GLenum type,
                          std::span<const std::byte> pixels) {
  GLuint n = 0;
  glGenTextures(1, &n);
  Texture t;
  t.name_ = detail::Name<detail::deleteTexture>(n);
  t.width_ = width;
  t.height_ = height;
  glBindTexture(GL_TEXTURE_2D, n);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), width, height, 0, format, type,
               pixels.empty() ? nullptr : pixels.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  return t;
}

void Texture::bind(GLuint unit) const {
  glActiveTexture(GL_TEXTURE0 + unit);
  glBindTexture(GL_TEXTURE_2D, name_.get());
}

void Texture::setFilter(GLenum filter) {
  glBindTexture(GL_TEXTURE_2D, name_.get());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, static_cast<GLint>(filter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, static_cast<GLint>(filter));
}

void Texture::setWrap(GLenum s, GLenum t) {
  glBindTexture(GL_TEXTURE_2D, name_.get());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, static_cast<GLint>(s));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, static_cast<GLint>(t));
}

void Texture::generateMipmaps() {
  glBindTexture(GL_TEXTURE_2D, name_.get());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
}

// ---- Renderbuffer ----
Renderbuffer Renderbuffer::create(int width, int height, GLenum internalFormat, int samples) {
  GLuint n = 0;
  glGenRenderbuffers(1, &n);
  Renderbuffer r;
  r.name_ = detail::Name<detail::deleteRenderbuffer>(n);
  r.width_ = width;
  r.height_ = height;
  r.samples_ = samples;
  glBindRenderbuffer(GL_RENDERBUFFER, n);
  if (samples > 0)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, internalFormat, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, internalFormat, width, height);
  return r;
}

// ---- Framebuffer ----
Framebuffer Framebuffer::create() {
  GLuint n = 0;
  glGenFramebuffers(1, &n);
  Framebuffer f;
  f.name_ = detail::Name<detail::deleteFramebuffer>(n);
  return f;
}

void Framebuffer::bind(GLenum target) const { glBindFramebuffer(target, name_.get()); }
void Framebuffer::bindDefault(GLenum target) { glBindFramebuffer(target, 0); }

void Framebuffer::attachColor(const Texture& texture) {
  bind();
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.name_.get(), 0);
}

void Framebuffer::attachColor(const Renderbuffer& renderbuffer) {
  bind();
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, renderbuffer.name_.get());
}

Status Framebuffer::checkComplete() const {
  bind();
  const GLenum s = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (s == GL_FRAMEBUFFER_COMPLETE) return Ok{};
  return Error{"framebuffer incomplete (status 0x" + [&] {
                 char buf[16];
                 std::snprintf(buf, sizeof buf, "%04x", s);
                 return std::string(buf);
               }() + ")"};
}

void Framebuffer::blitTo(const Framebuffer& dst, int width, int height) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, name_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, dst.name_.get());
  glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void Framebuffer::blitToBoundAt(int width, int height, int dstX, int dstY) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, name_.get());
  glBlitFramebuffer(0, 0, width, height, dstX, dstY, dstX + width, dstY + height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void Framebuffer::blitRegionToBound(int srcX, int srcY, int width, int height, int dstX, int dstY) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, name_.get());
  glBlitFramebuffer(srcX, srcY, srcX + width, srcY + height, dstX, dstY, dstX + width, dstY + height,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

// ---- Shader / Program ----
Result<Shader> Shader::compile(GLenum stage, std::string_view source) {
  const GLuint n = glCreateShader(stage);
  Shader s;
  s.name_ = detail::Name<detail::deleteShader>(n);
  const char* text = source.data();
  const auto len = static_cast<GLint>(source.size());
  glShaderSource(n, 1, &text, &len);
  glCompileShader(n);
  GLint ok = GL_FALSE;
  glGetShaderiv(n, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return s;
  GLint logLen = 0;
  glGetShaderiv(n, GL_INFO_LOG_LENGTH, &logLen);
  std::string log(static_cast<std::size_t>(logLen > 0 ? logLen : 1), '\0');
  glGetShaderInfoLog(n, logLen, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return Error{log};
}

Result<Program> Program::link(const Shader& vertex, const Shader& fragment) {
  const GLuint n = glCreateProgram();
  Program p;
  p.name_ = detail::Name<detail::deleteProgram>(n);
  glAttachShader(n, vertex.name_.get());
  glAttachShader(n, fragment.name_.get());
  glLinkProgram(n);
  glDetachShader(n, vertex.name_.get());
  glDetachShader(n, fragment.name_.get());
  GLint ok = GL_FALSE;
  glGetProgramiv(n, GL_LINK_STATUS, &ok);
  if (ok == GL_TRUE) return p;
  GLint logLen = 0;
  glGetProgramiv(n, GL_INFO_LOG_LENGTH, &logLen);
  std::string log(static_cast<std::size_t>(logLen > 0 ? logLen : 1), '\0');
  glGetProgramInfoLog(n, logLen, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return Error{"link failed: " + log};
}

void Program::use() const { glUseProgram(name_.get()); }
GLint Program::uniformLocation(const char* name) const { return glGetUniformLocation(name_.get(), name); }
void Program::set(const char* name, int v) const { glUniform1i(uniformLocation(name), v); }
void Program::set(const char* name, float v) const { glUniform1f(uniformLocation(name), v); }
void Program::set(const char* name, float x, float y) const { glUniform2f(uniformLocation(name), x, y); }
void Program::set(const char* name, float x, float y, float z, float w) const {
  glUniform4f(uniformLocation(name), x, y, z, w);
}

Limits queryLimits() {
  Limits l;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &l.maxRenderbufferSize);
  GLint vp[2] = {0, 0};
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
  l.maxViewportWidth = vp[0];
  l.maxViewportHeight = vp[1];
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &l.maxTextureSize);
  glGetIntegerv(GL_MAX_SAMPLES, &l.maxSamples);
  return l;
}

}  // namespace wiremap::render::gl
