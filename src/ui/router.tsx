/** A tiny client-side router on the history API: a path state, a Link and a route table match. */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  useContext,
  useEffect,
  useState,
} from 'react';

const RouterContext = createContext<{ path: string; navigate: (to: string) => void }>({
  path: '/',
  navigate: () => {},
});

export function RouterProvider({ children }: { children: React.ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    if (to !== window.location.pathname) window.history.pushState(null, '', to);
    setPath(new URL(to, window.location.origin).pathname);
    window.scrollTo(0, 0);
  };
  return <RouterContext.Provider value={{ path, navigate }}>{children}</RouterContext.Provider>;
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
  | { view: 'not-found' };

/** The app's paths: /, /fora/:forum, /fora/:forum/moeder/:meeting, /punkter/:item, /godkendelser. */
export function match(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: 'home' };
  if (parts[0] === 'fora' && parts.length === 2 && parts[1]) return { view: 'forum', forum: parts[1] };
  if (parts[0] === 'fora' && parts.length === 4 && parts[1] && parts[2] === 'moeder' && parts[3])
    return { view: 'meeting', forum: parts[1], meeting: parts[3] };
  if (parts[0] === 'punkter' && parts.length === 2 && parts[1]) return { view: 'item', item: parts[1] };
  if (parts[0] === 'godkendelser' && parts.length === 1) return { view: 'approvals' };
  return { view: 'not-found' };
}

export const paths = {
  home: () => '/',
  forum: (forum: string) => `/fora/${encodeURIComponent(forum)}`,
  meeting: (forum: string, meeting: string) =>
    `/fora/${encodeURIComponent(forum)}/moeder/${encodeURIComponent(meeting)}`,
  item: (item: string) => `/punkter/${encodeURIComponent(item)}`,
  approvals: () => '/godkendelser',
};
