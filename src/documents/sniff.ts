// What an uploaded file really is, from its first bytes — never from its name or the browser's word.
export type SniffedType = 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' | 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export const acceptedTypes: Record<SniffedType, string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
};

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'image/gif';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // DOCX is a zip whose entries include word/document.xml; the names are stored uncompressed.
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64 * 1024))).toString('latin1');
    if (head.includes('word/') || tail.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

/**
 * The locale key of what is wrong with an upload, or null when it is fine:
 * an unknown type, or a name whose extension says something else than the content.
 */
export function uploadProblem(fileName: string, sniffed: SniffedType | null): string | null {
  if (!sniffed) return 'rule.attachment.unknown_type';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!ext || !acceptedTypes[sniffed].includes(ext)) return 'rule.attachment.type_mismatch';
  return null;
}
