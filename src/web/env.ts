import type { Database } from '../db/connect.ts';
import type { Config } from '../config/config.ts';
import type { Locale } from '../shared/i18n.ts';
import type { Principal } from '../permissions/policy.ts';
import type { BlobStore } from '../documents/blobs.ts';
import type { RenderModel } from '../documents/render/model.ts';

/** What every request handler can reach. Wired once in src/app.ts. */
export interface Deps {
  config: Config;
  database: Database;
  version: string;
  commit: string | null;
  blobs: BlobStore;
  /** Renders PDFs off the thread that answers requests. */
  pdf: { render(model: RenderModel): Promise<Uint8Array> };
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    locale: Locale;
    /** Translate with the request's locale. */
    t: (key: string, params?: Record<string, string | number>) => string;
    /** Who is asking: the public, or a signed-in user with their roles. */
    principal: Principal;
    /** The token every form posts back (session's, or the signed-out double-submit cookie's). */
    csrfToken: string;
  };
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; breadcrumbs?: { href: string; label: string }[] }): Response | Promise<Response>;
  }
}
