// A decision as a line under its title: what was decided, not a sentence cut off mid-word.

/**
 * The decision's opening: its first paragraph, continued where that ends in "," or ":" (a lead
 * such as "Udvalget godkendte," whose substance is in the at-clauses after it), cut at a word
 * boundary with "…" when it is longer than `max` characters.
 */
export function decisionTeaser(body: string, max = 200): string {
  const paragraphs = body.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let text = paragraphs[0] ?? '';
  for (let i = 1; i < paragraphs.length && /[,:]$/.test(text) && text.length < max; i++) text = `${text} ${paragraphs[i]}`;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')} …`;
}
