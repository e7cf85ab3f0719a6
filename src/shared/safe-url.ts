// Decides whether an outside link value may become a link: only absolute http(s) URLs pass, so a
// host's CMS field can never turn into a script link (javascript:, data:, vbscript:) or a surprise.
import type { Parsed } from "./attributes.js";

/** Longest URL accepted, in characters; longer values are refused rather than shown or printed. */
export const MAX_URL_LENGTH = 2048;

export interface ParsedUrl extends Parsed<string | undefined> {
  /** Why the value was refused, for a developer warning; absent when the value is acceptable. */
  problem?: string;
}

const ABSOLUTE_HTTP = /^https?:\/\//i;

/**
 * Checks a link value from an attribute or property and returns the URL to put in `href`.
 *
 * - Not set (`null`, `undefined`, `''` or only whitespace): no link, and `valid` is true, so a CMS
 *   that writes an empty attribute for an empty field causes no warning.
 * - Accepted: an **absolute** URL that starts with `http://` or `https://` (any case), after
 *   trimming whitespace at both ends. The value returned is the browser's normalised form
 *   (`URL.href`), which is plain ASCII and exactly where the link goes.
 * - Refused (`valid: false`, `value: undefined`, with a `problem`): anything that is not a string;
 *   any other scheme (`javascript:`, `data:`, `vbscript:`, `mailto:`, `tel:`, …); relative and
 *   scheme-relative URLs (`/help`, `help.html`, `//example.org`), because the same card may sit on
 *   many pages and a link that depends on the page it lands on is not predictable — hosts give full
 *   URLs; whitespace or control characters inside the URL (`java\tscript:` tricks, which the URL
 *   parser would silently remove); a user name or password (`https://trusted.org@other.example`
 *   reads like one site and goes to another); and values longer than {@link MAX_URL_LENGTH}.
 *
 * Pure: no DOM, no network, never throws.
 */
export function parseHttpUrl(input: unknown): ParsedUrl {
  if (input == null) return { value: undefined, valid: true };
  if (typeof input !== "string")
    return refuse(`is a ${typeof input}, not a URL string`);
  const text = input.trim();
  if (text === "") return { value: undefined, valid: true };
  if (text.length > MAX_URL_LENGTH)
    return refuse(`is longer than ${MAX_URL_LENGTH} characters`);
  if (hasSpaceOrControl(text))
    return refuse("contains spaces or control characters");
  if (!ABSOLUTE_HTTP.test(text))
    return refuse("is not an absolute http:// or https:// URL");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse("is not a valid URL");
  }
  // The pattern above already implies these; checked again on the parsed URL, which is what counts.
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return refuse("is not an http:// or https:// URL");
  if (!url.hostname) return refuse("has no host name");
  if (url.username || url.password)
    return refuse("contains a user name or password");
  if (url.href.length > MAX_URL_LENGTH)
    return refuse(`is longer than ${MAX_URL_LENGTH} characters`);
  return { value: url.href, valid: true };
}

/**
 * The site name to show beside a link so readers know where it goes: the host name of an accepted
 * URL without a leading `www.` (`https://www.example.org/a` → `example.org`). International names
 * stay in their ASCII (punycode) form, which cannot imitate another site's letters.
 */
export function siteName(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./i, "");
  } catch {
    return "";
  }
}

/** Whitespace of any kind and C0/C1 control characters: never part of a real URL, often part of a trick. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return /\s/.test(text);
}

function refuse(problem: string): ParsedUrl {
  return { value: undefined, valid: false, problem };
}
