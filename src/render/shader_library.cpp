#include "render/shader_library.hpp"

#include <cctype>
#include <set>

namespace wiremap::render {

namespace {

struct Expander {
  std::span<const embedded::EmbeddedFile> table;
  ExpandedSource out;
  std::set<std::string> seen;
  std::string_view preamble;  // lines inserted after the top file's #version

  int fileIndex(std::string_view name) {
    for (std::size_t i = 0; i < out.files.size(); ++i)
      if (out.files[i] == name) return static_cast<int>(i);
    out.files.emplace_back(name);
    return static_cast<int>(out.files.size() - 1);
  }

  Status expand(std::string_view name, bool top) {
    const std::string_view src = embedded::find(table, name);
    if (src.data() == nullptr) return Error{"shader file not found: " + std::string(name)};
    if (!seen.insert(std::string(name)).second) return Ok{};
    const int id = fileIndex(name);
    std::size_t pos = 0;
    int line = 1;
    bool versionSeen = !top;
    if (!top) out.text += "#line 1 " + std::to_string(id) + "\n";
    while (pos <= src.size()) {
      std::size_t end = src.find('\n', pos);
      if (end == std::string_view::npos) end = src.size();
      std::string_view l = src.substr(pos, end - pos);
      std::size_t k = 0;
      while (k < l.size() && std::isspace(static_cast<unsigned char>(l[k]))) ++k;
      std::string_view t = l.substr(k);
      if (t.starts_with("#include")) {
        const auto q0 = t.find('"');
        const auto q1 = q0 == std::string_view::npos ? q0 : t.find('"', q0 + 1);
        if (q1 == std::string_view::npos)
          return Error{std::string(name) + ":" + std::to_string(line) + ": malformed #include"};
        const std::string inc(t.substr(q0 + 1, q1 - q0 - 1));
        if (embedded::find(table, inc).data() == nullptr)
          return Error{std::string(name) + ":" + std::to_string(line) + ": included file not found: " + inc};
        auto s = expand(inc, false);
        if (!s) return s;
        out.text += "#line " + std::to_string(line + 1) + " " + std::to_string(id) + "\n";
      } else {
        out.text.append(l);
        out.text += '\n';
        if (!versionSeen && t.starts_with("#version")) {
          versionSeen = true;
          out.text.append(preamble);
          out.text += "#line " + std::to_string(line + 1) + " " + std::to_string(id) + "\n";
        }
      }
      if (end == src.size()) break;
      pos = end + 1;
      ++line;
    }
    return Ok{};
  }
};

}  // namespace

ShaderLibrary::ShaderLibrary() : files_(embedded::shaders()) {}
ShaderLibrary::ShaderLibrary(std::span<const embedded::EmbeddedFile> files) : files_(files) {}

Result<ExpandedSource> ShaderLibrary::expand(std::string_view name, std::string_view preamble) const {
  Expander e{files_, {}, {}, preamble};
  auto s = e.expand(name, true);
  if (!s) return s.error();
  return std::move(e.out);
}

namespace {

// Reads decimal digits at `pos`; false when there are none.
bool readNumber(std::string_view s, std::size_t& pos, std::size_t& value) {
  const std::size_t start = pos;
  value = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') value = value * 10 + static_cast<std::size_t>(s[pos++] - '0');
  return pos > start;
}

// Parses a log line prefix "S:L(C):" (Mesa) or "S(L) :" / "S(L):" (NVIDIA). On success sets the
// source-string number, the line and the offset of the message after the prefix.
bool parsePrefix(std::string_view line, std::size_t& source, std::size_t& lineNo, std::size_t& rest) {
  std::size_t p = 0, column = 0;
  if (!readNumber(line, p, source) || p >= line.size()) return false;
  if (line[p] == ':') {
    ++p;
    if (!readNumber(line, p, lineNo) || p >= line.size() || line[p] != '(') return false;
    ++p;
    if (!readNumber(line, p, column) || line.substr(p, 2) != "):") return false;
    rest = p + 2;
    return true;
  }
  if (line[p] != '(') return false;
  ++p;
  if (!readNumber(line, p, lineNo) || p >= line.size() || line[p] != ')') return false;
  ++p;
  if (p < line.size() && line[p] == ' ') ++p;
  if (p >= line.size() || line[p] != ':') return false;
  rest = p + 1;
  return true;
}

}  // namespace

std::string ShaderLibrary::mapLog(std::string_view log, const std::vector<std::string>& files) {
  std::string out;
  std::size_t pos = 0;
  while (pos < log.size()) {
    std::size_t end = log.find('\n', pos);
    if (end == std::string_view::npos) end = log.size();
    const std::string_view line = log.substr(pos, end - pos);
    std::size_t source = 0, lineNo = 0, rest = 0;
    if (parsePrefix(line, source, lineNo, rest)) {
      if (source < files.size()) {
        out += files[source];
      } else {
        out += "source";
        out += std::to_string(source);
      }
      out += ':';
      out += std::to_string(lineNo);
      out += ':';
      out.append(line.substr(rest));
    } else {
      out.append(line);
    }
    out += '\n';
    pos = end + 1;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

Result<gl::Program> ShaderLibrary::program(std::string_view vertexFile, std::string_view fragmentFile,
                                           std::string_view preamble) const {
  auto vs = expand(vertexFile, preamble);
  if (!vs) return vs.error();
  auto fs = expand(fragmentFile, preamble);
  if (!fs) return fs.error();
  auto v = gl::Shader::compile(GL_VERTEX_SHADER, vs->text);
  if (!v) return Error{"shader compile failed:\n" + mapLog(v.error().message, vs->files)};
  auto f = gl::Shader::compile(GL_FRAGMENT_SHADER, fs->text);
  if (!f) return Error{"shader compile failed:\n" + mapLog(f.error().message, fs->files)};
  auto p = gl::Program::link(*v, *f);
  if (!p) return Error{std::string(vertexFile) + " + " + std::string(fragmentFile) + ": " + p.error().message};
  return std::move(p).value();
}

}  // namespace wiremap::render
