#version 330 core
#include "prelude.glsl"
// Filled triangles with lon/lat vertices (degrees), one colour per draw.
layout(location = 0) in vec2 aLonLat;
out float vVisible;
void main() {
  vec3 p = projectLonLat(aLonLat);
  vVisible = p.z;
  gl_Position = pixelToClip(p.xy);
}
