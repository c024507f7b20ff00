// The package's entry for Node's `import`: index.cjs (one instance of the module, whether a
// program imports or requires the package), with every name as an ES export and `init` as the
// default export, as in the browser.
import entry from "./index.cjs";

export default entry.init;
