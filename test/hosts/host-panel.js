// A host's own component with a card in its shadow root, where the autoloader cannot look by
// itself: the component hands its shadow root to discover(), as the README tells hosts to.
import { discover } from "/dist/il2-autoloader.js";

class HostPanel extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    root.append(document.createElement("il2-resources"));
    discover(root);
  }

  /** Adds a card later, as the component's own script would. */
  addCard(tag) {
    this.shadowRoot.append(document.createElement(tag));
  }
}
customElements.define("host-panel", HostPanel);
