// A small S3-compatible server for tests: path-style PUT/GET/DELETE of objects in memory. Every
// request's Signature V4 is checked by signing it again from the raw request.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { signV4 } from '../../src/documents/s3.ts';

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, { body: Buffer; type: string }>;
  rejected: number;
  close(): Promise<void>;
}

export async function startFakeS3(): Promise<FakeS3> {
  const state: FakeS3 = { endpoint: '', bucket: 'lighed-test', accessKeyId: 'AKIATEST', secretAccessKey: 'secret/key+test', objects: new Map(), rejected: 0, close: async () => {} };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url!, state.endpoint);
    const auth = req.headers.authorization ?? '';
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
    const headers = Object.fromEntries(signed.map((h) => [h, String(req.headers[h] ?? '')]));
    const payloadHash = createHash('sha256').update(body).digest('hex');
    const expected = signV4({ method: req.method!, url, headers, payloadHash, region: 'us-east-1', accessKeyId: state.accessKeyId, secretAccessKey: state.secretAccessKey, amzDate: String(req.headers['x-amz-date']) });
    if (auth !== expected || req.headers['x-amz-content-sha256'] !== payloadHash || !signed.includes('host')) {
      state.rejected++;
      res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = rest.join('/');
    if (bucket !== state.bucket) return void res.writeHead(404).end('<Error><Code>NoSuchBucket</Code></Error>');
    if (req.method === 'PUT') {
      state.objects.set(key, { body, type: String(req.headers['content-type'] ?? 'application/octet-stream') });
      return void res.writeHead(200).end();
    }
    const obj = state.objects.get(key);
    if (req.method === 'GET') return void (obj ? res.writeHead(200, { 'content-type': obj.type }).end(obj.body) : res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>'));
    if (req.method === 'DELETE') {
      state.objects.delete(key);
      return void res.writeHead(204).end();
    }
    res.writeHead(405).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  state.close = () => new Promise((r) => server.close(() => r()));
  return state;
}
