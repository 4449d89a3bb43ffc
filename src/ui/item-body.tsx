/** An item's sections, recommendations and attachments in the charter template's order (agenda and item page). */
import { attachmentHref } from './data.ts';
import { type ItemBlock, itemLayout, type LayoutItem } from './item-layout.ts';
import { useLocale } from './locale.tsx';
import { RichText } from './rich-text.tsx';
import type { AgendaVersionView } from './types.ts';

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
    <>
      <h4>{block.heading ?? t('attachments')}</h4>
      <ul className="attachments">
        {block.items.map((a, i) => (
          <li key={a.id}>
            <a href={attachmentHref(org, itemId, a.id)} target="_blank" rel="noopener noreferrer">
              {t('attachment')} {number === null ? i + 1 : `${number}.${i + 1}`}: {a.name}
            </a>
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
