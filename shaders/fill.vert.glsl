#version 330 core
#include "prelude.glsl"
// Filled triangles with lon/lat vertices (degrees), one colour per draw.
layout(location = 0) in vec2 aLonLat;
void main() {
  vec3 p = projectLonLat(aLonLat);
  gl_ClipDistance[0] = p.z;  // the globe hides its back hemisphere
  gl_Position = pixelToClip(p.xy);
}
