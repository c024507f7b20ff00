// The esbuild recipe's module Web Worker, with the wasm through the file loader.
import init, { checkSupervisor } from "maatwerk";
import wasm from "maatwerk/maatwerk_bg.wasm";
import { OPTIONS } from "./supervisor.js";

const ready = init({ module_or_path: new URL(wasm, import.meta.url) });
self.onmessage = async (event) => {
  await ready;
  self.postMessage(checkSupervisor(event.data, OPTIONS));
};
