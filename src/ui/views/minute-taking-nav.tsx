/**
 * Minute-taking's frame: the page's heading (breadcrumbs, title, shortcuts), the list of the
 * meeting's items with each item's status, and the buttons below an item (previous, finalise, next).
 */

import { PageTitle } from '../components.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { ItemStatus } from '../minute-taking-logic.ts';
import { Link, paths } from '../router.tsx';
import type { AgendaItem, AgendaVersionView } from '../types.ts';
import { P } from './minute-taking-fields.tsx';

export type NavStatus = ItemStatus | 'moved';

const BADGE: Record<NavStatus, string> = {
  not_started: 'badge-info',
  draft: 'badge-warning',
  finalised: 'badge-success',
  moved: 'badge-info',
};

export function ItemNav({
  items,
  index,
  statusOf,
  onGo,
}: {
  items: AgendaItem[];
  index: number;
  statusOf: (itemId: string) => NavStatus;
  onGo: (index: number) => void;
}) {
  const { t } = useLocale();
  return (
    <nav aria-labelledby={`${P}-items`} className="mt-nav">
      <h2 id={`${P}-items`}>{t('mt.items')}</h2>
      <ol className="nobullet-list mt-nav-list">
        {items.map((i, n) => {
          const status = statusOf(i.itemId);
          return (
            <li key={i.itemId}>
              <button
                type="button"
                className={`mt-nav-item${n === index ? ' mt-nav-current' : ''}`}
                aria-current={n === index ? 'step' : undefined}
                onClick={() => onGo(n)}
              >
                <span className="mt-nav-title">
                  {i.number}. {i.title}
                </span>
                <span className={`badge ${BADGE[status]}`}>{t(`mt.status.${status}` as MessageKey)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function MinuteTakingHeader({
  forum,
  meeting: m,
}: {
  forum: string;
  meeting: AgendaVersionView['content']['meeting'];
}) {
  const { t, date, time, shortDate } = useLocale();
  const meetingId = m.id;
  const title = `${t('minuteTakingTitle')}: ${m.forumName}, ${shortDate(m.start)}`;
  return (
    <>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forum)} className="breadcrumbs__link">
              {m.forumName}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.meeting(forum, meetingId)} className="breadcrumbs__link">
              {shortDate(m.start)}
            </Link>
          </li>
          <li className="breadcrumbs__list-item" aria-current="page">
            {t('minuteTakingTitle')}
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>
        {t('minuteTakingTitle')}
        <span className="subheading">
          {m.forumName} · {date(m.start)}, {time(m.start)}–{time(m.end)}
        </span>
      </PageTitle>
      <p>{t('mt.intro')}</p>
      <p className="meta" id={`${P}-shortcuts`}>
        {t('mt.shortcuts')}
      </p>
    </>
  );
}

export function ItemButtons({
  index,
  count,
  canFinalise,
  busy,
  onGo,
}: {
  index: number;
  count: number;
  canFinalise: boolean;
  busy: boolean;
  onGo: (direction: 'previous' | 'next') => void;
}) {
  const { t } = useLocale();
  return (
    <div className="mt-buttons">
      <button
        type="button"
        className="button button-secondary"
        disabled={index === 0}
        onClick={() => onGo('previous')}
        aria-keyshortcuts="Alt+PageUp"
      >
        {t('mt.previous')}
      </button>
      {canFinalise && (
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('mt.finalising') : t('mt.finalise')}
        </button>
      )}
      <button
        type="button"
        className="button button-secondary"
        disabled={index === count - 1}
        onClick={() => onGo('next')}
        aria-keyshortcuts="Alt+PageDown"
      >
        {t('mt.next')}
      </button>
    </div>
  );
}
