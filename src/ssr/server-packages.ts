// Pre-rendering runs on Lit's server renderer (@lit-labs/ssr) and parse5. They are optional peer
// dependencies, so a browser-only app installs Lit alone; the `il2-widgets` command, run without
// them, says in one line what to install instead of printing Node's stack trace.

/** What pre-rendering needs besides Lit, as package names. */
export const SERVER_PACKAGES = ["@lit-labs/ssr", "parse5"] as const;

/** The one line the command prints when a server package is missing. */
export const MISSING_SERVER_PACKAGES = `il2-widgets: pre-rendering needs ${SERVER_PACKAGES.join(" and ")}, which a browser-only install leaves out. Install them: npm install ${SERVER_PACKAGES.join(" ")}`;

/** Whether `error` is Node failing to find one of the server packages. */
export function isMissingServerPackage(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
  };
  return (
    code === "ERR_MODULE_NOT_FOUND" &&
    typeof message === "string" &&
    SERVER_PACKAGES.some((name) => message.includes(`'${name}'`))
  );
}
