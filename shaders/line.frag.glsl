#version 330 core
in vec4 vColor;
in float vAcross;
in float vHalfWidth;
in float vAlong;
in vec2 vDash;
out vec4 fragColor;
void main() {
  // Coverage of a pixel by the line: a 1 px feather around the edge; thin lines (< 1 px)
  // keep 1 px of footprint and fade by their width instead.
  float hw = max(vHalfWidth, 0.5);
  float cover = clamp(hw + 0.5 - abs(vAcross), 0.0, 1.0) * min(vHalfWidth * 2.0, 1.0);
  if (vDash.x > 0.0) {
    float period = vDash.x + vDash.y;
    float t = mod(vAlong, period);
    cover *= clamp(vDash.x - t + 0.5, 0.0, 1.0) * clamp(t + 0.5, 0.0, 1.0);
  }
  if (cover <= 0.0) discard;
  float a = vColor.a * cover;
  fragColor = vec4(vColor.rgb * a, a);  // premultiplied
}
