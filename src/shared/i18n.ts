// Interface text comes from the locale files: Danish first, English second.
import da from '../locales/da.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

export type Locale = 'da' | 'en';
const tables: Record<Locale, Record<string, string>> = { da, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

const pluralRules: Record<Locale, Intl.PluralRules> = { da: new Intl.PluralRules('da'), en: new Intl.PluralRules('en') };

/** A number as a parameter carries it: a count, or a count already formatted for display ("1.234"). */
function countOf(value: string | number | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^[\d.,\s\u00A0]+$/.test(value)) return null;
  return Number(value.replace(/\D/g, ''));
}

/**
 * "{count, plural, one {# resultat} other {# resultater}}": the form the language uses for the
 * number ("=0 {…}" for an exact one), with # standing for the number as it was given.
 */
function plurals(locale: Locale, template: string, params: Record<string, string | number>): string {
  let out = '';
  let rest = template;
  for (let at = rest.search(/\{\w+, plural,/); at !== -1; at = rest.search(/\{\w+, plural,/)) {
    // The form's end: the brace that closes the one it opened with.
    let depth = 0;
    let end = at;
    for (; end < rest.length; end++) {
      if (rest[end] === '{') depth++;
      else if (rest[end] === '}' && --depth === 0) break;
    }
    const [, name, body] = /^\{(\w+), plural,([\s\S]*)\}$/.exec(rest.slice(at, end + 1))!;
    const forms = new Map<string, string>();
    for (let m, re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g; (m = re.exec(body!)); ) {
      let d = 1;
      let i = re.lastIndex;
      for (; i < body!.length && d > 0; i++) d += body![i] === '{' ? 1 : body![i] === '}' ? -1 : 0;
      forms.set(m[1]!, body!.slice(re.lastIndex, i - 1));
      re.lastIndex = i;
    }
    const value = params[name!];
    const n = countOf(value);
    const form = n === null ? forms.get('other') : (forms.get(`=${n}`) ?? forms.get(pluralRules[locale].select(n)) ?? forms.get('other'));
    out += rest.slice(0, at) + (form ?? '').replace(/#/g, String(value ?? ''));
    rest = rest.slice(end + 1);
  }
  return out + rest;
}

/** Translate a key; unknown keys fall back to Danish, then to the key itself so a gap is visible. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const table = tables[locale][key] !== undefined ? locale : 'da';
  const template = plurals(table, tables[table][key] ?? key, params);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    // Params may themselves be keys (e.g. a field's label): translate those.
    return typeof value === 'string' && value.includes('.') && tables[locale][value] ? tables[locale][value]! : String(value);
  });
}

export const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
/** Danish sort order (æ, ø, å last) independent of the database's collation. */
/** Every key the locale files hold (the Danish file holds them all). */
export const localeKeys = (): string[] => Object.keys(tables.da);

export function sortDanish<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
