// Static serving for the Node tests and the benchmark: sirv for the files, and, as any real host
// does, text gzipped on the fly (compression) where the bytes on the wire are measured.
import http from "node:http";
import compression from "compression";
import sirv from "sirv";

/**
 * Serves folders under URL prefixes (`[["/", pages], ["/dist/", dist]]`: the first folder that
 * has the file wins) on 127.0.0.1, on a free port. Files are read on each request, so pages
 * written to a folder during a test are served at once.
 * @param {[prefix: string, folder: string][]} mounts
 * @param {{ gzip?: boolean, onMissing?: (path: string) => void,
 *   setHeaders?: (response: http.ServerResponse, path: string) => void }} [options]
 */
export async function serve(
  mounts,
  { gzip = false, onMissing, setHeaders } = {},
) {
  const handlers = mounts.map(([prefix, folder]) => ({
    prefix,
    handle: sirv(folder, { dev: true, dotfiles: true, setHeaders }),
  }));
  // threshold 0: small files are gzipped too, as the size budgets count them.
  const compress = gzip
    ? compression({ threshold: 0 })
    : (_request, _response, next) => next();
  const server = http.createServer((request, response) =>
    compress(request, response, () => {
      const url = request.url ?? "/";
      const tryFrom = (index) => {
        const mount = handlers.findIndex(
          ({ prefix }, at) => at >= index && url.startsWith(prefix),
        );
        if (mount < 0) {
          onMissing?.(url.split("?")[0]);
          response.writeHead(404, { "content-type": "text/plain" });
          response.end("Not found");
          return;
        }
        const { prefix, handle } = handlers[mount];
        request.url = url.slice(prefix.length - 1);
        handle(request, response, () => tryFrom(mount + 1));
      };
      tryFrom(0);
    }),
  );
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (
    server.address()
  );
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
  };
}
