#version 330 core
#include "prelude.glsl"
// Instanced arrowheads: a triangle whose tip is at aTip, pointing away from aFrom
// (the previous point of the arc), built in pixel space. 3 vertices per instance.
layout(location = 0) in vec4 aTipFrom;  // tip lon/lat, from lon/lat (degrees)
layout(location = 1) in vec4 aColor;
layout(location = 2) in float aSize;    // length px (logical)
out vec4 vColor;
out vec3 vBary;
void main() {
  vec3 t = projectLonLat(aTipFrom.xy);
  vec3 f = projectLonLat(aTipFrom.zw);
  vec2 d = t.xy - f.xy;
  float len = length(d);
  vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 n = vec2(-dir.y, dir.x);
  float s = aSize * uPixelScale;
  vec2 p = t.xy;
  vBary = vec3(1.0, 0.0, 0.0);
  if (gl_VertexID == 1) { p = t.xy - dir * s + n * s * 0.45; vBary = vec3(0.0, 1.0, 0.0); }
  if (gl_VertexID == 2) { p = t.xy - dir * s - n * s * 0.45; vBary = vec3(0.0, 0.0, 1.0); }
  vColor = aColor;
  gl_ClipDistance[0] = t.z;  // the globe hides its back hemisphere
  gl_Position = pixelToClip(p);
}
