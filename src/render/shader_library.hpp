#pragma once
// Shaders are files under shaders/, embedded into the binary at build time
// (cmake/Embed.cmake). A shader may `#include "name.glsl"` another embedded file (the shared
// prelude); the loader expands includes and emits `#line` directives, and compile errors are
// rewritten to name the file and line ("line.vert.glsl:12: error: ...").
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded.hpp"
#include "core/result.hpp"
#include "render/gl.hpp"

namespace wiremap::embedded {
/// Every shaders/*.glsl file, names relative to shaders/ ("prelude.glsl").
std::span<const EmbeddedFile> shaders();
}  // namespace wiremap::embedded

namespace wiremap::render {

/// A shader source with includes expanded. `files[i]` names GLSL source-string number i as
/// used in the emitted `#line` directives.
struct ExpandedSource {
  std::string text;
  std::vector<std::string> files;
};

class ShaderLibrary {
 public:
  /// Uses the embedded shaders table.
  ShaderLibrary();
  /// Uses another table (tests).
  explicit ShaderLibrary(std::span<const embedded::EmbeddedFile> files);

  /// Expands `#include "x"` lines recursively (each file at most once per source). Errors name
  /// the missing file and the including file:line.
  /// `preamble` (whole lines, e.g. "#define X\n") goes right after the top file's #version.
  Result<ExpandedSource> expand(std::string_view name, std::string_view preamble = {}) const;

  /// Compiles and links a program from two files, `preamble` in both. Errors name file:line.
  Result<gl::Program> program(std::string_view vertexFile, std::string_view fragmentFile,
                              std::string_view preamble = {}) const;

  /// Rewrites "0:12(5): error" (Mesa) or "0(12) : error" (NVIDIA) log prefixes to "file:12:".
  static std::string mapLog(std::string_view log, const std::vector<std::string>& files);

 private:
  std::span<const embedded::EmbeddedFile> files_;
};

}  // namespace wiremap::render
