// Dates and times as the reader's language writes them: "Onsdag d. 27. august 2025 kl. 09:00" in
// Danish, "Wednesday 27 August 2025 at 09:00" in English. Numeric dates ("27-08-2025") stay as the
// documents print them in both.
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from './env.ts';
import type { Locale } from '../shared/i18n.ts';
import { longDanishDate, shortDanishDate } from '../documents/parse/dates.ts';
import { instantToCopenhagen } from '../shared/time.ts';

// One formatter a part: ICU versions differ in the commas they put between them (Node 20: "Wednesday, 27 August 2025").
const english = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Onsdag d. 27. august 2025" / "Wednesday 27 August 2025" from "2025-08-27". */
export function longDate(isoDate: string, locale: Locale): string {
  if (locale === 'da') return longDanishDate(isoDate);
  const parts = english.formatToParts(new Date(`${isoDate}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export interface DateWords {
  /** "Onsdag d. 27. august 2025" / "Wednesday 27 August 2025". */
  long(isoDate: string): string;
  /** The long date with a time: "… kl. 09:00" / "… at 09:00". */
  longAt(isoDate: string, time: string): string;
  /** An instant in Danish time, long: "Onsdag d. 27. august 2025 kl. 09:00". */
  when(instant: Date): string;
  /** An instant in Danish time, short: "27-08-2025 kl. 09:00". */
  whenShort(instant: Date): string;
}

export function dateWords(locale: Locale, t: AppEnv['Variables']['t']): DateWords {
  const at = (date: string, time: string) => t('date.at_time', { date, time });
  const long = (isoDate: string) => longDate(isoDate, locale);
  return {
    long,
    longAt: (isoDate, time) => at(long(isoDate), time),
    when: (instant) => { const { date, time } = instantToCopenhagen(instant); return at(long(date), time); },
    whenShort: (instant) => { const { date, time } = instantToCopenhagen(instant); return at(shortDanishDate(date), time); },
  };
}

/** The request's date words, inside a view while it renders. */
export function useDates(): DateWords {
  const c = useRequestContext<AppEnv>();
  return dateWords(c.get('locale'), c.get('t'));
}
