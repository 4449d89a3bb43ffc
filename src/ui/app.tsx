/** The app shell: resumes the session, shows sign-in or the signed-in layout, routes to the views. */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, api, setCsrfToken, setSessionLostHandler } from './api.ts';
import { Loading, NotFound } from './components.tsx';
import { myWork } from './data.ts';
import { useLocale } from './locale.tsx';
import { clearOfflineCopies } from './offline/register.ts';
import { Link, match, paths, useRouter } from './router.tsx';
import type { Session, SessionPerson } from './types.ts';
import { Approvals } from './views/approvals.tsx';
import { CaseTimeline } from './views/case-timeline.tsx';
import { CharterEditor } from './views/charter-editor.tsx';
import { Dashboard } from './views/dashboard.tsx';
import { FollowUps } from './views/follow-ups.tsx';
import { Forum } from './views/forum.tsx';
import { Home } from './views/home.tsx';
import { ItemPage } from './views/item.tsx';
import { ItemEditor } from './views/item-editor.tsx';
import { LeadersDay } from './views/leaders-day.tsx';
import { LeadersDays } from './views/leaders-days.tsx';
import { Meeting } from './views/meeting.tsx';
import { MeetingBuilder } from './views/meeting-builder.tsx';
import { MinuteTaking } from './views/minute-taking.tsx';
import { Search } from './views/search.tsx';
import { SignIn } from './views/sign-in.tsx';
import { ThemePlan } from './views/theme-plan.tsx';
import { Themes } from './views/themes.tsx';
import { Wheel } from './views/wheel.tsx';
import { WorkProgramme } from './views/work-programme.tsx';
import { WorkingGroup } from './views/working-group.tsx';
import { WorkingGroups } from './views/working-groups.tsx';
import { Year } from './views/year.tsx';
import './styles/search.css';

type SessionState =
  | { state: 'checking' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; session: Session };

/**
 * The approval inbox in the header, for a person with items waiting for their approval. Recounted on
 * each page; the last count stays while the new one loads, so the link does not flicker.
 */
function ApprovalsLink({ person }: { person: SessionPerson }) {
  const { t } = useLocale();
  const { path } = useRouter();
  const [count, setCount] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the trigger: recount on each page.
  useEffect(() => {
    let live = true;
    myWork(person).then(
      (work) => live && setCount(work.approvals.length),
      // The header is a convenience: the pages themselves report errors (and a lost session).
      () => {},
    );
    return () => {
      live = false;
    };
  }, [person, path]);
  if (count === 0) return null;
  return (
    <Link
      href={paths.approvals()}
      className="button button-secondary app-approvals"
      aria-current={path === paths.approvals() ? 'page' : undefined}
    >
      {t('approvals')} <span className="app-count">{count}</span>
    </Link>
  );
}

/** The search box of the header: opens the results page (/soeg?q=…). */
function SearchBox() {
  const { t } = useLocale();
  const { path, search, navigate } = useRouter();
  const id = useId();
  const current = path === '/soeg' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    if (q) navigate(paths.search({ q }));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" works in every browser the municipalities use; <search> is newer.
    <form role="search" aria-label={t('search.label')} className="app-search" onSubmit={submit} key={current}>
      <label className="sr-only" htmlFor={`${id}-q`}>
        {t('search.label')}
      </label>
      <input className="form-input" type="search" id={`${id}-q`} name="q" defaultValue={current} />
      <button type="submit" className="button button-secondary">
        {t('search.button')}
      </button>
    </form>
  );
}

function Header({ session, onSignOut }: { session: Session | null; onSignOut: () => void }) {
  const { t, lang, setLang } = useLocale();
  return (
    <header className="header app-header">
      <div className="portal-info">
        <div className="portal-info-inner container app-header-inner">
          <Link href={paths.home()} className="app-logo">
            {t('appName')}
            <span className="sr-only"> – {t('home')}</span>
          </Link>
          <div className="app-header-tools">
            {session && <SearchBox />}
            {session && (
              <Link href={paths.year()} className="button button-tertiary">
                {t('plan.year')}
              </Link>
            )}
            {session && <ApprovalsLink person={session.person} />}
            {session && (
              <p className="app-user">
                <span className="sr-only">{t('signedInAs')} </span>
                <strong>{session.person.name}</strong>
                <span className="app-user-org">{session.person.orgName}</span>
              </p>
            )}
            <button
              type="button"
              className="button button-tertiary"
              lang={lang === 'da' ? 'en' : 'da'}
              aria-label={t('languageSwitchLabel')}
              onClick={() => setLang(lang === 'da' ? 'en' : 'da')}
            >
              {t('languageSwitch')}
            </button>
            {session && (
              <button type="button" className="button button-secondary" onClick={onSignOut}>
                {t('signOut')}
              </button>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useLocale();
  const { path, navigate } = useRouter();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });

  useEffect(() => {
    // An expired session (idle 30 minutes, or 12 hours) brings back the sign-in form on the same page.
    setSessionLostHandler(() => {
      clearOfflineCopies();
      setCsrfToken(null);
      setSession({ state: 'signed-out' });
    });
    api.get<Session>('/api/session').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setSession({ state: 'signed-in', session: s });
      },
      (err: unknown) => {
        if (!(err instanceof ApiError) || err.status !== 401) console.error(err);
        setSession({ state: 'signed-out' });
      },
    );
  }, []);

  const signedIn = (s: Session) => {
    setCsrfToken(s.csrfToken);
    setSession({ state: 'signed-in', session: s });
  };
  const signOut = async () => {
    try {
      await api.delete('/api/session');
    } catch (err) {
      // An expired session is signed out already.
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
    }
    clearOfflineCopies();
    setCsrfToken(null);
    setSession({ state: 'signed-out' });
    navigate(paths.home());
  };

  const current = session.state === 'signed-in' ? session.session : null;
  const route = match(path);
  let view: React.ReactNode;
  if (session.state === 'checking') view = <Loading />;
  else if (!current) view = <SignIn onSignedIn={signedIn} />;
  else if (route.view === 'home') view = <Home person={current.person} />;
  else if (route.view === 'forum')
    view = <Forum key={route.forum} person={current.person} shortName={route.forum} />;
  else if (route.view === 'meeting')
    view = (
      <Meeting
        key={`${route.forum}/${route.meeting}`}
        person={current.person}
        forum={route.forum}
        meeting={route.meeting}
      />
    );
  else if (route.view === 'item')
    view = <ItemPage key={route.item} person={current.person} itemId={route.item} />;
  else if (route.view === 'approvals') view = <Approvals person={current.person} />;
  else if (route.view === 'item-new')
    view = (
      <ItemEditor key={`new:${route.forum}`} person={current.person} forum={route.forum} itemId={null} />
    );
  else if (route.view === 'item-edit')
    view = <ItemEditor key={`edit:${route.item}`} person={current.person} forum={null} itemId={route.item} />;
  else if (route.view === 'builder')
    view = (
      <MeetingBuilder
        key={`${route.forum}/${route.meeting}`}
        person={current.person}
        forum={route.forum}
        meeting={route.meeting}
      />
    );
  else if (route.view === 'minute-taking')
    view = (
      <MinuteTaking
        key={`${route.forum}/${route.meeting}`}
        person={current.person}
        forum={route.forum}
        meeting={route.meeting}
      />
    );
  else if (route.view === 'follow-ups')
    view = <FollowUps key={route.forum ?? ''} person={current.person} forum={route.forum} />;
  else if (route.view === 'case')
    view = <CaseTimeline key={route.caseId} person={current.person} caseId={route.caseId} />;
  else if (route.view === 'charter-editor')
    view = <CharterEditor key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'search') view = <Search person={current.person} />;
  else if (route.view === 'year') view = <Year person={current.person} />;
  else if (route.view === 'wheel')
    view = <Wheel key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'theme-plan')
    view = <ThemePlan key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'themes')
    view = <Themes key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'leaders-days')
    view = <LeadersDays key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'leaders-day')
    view = (
      <LeadersDay
        key={`${route.forum}/${route.day}`}
        person={current.person}
        forum={route.forum}
        day={route.day}
      />
    );
  else if (route.view === 'working-groups')
    view = <WorkingGroups key={route.forum} person={current.person} forum={route.forum} />;
  else if (route.view === 'working-group')
    view = (
      <WorkingGroup
        key={`${route.forum}/${route.group}`}
        person={current.person}
        forum={route.forum}
        group={route.group}
      />
    );
  else if (route.view === 'work-programme')
    view = (
      <WorkProgramme
        key={`${route.forum}/${route.year}`}
        person={current.person}
        forum={route.forum}
        year={route.year}
      />
    );
  else if (route.view === 'dashboard')
    view = <Dashboard key={route.forum} person={current.person} forum={route.forum} />;
  else view = <NotFound />;

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skipToContent')}
      </a>
      <Header session={current} onSignOut={() => void signOut()} />
      <main id="main-content" className="container app-main" tabIndex={-1}>
        {view}
      </main>
      <footer className="app-footer">
        <div className="container">
          <p>{t('tagline')}</p>
        </div>
      </footer>
    </>
  );
}
