#version 330 core
in vec4 vColor;
in vec3 vBary;
out vec4 fragColor;
void main() {
  // Feather the edges by about one pixel using barycentric derivatives.
  vec3 w = fwidth(vBary);
  vec3 e = clamp(vBary / max(w, vec3(1e-6)) + 0.5, 0.0, 1.0);
  float cover = min(min(e.x, e.y), e.z);
  float a = vColor.a * cover;
  fragColor = vec4(vColor.rgb * a, a);  // premultiplied
}
