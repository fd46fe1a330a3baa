import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Files that must be revalidated on every load so a new release reaches the app promptly. */
const alwaysRevalidate = /(^|\/)(index\.html|sw\.js|service-worker\.js|registerSW\.js|manifest\.webmanifest)$/;

/** Serves the built PWA when apps/web/dist exists; true when it does. */
export async function installStaticWebApp(app: FastifyInstance, webDistDir: string): Promise<boolean> {
  if (!existsSync(join(webDistDir, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: true,
    index: ["index.html"],
    setHeaders: (res, path) => {
      if (alwaysRevalidate.test(path)) res.header("cache-control", "no-cache");
      else if (path.includes("/assets/")) res.header("cache-control", "public, max-age=31536000, immutable");
    },
  });
  return true;
}
