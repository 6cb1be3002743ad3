import type { Database } from '../db/connect.ts';
import type { Config } from '../config/config.ts';
import type { Locale } from '../shared/i18n.ts';

/** What every request handler can reach. Wired once in src/app.ts. */
export interface Deps {
  config: Config;
  database: Database;
  version: string;
  commit: string | null;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    locale: Locale;
    /** Translate with the request's locale. */
    t: (key: string, params?: Record<string, string | number>) => string;
  };
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; breadcrumbs?: { href: string; label: string }[] }): Response | Promise<Response>;
  }
}
