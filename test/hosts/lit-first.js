// A host app that loads its own Lit before il2-widgets: Lit's element class is then defined
// before il2-widgets' hydration support can patch it.
import "lit";

await import("/dist/esm/overview/define.js");
