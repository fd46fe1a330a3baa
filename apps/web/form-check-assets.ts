import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Plugin } from "vite";

/**
 * The pose model and the WebAssembly runtime come from npm packages and are served by our own server from
 * the web build (`/form-check/…`), never from a CDN: the clip is analysed on the phone and the app keeps
 * working offline. The service worker caches them on first use (vite.config.ts, runtimeCaching), so they
 * never weigh on the first screen. Licences: docs/decisions/form-check-model.md.
 */
export const formCheckAssetDir = "form-check";

const require = createRequire(import.meta.url);

function packageDir(name: string, knownFile: string): string {
  // Some packages do not export package.json; resolve from the workspace's node_modules instead.
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = path.join(base, name);
    try {
      readFileSync(path.join(dir, knownFile));
      return dir;
    } catch {
      // not in this node_modules
    }
  }
  throw new Error(`form-check assets: ${name} is not installed (npm install)`);
}

function assetSources(): { fileName: string; sourcePath: string }[] {
  const human = packageDir("@vladmandic/human", "models/movenet-lightning.json");
  const wasm = packageDir("@tensorflow/tfjs-backend-wasm", "dist/tfjs-backend-wasm-simd.wasm");
  return [
    { fileName: "movenet-lightning.json", sourcePath: path.join(human, "models", "movenet-lightning.json") },
    { fileName: "movenet-lightning.bin", sourcePath: path.join(human, "models", "movenet-lightning.bin") },
    // The runtime picks one by what the browser supports; threads need cross-origin isolation, which the
    // app does not have, so the threaded build is not shipped.
    { fileName: "tfjs-backend-wasm.wasm", sourcePath: path.join(wasm, "dist", "tfjs-backend-wasm.wasm") },
    { fileName: "tfjs-backend-wasm-simd.wasm", sourcePath: path.join(wasm, "dist", "tfjs-backend-wasm-simd.wasm") },
  ];
}

export function formCheckAssets(): Plugin {
  return {
    name: "backstride-form-check-assets",
    generateBundle() {
      for (const { fileName, sourcePath } of assetSources()) {
        this.emitFile({
          type: "asset",
          fileName: `${formCheckAssetDir}/${fileName}`,
          source: readFileSync(sourcePath),
        });
      }
    },
    configureServer(server) {
      const byUrl = new Map(assetSources().map((asset) => [`/${formCheckAssetDir}/${asset.fileName}`, asset]));
      server.middlewares.use((request, response, next) => {
        const asset = byUrl.get((request.url ?? "").split("?")[0] ?? "");
        if (!asset) return next();
        const type = asset.fileName.endsWith(".wasm")
          ? "application/wasm"
          : asset.fileName.endsWith(".json")
            ? "application/json"
            : "application/octet-stream";
        response.setHeader("content-type", type);
        response.end(readFileSync(asset.sourcePath));
      });
    },
  };
}
