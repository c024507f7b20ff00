// The Vite recipe: nothing for the wasm (Vite follows `new URL("…wasm", import.meta.url)` and
// emits it); workers as ES modules; maatwerk left out of the dev server's pre-bundling, which
// would move the glue away from its wasm. Vitest reads the same file (its tests run in Node).
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: { target: "es2022", outDir: "dist/vite", emptyOutDir: true },
  worker: { format: "es" },
  optimizeDeps: { exclude: ["maatwerk"] },
  test: { include: ["src/**/*.vitest.js"] },
});
