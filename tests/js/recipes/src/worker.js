// A module Web Worker: its own instance of the module, loaded once.
import init, { checkSupervisor } from "maatwerk";
import { OPTIONS } from "./supervisor.js";

const ready = init();
self.onmessage = async (event) => {
  await ready;
  self.postMessage(checkSupervisor(event.data, OPTIONS));
};
