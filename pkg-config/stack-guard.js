// Appended by pkg-config/assemble.mjs to the glue of both builds, which calls the module
// through `guardStack(instance.exports)`.
//
// When the page's own recursion leaves little JavaScript stack, a call can overflow inside the
// module: the RangeError unwinds through the module's frames and skips their epilogues, so the
// module's shadow-stack pointer stays where the deepest frame put it. A few thousand of those
// and every later call traps. So every outermost call into the module starts with the pointer
// where it is when no call runs; a call made from inside one (a getter of the form calling the
// module again) leaves it alone, since the outer frames are live.
function guardStack(exports) {
  const pointer = exports.__stack_pointer;
  if (!(pointer instanceof WebAssembly.Global)) {
    throw new Error("maatwerk: the module does not export its stack pointer (see scripts/build-pkg.sh)");
  }
  const base = pointer.value;
  let depth = 0;
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] =
      typeof value !== "function"
        ? value
        : function (...args) {
            if (depth === 0) pointer.value = base;
            depth++;
            try {
              return value(...args);
            } finally {
              depth--;
            }
          };
  }
  return guarded;
}
