// Appended by pkg-config/assemble.mjs to the glue of both builds, which calls the module
// through `guardStack(instance.exports)`; assemble.mjs writes the /*ROOM*/ parts.
//
// A call must never run out of JavaScript stack inside the module. A RangeError thrown there
// unwinds through the module's frames in the middle of whatever they were doing: the
// wasm-bindgen runtime's externref slab borrowed or half grown (every later call then traps
// with `unreachable` in `__externref_table_alloc`), the allocator halfway through a change, an
// object's borrow flag set, a session half changed. Putting the stack pointer back is not
// enough; no state can be put back. So every outermost call into the module first makes sure
// the stack holds what the deepest call needs (about 3.5 KB measured, in the module and the
// glue's shims it calls; `needs` asks for 8 KB, `needsLittle` 2 KB for the runtime's helpers):
// a call with 1,000 (or 256) arguments to a function too large for any engine to inline.
// When that throws, the module is not entered at all: the call throws a RangeError and the
// module is as it was. A call made from inside one (a getter
// of the form calling the module again) is covered by the outer call's check.
//
// The shadow-stack pointer is still put back at each outermost call: an overflow in a page's
// getter, caught by the module's own JSON reader, leaves the module's frames as they were.
// `var`: the glue calls the module (through `needs`) before the end of its text runs.
var roomNever = false;
function roomSink() {
  if (roomNever) {
    /*ROOM_BODY*/
  }
  return 0;
}
function needs() {
  return roomSink(/*ROOM_ARGS*/);
}
// The wasm-bindgen runtime's own exports the glue calls between the module's (the externref
// slab's alloc and dealloc, malloc and free for strings) go a few frames deep: 2 KB.
function needsLittle() {
  return roomSink(/*ROOM_ARGS_LITTLE*/);
}
function guardStack(exports) {
  const pointer = exports.__stack_pointer;
  if (!(pointer instanceof WebAssembly.Global)) {
    throw new Error("maatwerk: the module does not export its stack pointer (see scripts/build-pkg.sh)");
  }
  const base = pointer.value;
  let depth = 0;
  const guarded = {};
  const guard = (value, check) =>
    // Fixed arities: a rest parameter and a spread would cost every call an array.
    value.length <= 4
      ? function (a, b, c, d) {
          if (depth === 0) {
            check();
            pointer.value = base;
          }
          depth++;
          try {
            return value(a, b, c, d);
          } finally {
            depth--;
          }
        }
      : function (...args) {
          if (depth === 0) {
            check();
            pointer.value = base;
          }
          depth++;
          try {
            return value(...args);
          } finally {
            depth--;
          }
        };
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== "function" ? value : guard(value, name.startsWith("__") ? needsLittle : needs);
  }
  return guarded;
}
