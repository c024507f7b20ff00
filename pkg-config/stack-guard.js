// Appended by pkg-config/assemble.mjs to the glue of both builds, which hands the module's
// exports to `guardStack` and wraps every public function and method with `guardCall` (the
// calls assemble.mjs appends); assemble.mjs writes the /*ROOM*/ parts.
//
// A call must never run out of JavaScript stack inside the module. A RangeError thrown there
// unwinds through the module's frames in the middle of whatever they were doing: the
// wasm-bindgen runtime's externref slab borrowed or half grown (every later call then traps
// with `unreachable` in `__externref_table_alloc`), the allocator halfway through a change, an
// object's borrow flag set, a session half changed. Putting the stack pointer back is not
// enough; no state can be put back. So every outermost public call (a function the glue
// exports, a method, a constructor) first makes sure the stack holds what its deepest path
// needs: the glue's few frames, the module's exports it calls one after the other (the
// runtime's helpers, then the call itself, with the glue's shims the module calls back), about
// 3.5 KB measured; `needs` asks for 8 KB: a call with 1,000 arguments to a function too large
// for any engine to inline. When that throws, the module is not entered at all: the call
// throws a RangeError and the module is as it was. One check a public call, not one for each
// of the three to five exports it calls: the exports are the module's own, unwrapped. A call
// made from inside one (a getter of the form calling the module again) is covered by the outer
// call's check.
//
// The shadow-stack pointer is still put back at each outermost call: an overflow in a page's
// getter, caught by the module's own JSON reader, leaves the module's frames as they were.
// `var`: the Node glue starts the module (through `guardStack`) before the end of its text runs.
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
var guardPointer = null;
var guardBase = 0;
var guardDepth = 0;
function guardStack(exports) {
  const pointer = exports.__stack_pointer;
  if (!(pointer instanceof WebAssembly.Global)) {
    throw new Error("maatwerk: the module does not export its stack pointer (see scripts/build-pkg.sh)");
  }
  // The glue starts the module right after: the same room first.
  needs();
  guardPointer = pointer;
  guardBase = pointer.value;
  return exports;
}
function guardEnter() {
  if (guardDepth === 0) {
    needs();
    if (guardPointer !== null) guardPointer.value = guardBase;
  }
  guardDepth++;
}
// A public function or method, checked. Fixed arities (every public call takes at most four
// arguments): a rest parameter and a spread would cost every call an array.
function guardCall(f) {
  return function (a, b, c, d) {
    guardEnter();
    try {
      return f.call(this, a, b, c, d);
    } finally {
      guardDepth--;
    }
  };
}
// A class's methods checked in place (`free` and `Symbol.dispose` one function, as the glue
// makes them), and its constructor through a proxy: `instanceof`, statics and subclasses see
// the class itself.
function guardClass(C) {
  const proto = C.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const method = proto[name];
    if (name === "constructor" || name.startsWith("__") || typeof method !== "function") continue;
    const guarded = guardCall(method);
    proto[name] = guarded;
    if (Symbol.dispose && proto[Symbol.dispose] === method) proto[Symbol.dispose] = guarded;
  }
  return new Proxy(C, {
    construct(target, args, newTarget) {
      guardEnter();
      try {
        return Reflect.construct(target, args, newTarget);
      } finally {
        guardDepth--;
      }
    },
  });
}
