// A signed-in (or signed-out) visitor for HTTP tests: keeps cookies, reads the CSRF token from
// the last form it saw, posts forms the way a browser without JavaScript does.
export interface Page {
  status: number;
  location: string | null;
  html: string;
}

type Field = string | Blob | { blob: Blob; name: string };

export class Client {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }

  cookie(name: string) {
    return this.cookies.get(name);
  }

  private headers(extra: Record<string, string> = {}) {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...extra };
  }

  async get(path: string): Promise<Page> {
    const res = await fetch(this.base + path, { headers: this.headers(), redirect: 'manual' });
    this.remember(res);
    const html = await res.text();
    const token = /name="_csrf" value="([^"]*)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, location: res.headers.get('location'), html };
  }

  async raw(path: string): Promise<Response> {
    const res = await fetch(this.base + path, { headers: this.headers(), redirect: 'manual' });
    this.remember(res);
    return res;
  }

  /** Posts a form (url-encoded, or multipart when a field is a Blob); an array repeats the field. Adds the CSRF token unless told not to. */
  async post(path: string, fields: Record<string, Field | Field[]>, options: { csrf?: string | null } = {}): Promise<Page> {
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    const multipart = Object.values(fields).flat().some((v) => typeof v !== 'string');
    let body: BodyInit;
    const headers: Record<string, string> = {};
    if (multipart) {
      const form = new FormData();
      if (token !== null) form.set('_csrf', token);
      for (const [k, vs] of Object.entries(fields)) {
        for (const v of [vs].flat()) {
          if (typeof v === 'string') form.append(k, v);
          else if (v instanceof Blob) form.append(k, v);
          else form.append(k, v.blob, v.name);
        }
      }
      body = form;
    } else {
      const form = new URLSearchParams();
      if (token !== null) form.set('_csrf', token);
      for (const [k, vs] of Object.entries(fields)) for (const v of [vs].flat()) form.append(k, v as string);
      body = form;
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + path, { method: 'POST', body, headers: this.headers(headers), redirect: 'manual' });
    this.remember(res);
    const html = await res.text();
    const t = /name="_csrf" value="([^"]*)"/.exec(html)?.[1];
    if (t) this.csrf = t;
    return { status: res.status, location: res.headers.get('location'), html };
  }
}

export const DEMO_PASSWORD = 'demo-password-for-tests';

export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const client = new Client(base);
  await client.get('/log-ind');
  const res = await client.post('/log-ind', { email, password });
  if (res.status !== 303) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  await client.get('/mit');
  return client;
}
