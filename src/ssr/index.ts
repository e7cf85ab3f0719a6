// il2-widgets/ssr: pre-rendering for Node. Renders il2 cards in HTML as declarative shadow DOM, and
// gives the Content-Security-Policy that lets their styles apply.
export { prerender, type PrerenderOptions } from "./prerender.js";
export { contentSecurityPolicy, STRICT_POLICY } from "./csp.js";
