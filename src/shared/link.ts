// A stand-alone link to an address the host supplied (already checked by parseHttpUrl): a 44px
// target, the site's name after the text, and the address itself when printed.
import { css, html, type TemplateResult } from "lit";
import { siteName } from "./safe-url.js";

/**
 * Renders `text` linking to `href`, followed by `site(host)` (e.g. "(example.org)"), so the reader
 * knows where it goes. Same tab, no referrer: a portal's address may carry patient details.
 */
export function renderLink(
  href: string,
  text: string,
  site: (host: string) => string,
): TemplateResult {
  return html`<p class="link-row">
    <a class="link" part="link" href=${href} rel="noopener noreferrer"
      >${text} <span class="site">${site(siteName(href))}</span></a
    >
  </p>`;
}

export const linkStyles = css`
  .link-row {
    margin: 0 0 0.75em;
  }

  .link {
    display: inline-block;
    min-height: 44px;
    padding-block: 0.5em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  .site {
    font-weight: 400;
  }

  @media print {
    /* Paper cannot be clicked: print where each link goes. */
    a[href]::after {
      content: " (" attr(href) ")";
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .site {
      display: none;
    }
    .link {
      min-height: 0;
      padding: 0;
    }
  }
`;
