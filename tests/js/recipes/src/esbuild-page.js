// The esbuild recipe's page: esbuild does not follow `new URL("…wasm", import.meta.url)`, so the
// page imports the wasm through the file loader (`loader: { ".wasm": "file" }`), which copies
// it next to the bundle and gives its URL to `init`.
import init, { checkSupervisor } from "maatwerk";
import wasm from "maatwerk/maatwerk_bg.wasm";
import { OPTIONS, SUPERVISOR, show } from "./supervisor.js";

await init({ module_or_path: new URL(wasm, import.meta.url) });
show(checkSupervisor(SUPERVISOR, OPTIONS), "page");

// The worker is a second entry point: esbuild writes it next to this file.
const worker = new Worker(new URL("./esbuild-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => show(event.data, "worker");
worker.postMessage(SUPERVISOR);
