// Interface text comes from the locale files: Danish first, English second.
import da from '../locales/da.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

export type Locale = 'da' | 'en';
const tables: Record<Locale, Record<string, string>> = { da, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

/** Translate a key; unknown keys fall back to Danish, then to the key itself so a gap is visible. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = tables[locale][key] ?? tables.da[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    // Params may themselves be keys (e.g. a field's label): translate those.
    return typeof value === 'string' && value.includes('.') && tables[locale][value] ? tables[locale][value]! : String(value);
  });
}

export const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
/** Danish sort order (æ, ø, å last) independent of the database's collation. */
export function sortDanish<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
