/** The chosen language, its dictionary and date formatting (Europe/Copenhagen, as the forums meet). */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { type Lang, LOCALES, type MessageKey, translate } from './i18n.ts';

const ZONE = 'Europe/Copenhagen';
const STORAGE_KEY = 'fora.lang';

export interface LocaleValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey) => string;
  /** An enumeration value's label, e.g. tx('role', 'chair'). */
  tx: (group: string, value: string) => string;
  date: (iso: string) => string;
  time: (iso: string) => string;
  shortDate: (iso: string) => string;
}

const LocaleContext = createContext<LocaleValue | null>(null);

function initialLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** A local date (YYYY-MM-DD) is read at noon in Copenhagen, so no zone shift changes its day. */
const instant = (iso: string): Date => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);

export function LocaleProvider({ children }: { children: React.ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<LocaleValue>(() => {
    const locale = LOCALES[lang];
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: ZONE });
    const shortFmt = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: ZONE,
    });
    const timeFmt = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
    return {
      lang,
      setLang: (l) => {
        setLangState(l);
        try {
          window.localStorage.setItem(STORAGE_KEY, l);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
      },
      t: (key) => translate(lang, key),
      tx: (group, v) => translate(lang, `${group}.${v}`).replace(`${group}.`, ''),
      date: (iso) => dateFmt.format(instant(iso)),
      shortDate: (iso) => shortFmt.format(instant(iso)),
      time: (iso) => timeFmt.format(instant(iso)),
    };
  }, [lang]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

/** Today as a local date in Copenhagen, and a date n days away. */
export function localToday(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}
