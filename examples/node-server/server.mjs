// A plain Node HTTP server that sends pages with pre-rendered il2 cards: the cards are in the HTML
// (readable at once, and without JavaScript), the script adopts them in place, and the page is
// served with the strict Content-Security-Policy that allows exactly the cards' style blocks.
//
//   node examples/node-server/server.mjs      (after `npm run build`; PORT=8080 to choose the port)
//
// In your own project, import from "il2-widgets/ssr" the same way and serve
// node_modules/il2-widgets/dist/il2-widgets.js as a file of your own site.
import http from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy, prerender } from "il2-widgets/ssr";

const bundle = fileURLToPath(
  new URL("../../dist/il2-widgets.js", import.meta.url),
);

/** The page, as your templates would make it: cards are ordinary tags with attributes. */
const page = (lang) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>IL-2 treatment</title>
    <script type="module" src="/il2-widgets.js"></script>
  </head>
  <body>
    <main>
      <h1>${lang === "es" ? "Tratamiento con IL-2" : "IL-2 treatment"}</h1>
      <il2-overview></il2-overview>
      <il2-schedule start-date="2031-03-03"></il2-schedule>
    </main>
  </body>
</html>`;

// The policy only changes when il2-widgets does: work it out once.
const policy = contentSecurityPolicy();

export function createServer() {
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/il2-widgets.js") {
        response.writeHead(200, { "content-type": "text/javascript" });
        response.end(await readFile(bundle));
        return;
      }
      if (url.pathname === "/" || url.pathname === "/es") {
        const html = await prerender(
          page(url.pathname === "/es" ? "es" : "en"),
        );
        response.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": policy,
        });
        response.end(html);
        return;
      }
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Not found");
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    }
  });
}

// Started directly (not imported by the test): listen.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createServer().listen(port, () =>
    console.log(`Pre-rendered cards on http://localhost:${port}/ and /es`),
  );
}
