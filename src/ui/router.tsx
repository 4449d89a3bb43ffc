/** A tiny client-side router on the history API: a path state, a Link and a route table match. */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  useContext,
  useEffect,
  useState,
} from 'react';

const RouterContext = createContext<{ path: string; search: string; navigate: (to: string) => void }>({
  path: '/',
  search: '',
  navigate: () => {},
});

const here = () => window.location.pathname + window.location.search;

export function RouterProvider({ children }: { children: React.ReactNode }) {
  // The path and its query (`/soeg?q=budget`): a new query on the same path is a new location too.
  const [location, setLocation] = useState(here);
  useEffect(() => {
    const onPop = () => setLocation(here());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    if (to !== here()) window.history.pushState(null, '', to);
    const url = new URL(to, window.location.origin);
    setLocation(url.pathname + url.search);
    window.scrollTo(0, 0);
  };
  const url = new URL(location, window.location.origin);
  return (
    <RouterContext.Provider value={{ path: url.pathname, search: url.search, navigate }}>
      {children}
    </RouterContext.Provider>
  );
}

export const useRouter = () => useContext(RouterContext);

/** An in-app link: a real <a href> (open in new tab works), navigating without a reload on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useRouter();
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={click} {...rest} />;
}

export type Route =
  | { view: 'home' }
  | { view: 'forum'; forum: string }
  | { view: 'meeting'; forum: string; meeting: string }
  | { view: 'item'; item: string }
  | { view: 'approvals' }
  | { view: 'item-new'; forum: string }
  | { view: 'item-edit'; item: string }
  | { view: 'builder'; forum: string; meeting: string }
  | { view: 'minute-taking'; forum: string; meeting: string }
  | { view: 'follow-ups'; forum: string | null }
  | { view: 'case'; caseId: string }
  | { view: 'charter-editor'; forum: string }
  | { view: 'search' }
  | { view: 'year' }
  | { view: 'wheel'; forum: string }
  | { view: 'theme-plan'; forum: string }
  | { view: 'themes'; forum: string }
  | { view: 'leaders-days'; forum: string }
  | { view: 'leaders-day'; forum: string; day: string }
  | { view: 'working-groups'; forum: string }
  | { view: 'working-group'; forum: string; group: string }
  | { view: 'work-programme'; forum: string; year: number | null }
  | { view: 'dashboard'; forum: string }
  | { view: 'not-found' };

/** The forum pages of planning the year: `/fora/:forum/<segment>`. */
const FORUM_PLANNING = {
  aarshjul: 'wheel',
  temaplan: 'theme-plan',
  temaer: 'themes',
  lederdage: 'leaders-days',
  arbejdsgrupper: 'working-groups',
  noegletal: 'dashboard',
} as const;

/** The app's paths (see `paths` below for each one). */
export function match(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, a, b, c, d] = parts;
  const n = parts.length;
  if (n === 0) return { view: 'home' };
  if (first === 'fora' && a) {
    if (n === 2) return { view: 'forum', forum: a };
    if (n === 3 && b === 'nyt-punkt') return { view: 'item-new', forum: a };
    if (n === 3 && b === 'opfoelgning') return { view: 'follow-ups', forum: a };
    if (n === 3 && b === 'kommissorium') return { view: 'charter-editor', forum: a };
    if (n === 3 && b && b in FORUM_PLANNING)
      return { view: FORUM_PLANNING[b as keyof typeof FORUM_PLANNING], forum: a };
    if (n === 4 && b === 'lederdage' && c) return { view: 'leaders-day', forum: a, day: c };
    if (n === 4 && b === 'arbejdsgrupper' && c) return { view: 'working-group', forum: a, group: c };
    if (b === 'arbejdsprogram' && (n === 3 || (n === 4 && /^\d{4}$/.test(c ?? ''))))
      return { view: 'work-programme', forum: a, year: c ? Number(c) : null };
    if (b === 'moeder' && c) {
      if (n === 4) return { view: 'meeting', forum: a, meeting: c };
      if (n === 5 && d === 'forbered') return { view: 'builder', forum: a, meeting: c };
      if (n === 5 && d === 'referat') return { view: 'minute-taking', forum: a, meeting: c };
    }
  }
  if (first === 'punkter' && a && n === 2) return { view: 'item', item: a };
  if (first === 'punkter' && a && n === 3 && b === 'rediger') return { view: 'item-edit', item: a };
  if (first === 'godkendelser' && n === 1) return { view: 'approvals' };
  if (first === 'opfoelgning' && n === 1) return { view: 'follow-ups', forum: null };
  if (first === 'sager' && a && n === 2) return { view: 'case', caseId: a };
  if (first === 'soeg' && n === 1) return { view: 'search' };
  if (first === 'aarsplan' && n === 1) return { view: 'year' };
  return { view: 'not-found' };
}

/** The app's paths live beside the domain, so that mails link to the same pages (src/domain/web-paths.ts). */
export { paths } from '../domain/web-paths.ts';
