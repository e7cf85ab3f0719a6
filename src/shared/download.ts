// Saves text as a file without any network: a Blob, an object URL and a temporary <a download>.
// Creates nothing at import time.

/** How long the object URL lives after the click; the browser has its own copy well before then. */
const REVOKE_AFTER_MS = 40_000;

/**
 * Starts a download of `parts` (text) named `fileName`; the link is added to `container` (the
 * card's shadow root) for a moment.
 */
export function saveTextFile(
  container: ParentNode,
  fileName: string,
  parts: BlobPart[],
  type: string,
): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers, so it waits a little.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
