// Builds every bundler recipe into dist/ with the bundlers' own APIs and the configs beside this
// file (the ones docs/node.md shows): Vite (a page and, with --ssr, the server renderer),
// webpack, esbuild. For webpack and esbuild it writes the page's HTML, which Vite writes itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { build as vite } from "vite";
import webpack from "webpack";
import esbuildConfig from "./esbuild.config.js";
import webpackConfig from "./webpack.config.js";

const here = dirname(fileURLToPath(import.meta.url));
const page = readFileSync(join(here, "index.html"), "utf8");

/** The recipe page with `script` as its one script. */
function html(dir, script) {
  writeFileSync(join(here, "dist", dir, "index.html"), page.replace("./src/page.js", script));
}

export async function buildAll() {
  rmSync(join(here, "dist"), { recursive: true, force: true });
  await vite({ root: here, configFile: join(here, "vite.config.js"), logLevel: "warn" });
  await vite({
    root: here,
    configFile: join(here, "vite.config.js"),
    logLevel: "warn",
    build: { ssr: join(here, "src/render.js"), outDir: "dist/ssr", emptyOutDir: true },
  });
  await new Promise((resolve, reject) => {
    webpack(webpackConfig, (error, stats) => {
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
  html("webpack", "./page.js");
  await esbuild.build({ ...esbuildConfig, logLevel: "warning" });
  html("esbuild", "./esbuild-page.js");
  mkdirSync(join(here, "dist"), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
