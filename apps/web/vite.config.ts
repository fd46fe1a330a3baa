import { constants as zlibConstants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { VitePWA } from "vite-plugin-pwa";
import { formCheckAssets } from "./form-check-assets.ts";

// The server serves apps/web/dist at the same origin as /api, so the app never needs CORS.
// Its CSP is `script-src 'self'; style-src 'self'`: the service worker is registered from a file
// (injectRegister "script-defer"), never from an inline script.
export default defineConfig({
  plugins: [
    react(),
    formCheckAssets(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script-defer",
      includeAssets: ["favicon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "Backstride",
        short_name: "Backstride",
        description: "Get back to pain-free running and stay there.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        theme_color: "#0b5d54",
        background_color: "#f6f7f5",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // The whole shell, every lazy screen and the guide are precached so the app opens with no signal.
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The form check's pose model, WebAssembly runtime and engine code (~6 MB) are not precached: most
        // runners never film themselves. They are cached on first use so later checks work offline.
        globIgnores: ["**/form-check/**", "**/pose-engine-*.js"],
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              url.pathname.startsWith("/form-check/") || /\/pose-engine-[^/]*\.js$/.test(url.pathname),
            handler: "CacheFirst",
            options: { cacheName: "form-check-model", expiration: { maxEntries: 16 } },
          },
        ],
      },
    }),
    // Brotli and gzip copies beside each text file, made once at build time at the highest levels, so the
    // server only picks one by Accept-Encoding (@fastify/static preCompressed) and never compresses per
    // request. See docs/decisions/static-compression.md.
    compression({
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      include: /\.(html|js|mjs|css|svg|json|webmanifest|txt)$/,
      // Below ~1 KB the saving is smaller than a round of headers; the server then sends the file as it is.
      threshold: 1024,
      logLevel: "silent",
    }),
  ],
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
  preview: {
    proxy: { "/api": "http://localhost:3000" },
  },
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // packages/domain is pure by rule (no I/O, no globals; enforced by lint), so importing one of its
        // modules never has a side effect. Saying so lets the bundler drop the zod event schemas the
        // app does not use, which keeps zod out of the first load.
        moduleSideEffects: (id: string) => !id.includes("/packages/domain/src/"),
      },
    },
  },
});
