// Hostile input over every export and argument position, shared by the Node run
// (tests/js/consumer/hostile.test.mjs) and the Chromium run (tests/js/browser/hostile.test.mjs):
// plain JavaScript, no import, given the package's exports `m` and the module's raw exports
// `wasm` (its memory and externref table).
//
// Every case checks: no trap (a WebAssembly.RuntimeError), an answer where the contract
// promises one (a validator on an object whose JSON can be written never throws), the size of
// the answer, a wall-time bound that only catches pathological (seconds-long) calls, that the
// sentinel planted in every text never comes back, and that the module answers a normal call
// right straight after. The functions return what they found; the test files assert on it.

/** Planted in every text and key of the hostile values: no answer may contain it. */
export const SENTINEL = "Zq9-SENTINEL-85073003328";

const OPTIONS = { asOf: "2026-11-23", locale: "en" };
/** Wall-time bounds, generous for a shared 2-core machine: only a seconds-long call fails. */
const SLOW_MS = 500;
const HUGE_SLOW_MS = 1_500;
/** Largest answer, as JSON: a report holds at most 200 issues. */
const MAX_ANSWER_CHARS = 400_000;

const FORMS = {
  supervisor: {
    name: "Sara Janssens",
    responsible: true,
    diplomas: [{ code: "ba-sociaal-werk", obtained: "2015-06-30" }],
    experience: [{ from: "2025-04-01", to: "2025-12-31", relevant: true, description: "Jobcoach" }],
    competences: { workingTogether: true, communicating: true, personCentred: true, tailoredAdvice: true },
  },
  supportPlan: {
    planDate: "2026-02-16",
    employee: { name: "An Peeters", insz: "85073003328" },
    employer: { name: "Werkvloer Oost vzw", kbo: "0403.019.261" },
    arrangements: { followUpIntervalDays: 14, reachableEveryWorkingDay: true },
  },
  application: {
    selfEmployed: false,
    employer: { kbo: "0403.019.261", type: "nonProfit" },
    premiums: { loonpremie: true, begeleidingspremie: true },
  },
  providerRegistration: {
    organisation: { name: "Werkvloer Oost vzw", kbo: "0403.019.261", type: "nonProfit" },
    procedure: "regular",
    workingArea: { provinces: ["oostVlaanderen"], municipalities: ["9300 Aalst"] },
  },
};
const KINDS = Object.keys(FORMS);
const VALIDATORS = {
  application: "validateApplication",
  providerRegistration: "validateProviderRegistration",
  supportPlan: "validateSupportPlan",
  supervisor: "checkSupervisor",
};

/** Nested `levels` deep: objects or lists, each level holding the sentinel. */
function nested(levels, list) {
  let value = SENTINEL;
  for (let i = 0; i < levels; i++) value = list ? [value, SENTINEL] : { [SENTINEL]: SENTINEL, name: value };
  return value;
}

function throwingProxy() {
  const fail = () => {
    throw new Error(SENTINEL);
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

function revoked() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/**
 * The hostile values, each with whether its JSON can be written (`json`: a validator must then
 * answer, not throw) and whether it is huge (a longer time bound). Built lazily: a 20 MB text
 * and 100,000 levels are made once per run.
 */
export function values() {
  const cycle = { name: SENTINEL };
  cycle.self = cycle;
  const huge = SENTINEL + "x".repeat(20_000_000);
  return [
    { name: "undefined", value: undefined, json: false },
    { name: "null", value: null, json: true },
    { name: "true", value: true, json: true },
    { name: "0", value: 0, json: true },
    { name: "-0", value: -0, json: true },
    { name: "NaN", value: NaN, json: true },
    { name: "Infinity", value: Infinity, json: true },
    { name: "-1", value: -1, json: true },
    { name: "2**53", value: 2 ** 53, json: true },
    { name: "2**32+5", value: 2 ** 32 + 5, json: true },
    { name: "1.9", value: 1.9, json: true },
    { name: "1e308", value: 1e308, json: true },
    { name: "empty text", value: "", json: true },
    { name: "sentinel", value: SENTINEL, json: true },
    { name: "lone surrogate", value: `An\udc00${SENTINEL}\ud800`, json: true },
    { name: "control characters", value: `\u0000\u001f\u2028${SENTINEL}`, json: true },
    { name: "date at 0000", value: "0000-01-01", json: true },
    { name: "date at 9999", value: "9999-12-31", json: true },
    { name: "impossible date", value: "2026-13-45", json: true },
    { name: "long text", value: SENTINEL.repeat(200), json: true },
    { name: "20 MB text", value: huge, json: true, huge: true },
    { name: "BigInt", value: 123n, json: false },
    { name: "symbol", value: Symbol(SENTINEL), json: false },
    { name: "function", value: () => SENTINEL, json: false },
    { name: "empty list", value: [], json: true },
    { name: "empty object", value: {}, json: true },
    { name: "object without prototype", value: Object.assign(Object.create(null), { [SENTINEL]: SENTINEL }), json: true },
    { name: "list of sentinels", value: Array(150).fill(SENTINEL), json: true },
    { name: "cycle", value: cycle, json: false },
    { name: "100,000 nested objects", value: nested(100_000, false), json: true },
    { name: "100,000 nested lists", value: nested(100_000, true), json: true },
    { name: "1,000 nested objects", value: nested(1_000, false), json: true },
    { name: "Proxy with throwing traps", value: throwingProxy(), json: false },
    { name: "revoked Proxy", value: revoked(), json: false },
    { name: "throwing getter", value: { get name() { throw new Error(SENTINEL); } }, json: false },
    { name: "throwing toJSON", value: { toJSON() { throw new RangeError(SENTINEL); } }, json: false },
    { name: "toJSON to a 20 MB text", value: { toJSON: () => huge }, json: true, huge: true },
    { name: "Date", value: new Date(0), json: true },
    { name: "Map", value: new Map([[SENTINEL, SENTINEL]]), json: true },
    { name: "typed array", value: new Uint8Array(16), json: true },
  ];
}

/** Paths that name no field, or are hostile as paths. */
function paths(all) {
  return [
    ...all,
    { name: "5,000,000-segment path text", value: "a.".repeat(5_000_000), json: true, huge: true },
    { name: "5,000,000-segment path list", value: Array(5_000_000).fill("a"), json: true, huge: true },
    { name: "path with lone surrogate", value: "experience[0].\ud800", json: true },
    { name: "negative index", value: ["experience", -1, "from"], json: true },
    { name: "index 2**53", value: ["experience", 2 ** 53, "from"], json: true },
    { name: "index 99", value: "experience[99].from", json: true },
    { name: "index 100", value: "experience[100].from", json: true },
  ];
}

/** A form of `kind` with `value` at each of its leaves in turn: wrong types at every field. */
function* atEveryField(kind, value) {
  const base = FORMS[kind];
  const walk = function* (node, trail) {
    for (const [key, child] of Object.entries(node)) {
      const here = [...trail, key];
      if (child !== null && typeof child === "object") yield* walk(child, here);
      yield here;
    }
  };
  for (const path of walk(base, [])) {
    const form = structuredClone(base);
    let target = form;
    for (const key of path.slice(0, -1)) target = target[key];
    target[path.at(-1)] = value;
    yield { path, form };
  }
}

/**
 * Every case: `{ name, run, answers, huge }`. `answers`: the contract promises an answer (no
 * throw); otherwise either is fine, as long as it is no trap.
 */
export function cases(m) {
  const all = values();
  const plain = all.filter((v) => !v.huge);
  const out = [];
  const add = (name, run, answers = false, huge = false) => out.push({ name, run, answers, huge });

  for (const kind of KINDS) {
    const validate = m[VALIDATORS[kind]];
    for (const v of all) {
      // The form itself.
      add(`${VALIDATORS[kind]}(${v.name})`, () => validate(v.value, OPTIONS), false, v.huge);
      // A form that is an object, with the value in it: must answer when it can be JSON.
      add(`${VALIDATORS[kind]}({ x: ${v.name} })`, () => validate({ [SENTINEL]: v.value, name: v.value }, OPTIONS), v.json, v.huge);
      // The options.
      add(`${VALIDATORS[kind]}(form, ${v.name})`, () => validate(FORMS[kind], v.value), false, v.huge);
      add(`${VALIDATORS[kind]}(form, { asOf: ${v.name} })`, () => validate(FORMS[kind], { asOf: v.value }), false, v.huge);
    }
    for (const v of plain) {
      for (const { path, form } of atEveryField(kind, v.value)) {
        add(`${VALIDATORS[kind]} with ${v.name} at ${path.join(".")}`, () => validate(form, OPTIONS), v.json);
      }
    }
  }
  for (const v of all) {
    add(`validateField(${v.name}, form, name)`, () => m.validateField(v.value, FORMS.supervisor, "name", OPTIONS), false, v.huge);
    add(`validateField(supervisor, ${v.name}, name)`, () => m.validateField("supervisor", v.value, "name", OPTIONS), false, v.huge);
    add(`validateField(..., options ${v.name})`, () => m.validateField("supervisor", FORMS.supervisor, "name", v.value), false, v.huge);
    for (const id of ["checkInsz", "checkKbo", "checkIban"]) {
      add(`${id}(${v.name})`, () => m[id](v.value, OPTIONS), true, v.huge);
      add(`${id}(x, ${v.name})`, () => m[id]("85073003328", v.value), false, v.huge);
    }
    add(`regionOfPostcode(${v.name})`, () => m.regionOfPostcode(v.value), true, v.huge);
    add(`addWorkingDays(${v.name}, 5)`, () => m.addWorkingDays(v.value, 5, OPTIONS), false, v.huge);
    add(`addWorkingDays(d, ${v.name})`, () => m.addWorkingDays("2026-05-08", v.value, OPTIONS), false, v.huge);
    add(`addWorkingDays(d, 5, ${v.name})`, () => m.addWorkingDays("2026-05-08", 5, v.value), false, v.huge);
    add(`isWorkingDay(${v.name})`, () => m.isWorkingDay(v.value, OPTIONS), false, v.huge);
    add(`holidays(${v.name})`, () => m.holidays(v.value, OPTIONS), false, v.huge);
    add(`new Validator(${v.name})`, () => free(new m.Validator(v.value, OPTIONS)), false, v.huge);
    add(`new Validator(kind, ${v.name})`, () => free(new m.Validator("supervisor", v.value)), false, v.huge);
    add(`Validator.validate(${v.name})`, () => withValidator(m, (x) => x.validate(v.value)), false, v.huge);
    add(`Validator.validate({ name: ${v.name} })`, () => withValidator(m, (x) => x.validate({ name: v.value })), v.json, v.huge);
    add(`Validator.session(${v.name})`, () => withValidator(m, (x) => free(x.session(v.value))), false, v.huge);
    add(`Session.set(name, ${v.name})`, () => withSession(m, (s) => s.set("name", v.value)), v.json || v.value === undefined, v.huge);
    add(`Session.set(experience, ${v.name})`, () => withSession(m, (s) => s.set(["experience"], v.value)), v.json, v.huge);
  }
  for (const p of paths(all)) {
    add(`validateField(path ${p.name})`, () => m.validateField("supervisor", FORMS.supervisor, p.value, OPTIONS), false, p.huge);
    add(`Validator.issuesAt(path ${p.name})`, () => withValidator(m, (x) => x.issuesAt(FORMS.supervisor, p.value)), false, p.huge);
    add(`Session.set(path ${p.name})`, () => withSession(m, (s) => s.set(p.value, SENTINEL)), false, p.huge);
    add(`Session.issuesAt(path ${p.name})`, () => withSession(m, (s) => s.issuesAt(p.value)), false, p.huge);
  }
  for (const n of [0, 5, 100_000, 100_001, 6e7, 2 ** 32 + 5, -1, 1.5]) {
    for (const date of ["0000-01-01", "2026-05-08", "9999-12-23", "9999-12-31"]) {
      add(`addWorkingDays(${date}, ${n})`, () => m.addWorkingDays(date, n, OPTIONS));
    }
  }
  for (const year of [1582, 1583, 2026, 9999, 10_000, -1, 1e9]) add(`holidays(${year})`, () => m.holidays(year, OPTIONS));
  // 100 supervisors of 100 empty diplomas and periods: 30,000 issues before the bounds.
  const empties = Array(100).fill({});
  const crowded = { supervisors: Array(100).fill({ diplomas: empties, experience: empties }) };
  add("100 supervisors x 100 empty diplomas and periods", () => m.validateProviderRegistration(crowded, OPTIONS), true);
  add("... through validateField at the root", () => m.validateField("providerRegistration", crowded, "", OPTIONS), true);
  const fromZero = { supervisors: Array(100).fill({ experience: [{ from: "0000-01-01", relevant: true }] }) };
  add("100 supervisors from 0000-01-01 as of 9999-12-31", () => m.validateProviderRegistration(fromZero, { asOf: "9999-12-31" }), true);
  const diplomas = Array(100_000).fill({ code: SENTINEL, title: SENTINEL });
  add("100,000 relevantDiplomas", () => m.checkSupervisor(FORMS.supervisor, { ...OPTIONS, parameters: { relevantDiplomas: diplomas } }));
  return out;
}

function free(instance) {
  instance.free();
  return "freed";
}

function withValidator(m, use) {
  const validator = new m.Validator("supervisor", OPTIONS);
  try {
    return use(validator);
  } finally {
    validator.free();
  }
}

function withSession(m, use) {
  return withValidator(m, (validator) => {
    const session = validator.session(FORMS.supervisor);
    try {
      return use(session);
    } finally {
      session.free();
    }
  });
}

/** The normal calls whose answers must not change, whatever came before. */
function reference(m) {
  return JSON.stringify([
    m.checkSupervisor(FORMS.supervisor, OPTIONS),
    m.validateSupportPlan(FORMS.supportPlan, OPTIONS),
    m.checkInsz("85.07.30-033.28", OPTIONS),
    m.addWorkingDays("2026-05-08", 5, OPTIONS),
  ]);
}

const now = () => (typeof performance === "object" ? performance.now() : Date.now());

/** What an answer or an error shows a caller, as text (a class instance shows nothing). */
function shown(outcome) {
  if (outcome instanceof Error) return String(outcome.message);
  if (typeof outcome === "string") return outcome;
  try {
    return JSON.stringify(outcome) ?? "";
  } catch (_) {
    return "";
  }
}

/**
 * Runs every case; returns `{ count, failures }`, a failure naming its case and what went
 * wrong. `wasm` gives the module's memory: the huge cases must not grow it.
 */
export function runCases(m, wasm) {
  const started = now();
  const expected = reference(m);
  const failures = [];
  const all = cases(m);
  // The huge cases run twice: the module's memory may grow while the first pass warms it up;
  // in the second it must not grow by what stayed in JavaScript.
  const second = all.filter((c) => c.huge).map((c) => ({ ...c, name: `${c.name} (again)`, again: true }));
  for (const c of [...all, ...second]) {
    const memory = wasm.memory.buffer.byteLength;
    const start = now();
    let outcome;
    let threw = false;
    try {
      outcome = c.run();
    } catch (error) {
      outcome = error;
      threw = true;
    }
    const took = now() - start;
    const text = shown(outcome);
    const fail = (why) => failures.push(`${c.name}: ${why}`);
    if (outcome instanceof WebAssembly.RuntimeError) fail(`trap: ${outcome.message}`);
    if (threw && !(outcome instanceof Error)) fail("threw something that is not an Error");
    if (threw && c.answers) fail(`threw ${text}`);
    // The page's own exception (a trap of its Proxy, met while the glue converts a number)
    // may pass through untouched; anything else must not hold the sentinel.
    const own = threw && outcome instanceof Error && outcome.message === SENTINEL;
    if (text.includes(SENTINEL) && !own) fail("the sentinel came back");
    if (text.length > MAX_ANSWER_CHARS) fail(`an answer of ${text.length} characters`);
    if (took > (c.huge ? HUGE_SLOW_MS : SLOW_MS)) fail(`took ${Math.round(took)} ms`);
    if (c.again && wasm.memory.buffer.byteLength > memory) fail("wasm memory grew");
    let after;
    try {
      after = reference(m);
    } catch (error) {
      after = `threw ${error}`;
    }
    if (after !== expected) fail(`the next normal call answered otherwise: ${after.slice(0, 200)}`);
  }
  return { count: all.length, failures, ms: Math.round(now() - started) };
}

/**
 * Thousands of throwing calls, then a normal one; then 100,000 mixed calls (normal, throwing,
 * hostile) after a warm-up, measuring the externref table and the memory before and after.
 */
export function runRepetition(m, wasm, calls = 100_000) {
  const cycle = {};
  cycle.self = cycle;
  const proxy = throwingProxy();
  const validator = new m.Validator("supervisor", OPTIONS);
  const session = validator.session(FORMS.supervisor);
  const deep = nested(200, false);
  const mixed = [
    () => m.checkSupervisor(cycle, OPTIONS),
    () => m.checkSupervisor(proxy, OPTIONS),
    () => m.validateField("supervisor", FORMS.supervisor, proxy, OPTIONS),
    () => m.checkInsz(proxy, { asOf: 1n }),
    () => session.set("name", 1n),
    () => session.set(proxy, "x"),
    () => m.checkSupervisor({ name: `An\udc00${SENTINEL}` }, OPTIONS),
    () => m.checkSupervisor(deep, OPTIONS),
    () => m.checkSupervisor(FORMS.supervisor, OPTIONS),
    () => session.set("name", SENTINEL),
    () => m.checkKbo("0403.019.261"),
    () => m.addWorkingDays("2026-05-08", 2 ** 32 + 5, OPTIONS),
  ];
  const expected = reference(m);
  let thrown = 0;
  for (let i = 0; i < 5_000; i++) {
    try {
      mixed[i % 6]();
    } catch (_) {
      thrown++;
    }
  }
  const afterThrowing = reference(m);
  const round = (n) => {
    for (let i = 0; i < n; i++) {
      try {
        mixed[i % mixed.length]();
      } catch (_) {
        // Thrown on purpose: what counts is what the module keeps.
      }
    }
  };
  round(5_000);
  const before = { table: wasm.__wbindgen_externrefs.length, memory: wasm.memory.buffer.byteLength };
  round(calls);
  const after = { table: wasm.__wbindgen_externrefs.length, memory: wasm.memory.buffer.byteLength };
  const last = reference(m);
  session.free();
  validator.free();
  return { thrown, answeredAfterThrowing: afterThrowing === expected, answeredAtTheEnd: last === expected, before, after };
}

/**
 * Calls made when the page's recursion has nearly filled the JavaScript stack, at every depth
 * near the limit (in steps of one frame, and of 8 bytes within a frame), for every export and
 * every `Validator` and `Session` method: each may throw (a RangeError), none may trap, every
 * normal call after them answers right, a session made before them still answers right, and
 * the module's stack pointer is where it started. Before the glue checked the stack before
 * entering the module, an overflow inside the wasm-bindgen runtime left its externref slab
 * borrowed, and every later call trapped in `__externref_table_alloc`.
 */
export function runNearlyFullStack(m, wasm, { sweep = 150 } = {}) {
  const pointer = wasm.__stack_pointer;
  const base = pointer?.value;
  const expected = reference(m);
  const validator = new m.Validator("supervisor", OPTIONS);
  const session = validator.session(FORMS.supervisor);
  const kept = new m.Validator("supervisor", OPTIONS).session(FORMS.supervisor);
  const keptReport = JSON.stringify(kept.report());
  const calls = {
    checkSupervisor: () => m.checkSupervisor(FORMS.supervisor, OPTIONS),
    validateSupportPlan: () => m.validateSupportPlan(FORMS.supportPlan, OPTIONS),
    validateApplication: () => m.validateApplication(FORMS.application, OPTIONS),
    validateProviderRegistration: () => m.validateProviderRegistration(FORMS.providerRegistration, OPTIONS),
    validateField: () => m.validateField("supervisor", FORMS.supervisor, "experience[0].from", OPTIONS),
    checkInsz: () => m.checkInsz("85073003328"),
    checkKbo: () => m.checkKbo("0403.019.261", OPTIONS),
    checkIban: () => m.checkIban("BE68539007547034", OPTIONS),
    regionOfPostcode: () => m.regionOfPostcode("9300"),
    addWorkingDays: () => m.addWorkingDays("2026-01-01", 10, OPTIONS),
    isWorkingDay: () => m.isWorkingDay("2026-01-01", OPTIONS),
    holidays: () => m.holidays(2026, OPTIONS),
    "new Validator": () => new m.Validator("supportPlan", OPTIONS).free(),
    "Validator.validate": () => validator.validate(FORMS.supervisor),
    "Validator.issuesAt": () => validator.issuesAt(FORMS.supervisor, "experience"),
    "Validator.session": () => validator.session(FORMS.supervisor).free(),
    "Session.set": () => session.set("experience[0].to", "2025-12-31"),
    "Session.issuesAt": () => session.issuesAt("experience"),
    "Session.report": () => session.report(),
  };
  let call = () => 0;
  const bottom = () => call();
  const recurse = (n, pad) => (n > 0 ? recurse(n - 1, pad) : bottom.apply(null, pad));
  const pads = Array.from({ length: 16 }, (_, k) => new Array(k).fill(0));
  // The deepest recursion that still leaves room for an empty call; measured every round, as
  // the engine's optimised frames are smaller than its first ones.
  const deepest = () => {
    call = () => 0;
    let [lo, hi] = [0, 200_000];
    while (lo + 1 < hi) {
      const mid = (lo + hi) >> 1;
      try {
        recurse(mid, pads[0]);
        lo = mid;
      } catch (_) {
        hi = mid;
      }
    }
    return lo;
  };
  const result = { calls: 0, overflowed: 0, traps: 0, wrong: 0, unusable: [] };
  // Thousands of overflows: without stack traces they cost a tenth.
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  for (const [name, each] of Object.entries(calls)) {
    const limit = deepest();
    call = each;
    for (let depth = limit; depth > limit - sweep; depth -= 1) {
      for (const pad of pads) {
        result.calls++;
        try {
          recurse(depth, pad);
        } catch (error) {
          result.overflowed++;
          if (error instanceof WebAssembly.RuntimeError) result.traps++;
        }
      }
    }
    try {
      if (reference(m) !== expected) result.wrong++;
      if (JSON.stringify(kept.report()) !== keptReport) result.unusable.push(name);
      each();
    } catch (_) {
      result.unusable.push(name);
    }
  }
  Error.stackTraceLimit = traces;
  result.pointerBack = base !== undefined && pointer.value === base;
  kept.free();
  session.free();
  validator.free();
  return result;
}
