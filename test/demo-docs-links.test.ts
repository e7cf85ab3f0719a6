// The demo's links to the docs: one base address, from package.json's `repository` once it has
// one, else relative to the page.
import { expect } from "@open-wc/testing";
import {
  DEFAULT_DOCS_BASE,
  DOCS_PAGES,
  docsBaseUrl,
} from "../demo/docs-links.js";
import "./helpers.js";

describe("the demo's docs links", () => {
  it("point at the files on the code forge for each way package.json may name the repository", () => {
    const forge = "https://github.com/owner/il2-widgets/blob/main/";
    for (const repository of [
      "owner/il2-widgets",
      "github:owner/il2-widgets",
      "https://github.com/owner/il2-widgets",
      "https://github.com/owner/il2-widgets.git",
      "git+https://github.com/owner/il2-widgets.git",
      { type: "git", url: "git+https://github.com/owner/il2-widgets.git" },
    ])
      expect(docsBaseUrl(repository), JSON.stringify(repository)).to.equal(
        forge,
      );
  });

  it("are relative to the page without a usable repository", () => {
    for (const repository of [
      undefined,
      "",
      42,
      { url: "javascript:alert(1)" },
      "git@github.com:owner/il2-widgets.git",
    ])
      expect(docsBaseUrl(repository), JSON.stringify(repository)).to.equal(
        DEFAULT_DOCS_BASE,
      );
  });

  it("are in the page's header as the list names them, relative to the page", async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch("/demo/index.html")).text(),
      "text/html",
    );
    const links = [
      ...page.querySelectorAll<HTMLAnchorElement>("#docs-nav a"),
    ].map((link) => ({
      path: link.dataset.path,
      label: link.textContent?.trim(),
      href: link.getAttribute("href"),
    }));
    expect(links).to.deep.equal(
      DOCS_PAGES.map((page) => ({
        ...page,
        href: `${DEFAULT_DOCS_BASE}${page.path}`,
      })),
    );
  });

  it("cover the docs pages and CONTRIBUTING.md, once each", () => {
    const paths = DOCS_PAGES.map((page) => page.path);
    expect(new Set(paths).size).to.equal(paths.length);
    expect(paths).to.include.members([
      "docs/embedding.md",
      "docs/frameworks.md",
      "docs/api.md",
      "docs/languages.md",
      "docs/content-and-safety.md",
      "docs/performance.md",
      "CONTRIBUTING.md",
    ]);
  });
});
