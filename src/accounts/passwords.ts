// Local passwords: argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1).
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum; isolated modules cannot inline it, so its value is written out.
const ARGON2ID = 2 as Algorithm;

// Composed (NFC), as every form value is: "å" typed on one device and pasted on another is the same password.
// A password stored decomposed before this is still accepted (verifyPassword).
export const hashPassword = (password: string) => hash(password.normalize('NFC'), { algorithm: ARGON2ID });

/** A hash of a password nobody has: verifying against it costs the same as a real check. */
let dummy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Composed, and decomposed as well: a password set before forms were composed may have been stored so.
  const forms = [...new Set([password.normalize('NFC'), password.normalize('NFD'), password])];
  if (!stored) {
    // Unknown account: spend the same time (as many checks), so the answer does not reveal which e-mails exist.
    dummy ??= hashPassword('lighed-dummy-password');
    for (const form of forms) await verify(await dummy, form).catch(() => false);
    return false;
  }
  let ok = false;
  // Every form checked even after a match: the time does not tell which form it was.
  for (const form of forms) if (await verify(stored, form).catch(() => false)) ok = true;
  return ok;
}

/** Readable one-off passwords for demo accounts and first administrators: five groups of four. */
export function generatePassword(bytes: Uint8Array): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return chars.slice(0, 20).match(/.{4}/g)!.join('-');
}
