// The parity guarantee in Node: every golden vector (tests/support/golden.rs: every fixture and
// its systematic variants) validated through the packed wasm package gives, in each of the
// four locales, a report byte-identical to the native one, through the functions and through a
// Validator. The native reports are written by an explicit step of scripts/test.sh; when they
// are missing or stale this fails and says how to write them.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as maatwerk from "maatwerk";
import { differences, loadNative, validators } from "../golden/native.mjs";

const native = loadNative();
const byKind = validators(maatwerk);

test("the native reports are current and cover every kind", () => {
  const kinds = new Set(native.vectors.map((vector) => vector.kind));
  assert.deepEqual([...kinds].sort(), Object.keys(byKind).sort());
  assert.deepEqual(native.locales, ["nl", "fr", "en", "de"]);
});

for (const locale of ["nl", "fr", "en", "de"]) {
  test(`golden vectors in Node (${locale}): byte-identical to the native reports`, () => {
    const found = differences(native, locale, (vector, locale) =>
      JSON.stringify(byKind[vector.kind](vector.form, { ...vector.options, locale })));
    assert.deepEqual(found.slice(0, 3), [], `${found.length} of ${native.vectors.length} differ`);
  });

  test(`golden vectors through a Validator (${locale}): byte-identical to the native reports`, () => {
    const found = differences(native, locale, (vector, locale) => {
      const validator = new maatwerk.Validator(vector.kind, { ...vector.options, locale });
      try {
        return JSON.stringify(validator.validate(vector.form));
      } finally {
        validator.free();
      }
    });
    assert.deepEqual(found.slice(0, 3), [], `${found.length} of ${native.vectors.length} differ`);
  });
}
