/** The DKFDS breadcrumb trail: home, optionally a forum (or another parent page), then the current page. */
import { useLocale } from './locale.tsx';
import { Link, paths } from './router.tsx';

export function Breadcrumbs({
  forum,
  parent,
  children,
}: {
  /** The forum between home and the page: its short name (for the link) and the name shown. */
  forum?: { key: string; name: string };
  /** Another page between home and this one (instead of a forum). */
  parent?: { href: string; name: string };
  /** The current page. */
  children: React.ReactNode;
}) {
  const { t } = useLocale();
  const between = forum ? { href: paths.forum(forum.key), name: forum.name } : parent;
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item">
          <Link href={paths.home()} className="breadcrumbs__link">
            {t('home')}
          </Link>
        </li>
        {between && (
          <li className="breadcrumbs__list-item">
            <Link href={between.href} className="breadcrumbs__link">
              {between.name}
            </Link>
          </li>
        )}
        <li className="breadcrumbs__list-item" aria-current="page">
          {children}
        </li>
      </ol>
    </nav>
  );
}
