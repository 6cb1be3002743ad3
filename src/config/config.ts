// Configuration is read and validated once at start-up; everything else receives the result.
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'skal begynde med postgres:// eller postgresql://')
    .optional(),
  LIGHED_DATA_DIR: z.string().min(1).default('./data'),
  LIGHED_PUBLIC_URL: z.string().url().optional(),
  LIGHED_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LIGHED_LOG: z.enum(['silent', 'info', 'debug']).default('info'),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };
  dataDir: string;
  publicUrl: string;
  /** auto: load demo data on a first start of an empty database. */
  demo: 'auto' | 'on' | 'off';
  log: 'silent' | 'info' | 'debug';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurationen er ugyldig:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Treat empty strings as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    if (cleaned.NODE_ENV === 'production' && !cleaned.LIGHED_PUBLIC_URL) problems.push('LIGHED_PUBLIC_URL: skal angives i produktion');
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  // In production, links in feeds, calendars and the open-data API must carry the real address.
  if (e.NODE_ENV === 'production' && !e.LIGHED_PUBLIC_URL) {
    throw new ConfigError(['LIGHED_PUBLIC_URL: skal angives i produktion (den offentlige adresse, fx https://lighed.rm.dk)']);
  }
  const dataDir = resolve(e.LIGHED_DATA_DIR);
  const host = e.HOST;
  return {
    port: e.PORT,
    host,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'embedded', dataDir },
    publicUrl: (e.LIGHED_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demo: e.LIGHED_DEMO,
    log: e.LIGHED_LOG,
  };
}
