// The catalogue the package ships (generated data, read by `rules` in index.js and index.cjs)
// is what the Rust catalogue holds: `maatwerk::rules(locale)` for every locale, as
// examples/catalogue.rs prints it natively (scripts/test.sh writes it to
// target/catalogue-native.json), deep-equal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as node from "maatwerk";

const native = JSON.parse(readFileSync(new URL("../../../target/catalogue-native.json", import.meta.url), "utf8"));
const require = createRequire(import.meta.url);
// The web entry, as a browser or bundler gets it (the "default" condition Node does not pick).
const web = await import(new URL("./node_modules/maatwerk/index.js", import.meta.url).href);
const entries = { node, require: require("maatwerk"), web };

test("every locale's catalogue is the Rust catalogue's, in both entries", () => {
  assert.deepEqual(Object.keys(native), ["nl", "fr", "en", "de"]);
  for (const [name, entry] of Object.entries(entries)) {
    for (const [locale, rules] of Object.entries(native)) {
      assert.ok(rules.length >= 40, `${locale}: ${rules.length} rules`);
      assert.deepEqual(entry.rules(locale), rules, `${name} ${locale}`);
    }
  }
});

test("the catalogue is in each locale's language, with titles and texts", () => {
  for (const locale of ["nl", "fr", "en", "de"]) {
    const sup001 = web.rules(locale).find((rule) => rule.id === "SUP-001");
    assert.ok(sup001.title.length > 0 && sup001.text.length > 0, locale);
  }
  assert.notEqual(web.rules("nl")[0].text, web.rules("de")[0].text);
});

test("no locale is Dutch; an unknown one throws, as the contract says", () => {
  for (const entry of Object.values(entries)) {
    assert.deepEqual(entry.rules(), native.nl);
    assert.deepEqual(entry.rules(null), native.nl);
    for (const wrong of ["xx", "NL", "__proto__", "toString", 3, {}]) {
      assert.throws(() => entry.rules(wrong), { name: "Error", message: "locale must be one of nl, fr, en, de" }, String(wrong));
    }
  }
});

test("an answer is the caller's own: editing it changes no later answer", () => {
  const first = web.rules("en");
  first[0].title = "changed";
  first.pop();
  assert.deepEqual(web.rules("en"), native.en);
});
