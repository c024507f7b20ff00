// Random walks of `Session.set` through the package, shared by Node
// (tests/js/consumer/session-walk.test.mjs) and Chromium (tests/js/browser/hostile.test.mjs):
// plain JavaScript, no import, given the package's exports `m` and the fixtures. After every
// step the session's report must be the report of a fresh validation of the same form, kept
// beside the session as a portal keeps its copy (`set` creates the groups and lists on the
// way; an index past a list's end extends it with nulls). The native walk
// (tests/session_walk.rs) runs the same idea over the library.

/** SplitMix64 on BigInt: small, deterministic, the same in every engine. */
function rng(seed) {
  let state = BigInt(seed);
  const mask = (1n << 64n) - 1n;
  const next = () => {
    state = (state + 0x9e3779b97f4a7c15n) & mask;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    return z ^ (z >> 31n);
  };
  const below = (n) => Number(next() % BigInt(n));
  return { below, chance: (percent) => below(100) < percent, pick: (items) => items[below(items.length)] };
}

/** Every path in `value` (groups, lists and leaves), parents first. */
function paths(value, at = [], found = []) {
  const children = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  for (const [step, child] of children) {
    const path = [...at, step];
    found.push(path);
    paths(child, path, found);
  }
  return found;
}

/** The place of a path in the shape: indexes left out. */
const place = (path) => path.map((step) => (typeof step === "number" ? "[]" : `.${step}`)).join("");

/** Sets `value` at `path` in the portal's copy, as the session does in its form. */
export function setIn(form, path, value) {
  if (path.length === 0) return value;
  let at = form;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    const wantList = typeof path[i + 1] === "number";
    const child = at[step];
    const fits = wantList ? Array.isArray(child) : child !== null && typeof child === "object" && !Array.isArray(child);
    if (!fits) at[step] = wantList ? [] : {};
    at = at[step];
  }
  const last = path[path.length - 1];
  if (typeof last === "number") {
    while (at.length < last) at.push(null);
  }
  at[last] = value;
  return form;
}

/**
 * Walks `steps` random `set`s over the fixtures (`[{ kind, options, form }]`), starting a new
 * walk on the next fixture every few hundred steps. Returns the steps taken, how many were past
 * the form's bound of 1,000 list items, and the first disagreements (none is right).
 */
export function runSessionWalk(m, fixtures, { steps = 10_000, seed = 18 } = {}) {
  const random = rng(seed);
  // What the fixtures hold at each place, by kind: the paths to set and the values to set.
  const shapes = {};
  const samples = {};
  const strings = new Set();
  for (const { kind, form } of fixtures) {
    shapes[kind] ??= new Map();
    for (const path of paths(form)) {
      const template = path.map((step) => (typeof step === "number" ? null : step));
      shapes[kind].set(JSON.stringify(template), template);
      let value = form;
      for (const step of path) value = value[step];
      (samples[place(path)] ??= []).push(value);
      if (typeof value === "string") strings.add(value);
    }
  }
  const texts = [...strings, "", "2026-02-30", "9999-12-31", "0000-01-01", "é".repeat(2_001), "x"];
  // A malformed fixture holds values where the form has none (a group where a list belongs):
  // only the places a form of the kind has are set.
  const names = (kind, template) => {
    const validator = new m.Validator(kind, {});
    try {
      validator.issuesAt({}, template.map((key) => (key === null ? 0 : key)));
      return true;
    } catch (_) {
      return false;
    } finally {
      validator.free();
    }
  };
  const templates = Object.fromEntries(
    Object.entries(shapes).map(([kind, map]) => [kind, [...map.values()].filter((template) => names(kind, template))]),
  );
  const isList = (path) => samples[place(path) + "[]"] !== undefined;
  const index = () => {
    const roll = random.below(40);
    return roll === 0 ? 99 : roll === 1 ? 100 : roll === 2 ? 100 + random.below(60) : random.below(8);
  };
  const scalar = () =>
    random.pick([() => random.pick(texts), () => random.below(40), () => random.chance(50), () => null, () => 2.5, () => -3])();
  const value = (path) => {
    const found = samples[place(path)] ?? [null];
    switch (random.below(12)) {
      case 0: case 1: case 2: return structuredClone(random.pick(found));
      case 3: return {};
      case 4: return [];
      case 5: return null;
      case 6: {
        const item = samples[place(path) + "[]"] ?? [{}];
        return Array.from({ length: random.pick([99, 100, 101, 150]) }, () => structuredClone(random.pick(item)));
      }
      case 7: return Array.from({ length: random.below(4) }, scalar);
      default: return scalar();
    }
  };
  const countItems = (v) =>
    Array.isArray(v)
      ? v.slice(0, 100).reduce((sum, item) => sum + 1 + countItems(item), 0)
      : v !== null && typeof v === "object"
        ? Object.values(v).reduce((sum, item) => sum + countItems(item), 0)
        : 0;

  const result = { steps: 0, walks: 0, pastBound: 0, disagreements: [] };
  while (result.steps < steps && result.disagreements.length < 3) {
    const fixture = fixtures[result.walks % fixtures.length];
    result.walks++;
    const validator = new m.Validator(fixture.kind, fixture.options);
    let form = structuredClone(fixture.form);
    const session = validator.session(form);
    const length = 20 + random.below(200);
    for (let step = 0; step < length && result.steps < steps; step++) {
      let path = random.pick(templates[fixture.kind]).map((key) => (key === null ? index() : key));
      let next;
      if (random.chance(fixture.kind === "providerRegistration" ? 12 : 4)) {
        // A list filled to its bound or past it.
        for (let tries = 0; tries < 20 && !isList(path); tries++) {
          path = random.pick(templates[fixture.kind]).map((key) => (key === null ? index() : key));
        }
        const item = samples[place(path) + "[]"] ?? [{}];
        next = Array.from({ length: random.pick([99, 100, 101, 150]) }, () => structuredClone(random.pick(item)));
      } else {
        next = value(path);
      }
      let threw;
      try {
        session.set(path, next);
      } catch (error) {
        threw = error;
      }
      if (threw) {
        result.disagreements.push({ fixture: fixture.kind, path: path.join("."), error: String(threw.message) });
        break;
      }
      form = setIn(form, path, structuredClone(next));
      const fresh = JSON.stringify(validator.validate(form));
      const kept = JSON.stringify(session.report());
      result.steps++;
      if (countItems(form) > 1_000) result.pastBound++;
      if (fresh !== kept) {
        result.disagreements.push({ fixture: fixture.kind, step, path: path.join("."), value: JSON.stringify(next).slice(0, 200) });
        break;
      }
      if (JSON.stringify(form).length > 500_000) break;
    }
    session.free();
    validator.free();
  }
  return result;
}
