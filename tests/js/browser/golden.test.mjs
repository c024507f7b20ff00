// The parity guarantee in headless Chromium: every golden vector validated by the web package
// the demo portal serves (www/pkg) gives, in each of the four locales, a report byte-identical
// to the native one. Assumes scripts/build-pkg.sh ran and the native reports are written (an
// explicit step of scripts/test.sh; missing or stale, this fails and says how to write them).
import assert from "node:assert/strict";
import { test } from "node:test";
import { differences, loadNative } from "../golden/native.mjs";
import { openPage, useBrowser } from "./harness.mjs";

const native = loadNative();
const env = useBrowser();

test("golden vectors in Chromium, in four locales: byte-identical to the native reports", async () => {
  const session = await openPage(env.browser, env.server, "index.html");
  try {
    const inputs = native.vectors.map(({ kind, options, form }) => ({ kind, options, form }));
    // Every report as the page's JSON.stringify writes it, locale by locale.
    const texts = await session.page.evaluate(async ({ inputs, locales }) => {
      const maatwerk = await import("/pkg/index.js");
      await maatwerk.default({ locales: ["nl", "fr", "en", "de"] });
      const byKind = {
        application: maatwerk.validateApplication,
        providerRegistration: maatwerk.validateProviderRegistration,
        supportPlan: maatwerk.validateSupportPlan,
        supervisor: maatwerk.checkSupervisor,
      };
      return locales.map((locale) =>
        inputs.map(({ kind, options, form }) => JSON.stringify(byKind[kind](form, { ...options, locale }))));
    }, { inputs, locales: native.locales });
    for (const [at, locale] of native.locales.entries()) {
      assert.equal(texts[at].length, native.vectors.length);
      const found = differences(native, locale, (_, __, index) => texts[at][index]);
      assert.deepEqual(found.slice(0, 3), [], `${locale}: ${found.length} of ${native.vectors.length} differ`);
    }
    assert.deepEqual(await session.problems(), []);
  } finally {
    await session.close();
  }
});
