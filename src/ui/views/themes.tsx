/**
 * Lederforum's themes (/fora/:forum/temaer): the coming meetings with the themes selected for each
 * (at most two), the proposed themes with proposer and status (themes-list.tsx, where the chair
 * selects a theme for a meeting or takes it off again), and the members' proposal form
 * (themes-form.tsx). A selected theme is a theme item on the meeting's agenda, linked from here.
 */
import { useEffect, useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import { StatusMessage } from '../status-message.tsx';
import { fill } from '../theme-plan-data.ts';
import {
  loadThemes,
  MAX_THEMES_PER_MEETING,
  proposesThemes,
  selectsThemes,
  type ThemeMeeting,
  type ThemesData,
  themeMeetings,
} from '../themes-data.ts';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { ThemesForm } from './themes-form.tsx';
import { ThemesList } from './themes-list.tsx';
import '../styles/theme-plan.css';

function Meetings({ meetings }: { meetings: ThemeMeeting[] }) {
  const { t, shortDate, time } = useLocale();
  return (
    <section aria-labelledby="th-meetings">
      <h2 id="th-meetings">{t('themes.meetings')}</h2>
      {meetings.length === 0 ? (
        <p>{t('themes.noMeetings')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact th-table">
            <caption className="sr-only">{t('themes.meetingsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('themes.meeting')}</th>
                <th scope="col">{t('themes.selectedThemes')}</th>
                <th scope="col">{t('themes.places')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.key}>
                  <th scope="row" className="tp-when">
                    {shortDate(m.entry.start)}
                    <span className="tp-time"> {time(m.entry.start)}</span>
                  </th>
                  <td>
                    {m.selected.length === 0 ? (
                      t('themes.noneSelected')
                    ) : (
                      <ul className="nobullet-list th-selected">
                        {m.selected.map((theme) => (
                          <li key={theme.id}>
                            {theme.itemId ? (
                              <Link href={paths.item(theme.itemId)}>{theme.title}</Link>
                            ) : (
                              theme.title
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="nowrap">
                    {fill(t('themes.countOf'), {
                      n: String(m.selected.length),
                      max: String(MAX_THEMES_PER_MEETING),
                    })}
                    {m.selected.length >= MAX_THEMES_PER_MEETING && (
                      <>
                        {' '}
                        <span className="badge th-full">{t('themes.full')}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Page({
  person,
  data,
  onChanged,
}: {
  person: SessionPerson;
  data: ThemesData;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const meetings = themeMeetings(data.calendar, data.themes, new Date());
  const said = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
    onChanged();
  };
  return (
    <>
      <p>{t('themes.intro')}</p>
      <StatusMessage className="flash" focusable ref={statusRef}>
        {message}
      </StatusMessage>
      <Meetings meetings={meetings} />
      <ThemesList
        org={person.orgSlug}
        data={data}
        meetings={meetings}
        chair={selectsThemes(data.forum, person)}
        onChanged={said}
      />
      {proposesThemes(data.forum, person) && (
        <ThemesForm org={person.orgSlug} forum={data.forum.shortName} onProposed={said} />
      )}
    </>
  );
}

export function Themes({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`themes:${forum}:${reload}`, () => loadThemes(person.orgSlug, forum));
  const [last, setLast] = useState<ThemesData | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLast(loaded.data);
  }, [loaded]);
  // After a change the list reloads behind the page: the old list stays until the new one is there.
  const shown = loaded.state === 'loading' && last ? { state: 'done' as const, data: last } : loaded;
  const forumName = shown.state === 'done' ? shown.data.forum.name : forum;
  const title = `${t('themes.title')}: ${forumName}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: forumName }}>{t('themes.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <Show loaded={shown}>
        {(data) => <Page person={person} data={data} onChanged={() => setReload((n) => n + 1)} />}
      </Show>
    </>
  );
}
