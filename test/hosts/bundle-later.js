// Holds the bundle back until the test asks for it (`window.__loadBundle()`), so a test can look at
// a pre-rendered page before any card is defined and then watch it hydrate. A dynamic import needs
// no Trusted Types policy, so this also works under the strict CSP.
window.__loadBundle = () => import("/dist/il2-widgets.js");
