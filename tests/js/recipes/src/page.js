// The page of the Vite and webpack recipes: `init()` fetches the wasm the bundler emitted, and a
// module Web Worker validates too.
import init, { checkSupervisor } from "maatwerk";
import { OPTIONS, SUPERVISOR, show } from "./supervisor.js";

await init();
show(checkSupervisor(SUPERVISOR, OPTIONS), "page");

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => show(event.data, "worker");
worker.postMessage(SUPERVISOR);
