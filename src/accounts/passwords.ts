// Local passwords: argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1).
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum; isolated modules cannot inline it, so its value is written out.
const ARGON2ID = 2 as Algorithm;

export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

/** A hash of a password nobody has: verifying against it costs the same as a real check. */
let dummy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Unknown account: spend the same time, so the answer does not reveal which e-mails exist.
    dummy ??= hashPassword('lighed-dummy-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Readable one-off passwords for demo accounts and first administrators: five groups of four. */
export function generatePassword(bytes: Uint8Array): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return chars.slice(0, 20).match(/.{4}/g)!.join('-');
}
