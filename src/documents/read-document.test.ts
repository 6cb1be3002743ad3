// What a text file's bytes say, however it was saved: the encodings Danish exports use, and the damage old systems do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './read-document.ts';

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Windows-1252 bytes for a text. */
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => (WINDOWS_1252_HIGH.includes(ch) ? 0x80 + WINDOWS_1252_HIGH.indexOf(ch) : ch.charCodeAt(0))));
/** UTF-8 read as Windows-1252 and saved as UTF-8 again: "å" becomes "Ã¥". */
const encodedTwice = (text: string) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join(''), 'utf8');

const danish = 'Mødet på Rådhuset – “Æbler” og Øl… 10 € • Åben';

test('Windows-1252 text keeps its dashes, curly quotes, "…", "•" and "€"', () => {
  assert.deepEqual(decodeText(cp1252(danish)), { text: danish, encoding: 'windows-1252' });
});

test('UTF-8 text with a paragraph in Windows-1252 keeps both', () => {
  const bytes = Buffer.concat([Buffer.from('Udsatterådet mødes på Rådhuset i Søborg.\n', 'utf8'), cp1252('Bjørn Lund orienterede – kort.\n')]);
  assert.deepEqual(decodeText(new Uint8Array(bytes)), { text: 'Udsatterådet mødes på Rådhuset i Søborg.\nBjørn Lund orienterede – kort.\n', encoding: 'utf-8' });
  // (Letters outside the first 65,536 — "😀" — and a composed "å" written as "a" + ring, in such a text.)
  const wide = Buffer.concat([Buffer.from('Tak 😀 fra Rådhuset, Søborg og Ærø. Det var a\u030Aret. ', 'utf8'), cp1252('Bjørn.')]);
  assert.equal(decodeText(new Uint8Array(wide)).text, 'Tak 😀 fra Rådhuset, Søborg og Ærø. Det var året. Bjørn.');
});

test('text encoded twice on its way ("RÃ¥dhuset") is made right; an "Ã" that is meant stays', () => {
  const twice = encodedTwice(danish);
  assert.match(twice.toString('utf8'), /RÃ¥dhuset/);
  assert.equal(decodeText(new Uint8Array(twice)).text, danish);
  assert.equal(decodeText(new Uint8Array(Buffer.from('São Tomé og Ã-formen', 'utf8'))).text, 'São Tomé og Ã-formen');
});
