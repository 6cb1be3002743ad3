#!/usr/bin/env node
// Launcher: Lighed is TypeScript run through tsx, so `npx lighed` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
