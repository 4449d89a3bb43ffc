/**
 * An item's sections, recommendations and attachments in the charter template's order (agenda and
 * item page). Each attachment opens in the page (attachment-viewer.tsx) and keeps its download link.
 */
import { useState } from 'react';
import { AttachmentViewer } from './attachment-viewer.tsx';
import { attachmentHref } from './data.ts';
import { type ItemBlock, itemLayout, type LayoutItem } from './item-layout.ts';
import { useLocale } from './locale.tsx';
import { RichText } from './rich-text.tsx';
import type { AgendaVersionView } from './types.ts';
import './styles/meeting-tools.css';

type Template = AgendaVersionView['content']['template'];

function Block({
  block,
  org,
  itemId,
  number,
}: {
  block: ItemBlock;
  org: string;
  itemId: string;
  number: number | null;
}) {
  const { t } = useLocale();
  if (block.kind === 'section')
    return (
      <>
        <h4>{block.heading}</h4>
        <RichText doc={block.body} />
      </>
    );
  if (block.kind === 'recommendations')
    return (
      <>
        <h4>{block.heading ?? t('recommendations')}</h4>
        {block.intro && <RichText doc={block.intro} />}
        {block.items.length > 0 && (
          <ol className="recommendations">
            {block.items.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        )}
      </>
    );
  return (
    <Attachments
      heading={block.heading ?? t('attachments')}
      items={block.items}
      org={org}
      itemId={itemId}
      number={number}
    />
  );
}

function Attachments({
  heading,
  items,
  org,
  itemId,
  number,
}: {
  heading: string;
  items: LayoutItem['attachments'];
  org: string;
  itemId: string;
  number: number | null;
}) {
  const { t } = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  const label = (i: number, name: string) =>
    `${t('attachment')} ${number === null ? i + 1 : `${number}.${i + 1}`}: ${name}`;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="attachments">
        {items.map((a, i) => (
          <li key={a.id} className="attachment">
            <button
              type="button"
              className="function-link attachment-open"
              aria-haspopup="dialog"
              onClick={() => setOpen(a.id)}
            >
              {label(i, a.name)}
            </button>{' '}
            <a href={attachmentHref(org, itemId, a.id)} download={a.name} className="attachment-download">
              {t('viewer.download')}
              <span className="sr-only"> {label(i, a.name)}</span>
            </a>
            {open === a.id && (
              <AttachmentViewer
                href={attachmentHref(org, itemId, a.id)}
                name={a.name}
                label={label(i, a.name)}
                onClose={() => setOpen(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** `number` is the item's number on an agenda (attachments are numbered n.m), null off an agenda. */
export function ItemBody({
  item,
  itemId,
  org,
  template,
  number,
}: {
  item: LayoutItem;
  itemId: string;
  org: string;
  template: Template;
  number: number | null;
}) {
  return (
    <>
      {itemLayout(item, template).map((block) => (
        <div key={block.key} className="item-section">
          <Block block={block} org={org} itemId={itemId} number={number} />
        </div>
      ))}
    </>
  );
}
