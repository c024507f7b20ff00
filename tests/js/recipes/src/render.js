// Server rendering (built with `vite build --ssr`, run by Node): the browser's code unchanged;
// in Node `init()` resolves at once.
import init, { checkSupervisor } from "maatwerk";
import { OPTIONS } from "./supervisor.js";

export async function render(supervisor) {
  await init();
  const report = checkSupervisor(supervisor, OPTIONS);
  const items = report.issues.map((issue) => `<li>${issue.message}</li>`).join("");
  return `<ul data-valid="${report.valid}">${items}</ul>`;
}
