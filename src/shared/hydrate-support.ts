// Lit's hydration support, so a card pre-rendered on the server (declarative shadow DOM) is adopted
// in place instead of rendered a second time. It patches LitElement when Lit's element module is
// evaluated, so every entry that registers elements imports this module before anything else;
// then the cards learn to adopt a pre-rendered shadow root (lit-internals.ts).
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
import { installCardHydration } from "./lit-internals.js";

installCardHydration();
