# All dependencies come from Debian packages installed by tools/setup.sh.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)

# OpenGL / EGL (Mesa) through GLVND.
find_package(OpenGL REQUIRED COMPONENTS OpenGL EGL)
pkg_check_modules(GLU REQUIRED IMPORTED_TARGET glu)

# glad: generated at build time by Debian's python3-glad, never fetched (--reproducible).
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(GLAD_OUT "${CMAKE_BINARY_DIR}/glad")
add_custom_command(
  OUTPUT "${GLAD_OUT}/src/gl.c" "${GLAD_OUT}/include/glad/gl.h"
  COMMAND "${GLAD_EXECUTABLE}" --quiet --reproducible --api gl:core=3.3
          --extensions GL_KHR_debug --out-path "${GLAD_OUT}" c
  COMMENT "Generating the GL 3.3 core loader with glad"
  VERBATIM)
add_library(glad STATIC "${GLAD_OUT}/src/gl.c")
target_include_directories(glad SYSTEM PUBLIC "${GLAD_OUT}/include")
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})

# stb (header-only use of the Debian headers; implementations are compiled in our own TUs).
add_library(stb_headers INTERFACE)
target_include_directories(stb_headers SYSTEM INTERFACE /usr/include/stb)

if(WIREMAP_BUILD_GUI)
  pkg_check_modules(GLFW3 REQUIRED IMPORTED_TARGET glfw3)
  find_package(Freetype REQUIRED)
  find_library(IMGUI_LIB NAMES imgui REQUIRED)
  find_library(STB_LIB NAMES stb REQUIRED)
  add_library(imgui INTERFACE)
  target_include_directories(imgui SYSTEM INTERFACE /usr/include/imgui /usr/include/imgui/backends)
  # libimgui.a already contains the GLFW and OpenGL3 backends; it links against stb and FreeType.
  target_link_libraries(imgui INTERFACE ${IMGUI_LIB} ${STB_LIB} Freetype::Freetype PkgConfig::GLFW3 OpenGL::OpenGL ${CMAKE_DL_LIBS})
endif()

if(WIREMAP_BUILD_TESTS)
  find_package(GTest REQUIRED)
  find_package(benchmark QUIET)
endif()
