/** The DKFDS breadcrumb trail: home, optionally a forum, then the current page. */
import { useLocale } from './locale.tsx';
import { Link, paths } from './router.tsx';

export function Breadcrumbs({
  forum,
  children,
}: {
  /** The forum between home and the page: its short name (for the link) and the name shown. */
  forum?: { key: string; name: string };
  /** The current page. */
  children: React.ReactNode;
}) {
  const { t } = useLocale();
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item">
          <Link href={paths.home()} className="breadcrumbs__link">
            {t('home')}
          </Link>
        </li>
        {forum && (
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forum.key)} className="breadcrumbs__link">
              {forum.name}
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
