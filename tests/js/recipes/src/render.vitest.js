// Vitest (Node): the browser's code, `await init()` included, unchanged.
import { expect, test } from "vitest";
import init, { checkSupervisor, schemas } from "maatwerk";
import { render } from "./render.js";
import { OPTIONS, SUPERVISOR } from "./supervisor.js";

test("the browser's code runs in Vitest", async () => {
  await init();
  expect(checkSupervisor(SUPERVISOR, OPTIONS).issues.map((issue) => issue.code)).toContain("supervisor.experience_too_short");
  expect(schemas.supervisor["~standard"].validate(SUPERVISOR).issues.length).toBeGreaterThan(0);
  expect(await render(SUPERVISOR)).toMatch(/^<ul data-valid="false">/);
});
