#version 330 core
#include "prelude.glsl"
// Anti-aliased line segments extruded to quads in pixel space: per segment 4 vertices,
// either one instance per segment (triangle strip) or 4 consecutive vertices (indexed). Width in logical pixels (scaled by uPixelScale); a ~1 px
// feather on each side is added to the quad and faded in the fragment shader.
// Compiled twice: for arcs (lon/lat), and with WIREMAP_LON_MERCATOR for the static map layers,
// whose latitudes are stored as mercatorY (see projectLonMercator).
#ifdef WIREMAP_LON_MERCATOR
#define PROJECT_ENDPOINT projectLonMercator
#else
#define PROJECT_ENDPOINT projectLonLat
#endif
layout(location = 0) in vec4 aSegment;  // p0 lon/lat, p1 lon/lat (degrees)
layout(location = 1) in vec4 aColor;    // RGBA 0..1 (constant attribute for map layers)
layout(location = 2) in vec4 aStyle;    // width px, dash px, gap px, dash phase at p0 (px)
out vec4 vColor;
out float vAcross;      // signed distance from the centre line, framebuffer px
out float vHalfWidth;   // framebuffer px
out float vAlong;       // distance along the line for dashing, framebuffer px
out vec2 vDash;
void main() {
  vec3 a = PROJECT_ENDPOINT(aSegment.xy);
  vec3 b = PROJECT_ENDPOINT(aSegment.zw);
  vec2 d = b.xy - a.xy;
  float len = length(d);
  vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 n = vec2(-dir.y, dir.x);
  float halfWidth = 0.5 * aStyle.x * uPixelScale;
  float ext = max(halfWidth, 0.5) + 0.5;  // coverage reaches 0 half a pixel outside the edge
  // Corner 0..3: (a,-),(a,+),(b,-),(b,+). Instanced draws use vertices 0..3; the static map
  // layers repeat each segment on 4 consecutive vertices (llvmpipe shades those in big
  // batches, much faster than 4-vertex instances), so the corner is the low two bits.
  int corner = gl_VertexID & 3;
  float side = (corner & 1) == 0 ? -1.0 : 1.0;
  bool atB = corner >= 2;
  vec2 base = atB ? b.xy + dir * ext * 0.5 : a.xy - dir * ext * 0.5;
  vec2 p = base + n * side * ext;
  vColor = aColor;
  vAcross = side * ext;
  vHalfWidth = halfWidth;
  vAlong = aStyle.w * uPixelScale + (atB ? len + ext * 0.5 : -ext * 0.5);
  gl_ClipDistance[0] = atB ? b.z : a.z;  // the globe hides its back hemisphere
  vDash = aStyle.yz * uPixelScale;
  gl_Position = pixelToClip(p);
}
