// Finding the member a document means by the name it writes: minutes shorten and abbreviate
// ("Anne V. Kristensen", "Anne Kristensen" for Anne Vibeke Kristensen).

const tokens = (name: string) => name.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);

/** Whether the written middle names fit the member's: each written one is one of theirs, in order, or its initial. */
function middlesFit(written: string[], full: string[]): boolean {
  let j = 0;
  for (const w of written) {
    while (j < full.length && !(full[j] === w || (w.length === 1 && full[j]!.startsWith(w)))) j++;
    if (j === full.length) return false;
    j++;
  }
  return true;
}

/**
 * The one member the written name can mean: the same name, or the same first and last name with
 * the middle names left out or abbreviated. Null when none or more than one fit.
 */
export function matchMember<M extends { name: string }>(written: string, members: readonly M[]): M | null {
  const w = tokens(written);
  const exact = members.filter((m) => tokens(m.name).join(' ') === w.join(' '));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1 || w.length < 2) return null;
  const fits = members.filter((m) => {
    const t = tokens(m.name);
    return t.length >= 2 && t[0] === w[0] && t[t.length - 1] === w[w.length - 1] && middlesFit(w.slice(1, -1), t.slice(1, -1));
  });
  return fits.length === 1 ? fits[0]! : null;
}
