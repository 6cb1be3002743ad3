// Characters that travel badly between systems. Windows-1252's at 0x80–0x9F (dashes, curly quotes, "…", "•", "€"); its other bytes are Latin-1's.
// Five bytes have no character: they stand for themselves (the C1 control at the same place).
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Latin-1's invisible C1 controls as the Windows-1252 characters they were written as: text that went through a
 * tool that read Windows-1252 as Latin-1 ("\u0096" for "–"). The five with no character are dropped.
 */
export function c1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!;
    return mapped === c ? '' : mapped;
  });
}

/** Digits as superscript ("12" → "¹²"): a footnote's mark, or a power ("m²"). */
export const superscript = (digits: string) => [...digits].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
