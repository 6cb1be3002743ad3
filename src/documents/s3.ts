// Attachments in an S3-compatible bucket (AWS, MinIO, Ceph …), path-style, signed with AWS Signature V4.
// Written against the protocol directly: one small request type does not need an SDK.
import { createHash, createHmac } from 'node:crypto';
import type { BlobStore } from './blobs.ts';

const sha256hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const encodePath = (path: string) => path.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

export interface SignInput {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** YYYYMMDDTHHMMSSZ */
  amzDate: string;
}

/** The Authorization header for a request (headers must already hold host, x-amz-date, x-amz-content-sha256). */
export function signV4(input: SignInput): string {
  const names = Object.keys(input.headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]));
  const query = [...input.url.searchParams.entries()].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join('&');
  const canonical = [input.method, encodePath(input.url.pathname), query, names.map((n) => `${n}:${lower[n]}\n`).join(''), names.join(';'), input.payloadHash].join('\n');
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
}

export function s3BlobStore(options: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string }): BlobStore {
  async function request(method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Uint8Array, contentType?: string) {
    const url = new URL(`${options.endpoint}/${options.bucket}/${key}`);
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const payloadHash = sha256hex(body ?? new Uint8Array());
    const headers: Record<string, string> = { host: url.host, 'x-amz-date': amzDate, 'x-amz-content-sha256': payloadHash };
    if (contentType) headers['content-type'] = contentType;
    const authorization = signV4({ method, url, headers, payloadHash, amzDate, ...options });
    return fetch(url, { method, headers: { ...headers, authorization }, body: body as BodyInit | undefined });
  }
  const fail = async (what: string, res: Response) => new Error(`S3 ${what} failed: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      const res = await request('PUT', key, bytes, contentType);
      if (!res.ok) throw await fail('PUT', res);
    },
    async get(key) {
      const res = await request('GET', key);
      if (res.status === 404) return null;
      if (!res.ok) throw await fail('GET', res);
      return new Uint8Array(await res.arrayBuffer());
    },
    async delete(key) {
      const res = await request('DELETE', key);
      if (!res.ok && res.status !== 404) throw await fail('DELETE', res);
    },
  };
}
