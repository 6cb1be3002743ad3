#!/usr/bin/env node
// Launcher: Lighed is TypeScript. `lighed serve` runs a bundle of src/ built on start when
// src/ has changed (bin/server-bundle.js); the other commands, the tests and LIGHED_TSX=1 run
// src/ through tsx. Neither needs a build step.
const bundle = process.argv[2] === 'serve' && process.env.LIGHED_TSX !== '1'
  ? await (await import('./server-bundle.js')).serverBundle()
  : null;
if (bundle) {
  // Error stacks point into src/, not into the bundle.
  process.setSourceMapsEnabled(true);
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
