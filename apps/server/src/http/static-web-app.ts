import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Files that must be revalidated on every load so a new release reaches the app promptly. */
const alwaysRevalidate = /(^|\/)(index\.html|sw\.js|service-worker\.js|registerSW\.js|manifest\.webmanifest)$/;

/** The build's precompressed siblings (vite-plugin-compression2): `app.js.br` is `app.js` for caching. */
const compressedSuffix = /\.(br|gz)$/;

/**
 * Serves the built PWA when apps/web/dist exists; true when it does.
 *
 * The build writes a brotli and a gzip copy beside each text file; `preCompressed` sends the best one
 * the browser accepts (with `Vary: Accept-Encoding`), and the file as it is when it accepts neither
 * or no copy exists (small files). Nothing is compressed per request.
 */
export async function installStaticWebApp(app: FastifyInstance, webDistDir: string): Promise<boolean> {
  if (!existsSync(join(webDistDir, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: true,
    index: ["index.html"],
    preCompressed: true,
    setHeaders: (res, path) => {
      const logicalPath = path.replace(compressedSuffix, "");
      if (alwaysRevalidate.test(logicalPath)) res.header("cache-control", "no-cache");
      else if (logicalPath.includes("/assets/")) res.header("cache-control", "public, max-age=31536000, immutable");
    },
  });
  return true;
}
