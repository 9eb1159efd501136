// A static file server for the built page (dist/), on 127.0.0.1 only. The page
// loads ES modules and its data files, which browsers refuse from file:// URLs.
//   node serve.mjs [port]     (default 3000; 0 picks a free port)
import {createServer} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const types = {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
               ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml"};

export function serve(root, port = 3000) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {"content-type": types[extname(file)] ?? "application/octet-stream"}).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(join(fileURLToPath(new URL(".", import.meta.url)), "dist"), Number(process.argv[2] ?? 3000));
  console.log(`ttg dashboards: http://127.0.0.1:${server.address().port}/ (Ctrl-C to stop)`);
}
