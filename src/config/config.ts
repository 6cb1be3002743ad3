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
  LIGHED_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(25),
  /** Several documents imported from the browser in one upload, together. */
  LIGHED_MAX_IMPORT_MB: z.coerce.number().positive().max(1024).default(100),
  /** Demo accounts get this password instead of random ones (tests, demonstrations). */
  LIGHED_DEMO_PASSWORD: z.string().min(12).optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Label on the single sign-on button, e.g. "Region Midtjylland (AD)". */
  OIDC_NAME: z.string().min(1).optional(),
  LIGHED_S3_ENDPOINT: z.string().url().optional(),
  LIGHED_S3_BUCKET: z.string().min(1).optional(),
  LIGHED_S3_REGION: z.string().min(1).optional(),
  LIGHED_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  LIGHED_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

const oidcKeys = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
const s3Keys = ['LIGHED_S3_ENDPOINT', 'LIGHED_S3_BUCKET', 'LIGHED_S3_ACCESS_KEY_ID', 'LIGHED_S3_SECRET_ACCESS_KEY'] as const;

/** Settings that only make sense together: some set and others missing is a mistake worth stopping for. */
function partial(env: Record<string, unknown>, keys: readonly string[], what: string): string[] {
  const set = keys.filter((k) => env[k] !== undefined);
  if (set.length === 0 || set.length === keys.length) return [];
  return keys.filter((k) => env[k] === undefined).map((k) => `${k}: mangler (${what} kræver ${keys.join(', ')})`);
}

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };
  dataDir: string;
  publicUrl: string;
  /** auto: load demo data on a first start of an empty database. */
  demo: 'auto' | 'on' | 'off';
  log: 'silent' | 'info' | 'debug';
  maxUploadBytes: number;
  /** The most one import upload (several documents) may hold; never less than one attachment may. */
  maxImportBytes: number;
  demoPassword: string | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
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
  const pairing = [...partial(e, oidcKeys, 'single sign-on'), ...partial(e, s3Keys, 'S3-lager')];
  if (pairing.length) throw new ConfigError(pairing);
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
    maxUploadBytes: Math.round(e.LIGHED_MAX_UPLOAD_MB * 1024 * 1024),
    maxImportBytes: Math.round(Math.max(e.LIGHED_MAX_IMPORT_MB, e.LIGHED_MAX_UPLOAD_MB) * 1024 * 1024),
    demoPassword: e.LIGHED_DEMO_PASSWORD ?? null,
    oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
      ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, name: e.OIDC_NAME ?? 'Single sign-on' }
      : null,
    s3: e.LIGHED_S3_ENDPOINT && e.LIGHED_S3_BUCKET && e.LIGHED_S3_ACCESS_KEY_ID && e.LIGHED_S3_SECRET_ACCESS_KEY
      ? { endpoint: e.LIGHED_S3_ENDPOINT.replace(/\/$/, ''), bucket: e.LIGHED_S3_BUCKET, region: e.LIGHED_S3_REGION ?? 'us-east-1', accessKeyId: e.LIGHED_S3_ACCESS_KEY_ID, secretAccessKey: e.LIGHED_S3_SECRET_ACCESS_KEY }
      : null,
  };
}
