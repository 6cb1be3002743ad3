// Every command and entity the audit log can hold reads in Danish and English on /admin/log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../shared/paths.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

test('every audited command and entity has a label in both languages', () => {
  const text = sources(projectPath('src')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const commands = new Set([...text.matchAll(/command: '([a-zA-Z]+)'/g)].map((m) => m[1]!));
  const entities = new Set([...text.matchAll(/entity: '([a-z_]+)'/g)].map((m) => m[1]!));
  assert.ok(commands.size > 30 && entities.size > 5, 'the audit calls were found');
  const locales = Object.fromEntries((['da', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(projectPath('src', 'locales', `${l}.json`), 'utf8')) as Record<string, string>]));
  const missing = [...[...commands].map((c) => `audit.command.${c}`), ...[...entities].map((e) => `audit.entity.${e}`)]
    .flatMap((key) => Object.entries(locales).filter(([, table]) => !table[key]).map(([l]) => `${l}: ${key}`));
  assert.deepEqual(missing, []);
});
