// The typed paths (`FieldPath<kind>`, derived in TypeScript from the types generated from Rust)
// name exactly fields the module's decoder knows: every path of the union, an index written 0,
// is one validateField accepts (it throws for a path that names no field), and every field of
// every fixture is in the union.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { validateField } from "maatwerk";

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, "../../fixtures");

/** Each kind's paths, from the compiler's view of paths.ts. */
function typedPaths() {
  const program = ts.createProgram([join(here, "paths.ts")], {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(here, "paths.ts"));
  const paths = checker.getTypeAtLocation(source.statements.find(ts.isInterfaceDeclaration).name);
  return Object.fromEntries(paths.getProperties().map((property) => {
    const union = checker.getTypeOfSymbol(property);
    const texts = union.types.map((type) => {
      if (type.isStringLiteral()) return type.value;
      assert.ok(type.flags & ts.TypeFlags.TemplateLiteral, checker.typeToString(type));
      return type.texts.reduce((text, part, index) => text + (index > 0 ? "0" : "") + part, "");
    });
    return [property.name, new Set(texts)];
  }));
}

/** Every field of a form as a text path, indexes written 0. */
function formPaths(value, prefix = "") {
  if (Array.isArray(value)) {
    return value.flatMap((item) => [`${prefix}[0]`, ...formPaths(item, `${prefix}[0]`)]);
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...formPaths(item, path)];
    });
  }
  return [];
}

const paths = typedPaths();

test("every typed path names a field of its kind's form", () => {
  assert.deepEqual(Object.keys(paths), ["application", "providerRegistration", "supportPlan", "supervisor"]);
  for (const [kind, set] of Object.entries(paths)) {
    assert.ok(set.size > 20, `${kind}: ${set.size} paths`);
    for (const path of set) {
      assert.doesNotThrow(() => validateField(kind, {}, path, { asOf: "2026-11-23" }), `${kind} ${path}`);
    }
  }
  assert.ok(paths.supportPlan.has("supervisor.experience[0].from"));
  assert.ok(paths.supervisor.has("diplomas[0].code"));
});

test("every field of every fixture is a typed path", () => {
  let checked = 0;
  for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith(".json") && !file.includes("malformed"))) {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));
    for (const path of formPaths(fixture.form)) {
      assert.ok(paths[fixture.kind].has(path), `${name}: ${path}`);
      checked += 1;
    }
  }
  assert.ok(checked > 300, `${checked} fixture fields`);
});
