// The documentation pages the demo links to, all from one base address.
//
// DOCS_BASE_URL: with a `repository` in package.json, the files on the code forge
// (`https://github.com/owner/repo` → `…/blob/main/docs/embedding.md`); until then, relative
// links (`../docs/embedding.md`), which work where the built demo is served from a folder next to
// the repository's files. Change DEFAULT_DOCS_BASE (or add `repository`) to point elsewhere.
// demo/index.html carries the same links in its header (drawn before any script, so nothing moves
// when the script runs); demo.ts points them at the base; test/demo-docs-links.test.ts keeps the
// two lists equal.

export const DEFAULT_DOCS_BASE = "../";

export interface DocsPage {
  path: string;
  label: string;
}

export const DOCS_PAGES: DocsPage[] = [
  { path: "docs/embedding.md", label: "Embedding" },
  { path: "docs/pre-rendering.md", label: "Pre-rendering" },
  { path: "docs/frameworks.md", label: "Frameworks" },
  { path: "docs/api.md", label: "API" },
  { path: "docs/languages.md", label: "Languages" },
  { path: "docs/content-and-safety.md", label: "Content and safety" },
  { path: "docs/content-review.md", label: "Content review" },
  { path: "docs/performance.md", label: "Performance" },
  { path: "CONTRIBUTING.md", label: "Contributing" },
];

/**
 * The base address for the docs from package.json's `repository` (`"owner/repo"`,
 * `"github:owner/repo"`, a URL, or `{ url }`); DEFAULT_DOCS_BASE without a usable one.
 */
export function docsBaseUrl(repository: unknown, branch = "main"): string {
  const raw =
    typeof repository === "string"
      ? repository
      : typeof (repository as { url?: unknown } | null)?.url === "string"
        ? (repository as { url: string }).url
        : "";
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (shorthand)
    return `https://github.com/${shorthand[1]}/${shorthand[2]}/blob/${branch}/`;
  const url = /^(?:git\+)?(https:\/\/[^\s?#]+?)(?:\.git)?\/?$/.exec(raw);
  return url ? `${url[1]}/blob/${branch}/` : DEFAULT_DOCS_BASE;
}
