// Node, ES module: no init needed (it resolves at once where code shared with a browser calls it).
import { checkSupervisor } from "maatwerk";
import { OPTIONS, SUPERVISOR } from "./supervisor.js";

console.log(JSON.stringify(checkSupervisor(SUPERVISOR, OPTIONS).issues.map((issue) => issue.code)));
