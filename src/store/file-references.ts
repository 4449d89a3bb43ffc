/** Every storage key the database refers to, with what refers to it (for `fora fsck`). */

import type { DbOrTx } from './db.ts';
import { attachments, leadersDayFiles, renderedDocuments } from './schema.ts';

export interface FileReference {
  key: string;
  kind: 'attachment' | 'rendered document' | 'leaders day file';
  id: string;
  /** For the operator: the attachment's or material file's name, or the rendered document's kind and format. */
  label: string;
}

export async function listFileReferences(db: DbOrTx): Promise<FileReference[]> {
  const a = await db
    .select({ key: attachments.storageKey, id: attachments.id, name: attachments.name })
    .from(attachments);
  const r = await db
    .select({
      key: renderedDocuments.storageKey,
      id: renderedDocuments.id,
      kind: renderedDocuments.kind,
      format: renderedDocuments.format,
      audience: renderedDocuments.audience,
      version: renderedDocuments.version,
    })
    .from(renderedDocuments);
  const l = await db
    .select({ key: leadersDayFiles.storageKey, id: leadersDayFiles.id, name: leadersDayFiles.name })
    .from(leadersDayFiles);
  return [
    ...a.flatMap((x) =>
      x.key ? [{ key: x.key, kind: 'attachment' as const, id: x.id, label: x.name }] : [],
    ),
    ...r.map((x) => ({
      key: x.key,
      kind: 'rendered document' as const,
      id: x.id,
      label: `${x.kind} v${x.version} ${x.audience} ${x.format}`,
    })),
    ...l.map((x) => ({ key: x.key, kind: 'leaders day file' as const, id: x.id, label: x.name })),
  ];
}
