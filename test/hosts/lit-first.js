// A host app that loads its own Lit before il2-widgets: Lit's element class is then defined
// before il2-widgets' hydration support can patch it. The app's development build, as a bundler
// resolves it (the package's "development" export condition): that copy warns.
import "lit";

await import("/dist/esm-dev/overview/define.js");
