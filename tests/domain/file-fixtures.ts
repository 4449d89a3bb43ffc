/**
 * Real files built in the tests, byte by byte: a tiny ZIP writer, a minimal valid PDF with a text
 * object, a minimal DOCX, and zip bombs (by ratio, by lying about sizes, by overlapping entries).
 */
import { readdirSync, watch } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** 0 = stored, 8 = deflate (default). */
  method?: 0 | 8;
  /** Declare another uncompressed size than the real one (a lying archive, or ZIP64's 0xFFFFFFFF). */
  declaredSize?: number;
}

/** Writes a ZIP archive; `centralCopies` lists every entry that many times (overlapping entries). */
export function zip(inputs: readonly ZipInput[], options: { centralCopies?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
    const method = input.method ?? 8;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    for (let i = 0; i < (options.centralCopies ?? 1); i++) centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-page PDF 1.4 with a Helvetica text object, its xref offsets computed. */
export function minimalPdf(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 700 Td (${text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The three parts a DOCX needs for Word and mammoth: content types, package relations, the document. */
export function docxParts(paragraph: string): ZipInput[] {
  const escaped = paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    {
      name: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${escaped}</w:t></w:r></w:p></w:body></w:document>`,
    },
  ];
}

export const minimalDocx = (paragraph: string): Buffer => zip(docxParts(paragraph));

let zeros: Buffer | undefined;
/** 50 MB of zeros: deflates to about 50 KB, a ratio of about 1000. */
const fiftyMegabytesOfZeros = (): Buffer => {
  zeros ??= Buffer.alloc(50 * 1024 * 1024);
  return zeros;
};

/** A DOCX carrying 50 MB of zeros in one entry (about 50 KB on disk). */
export const docxBomb = (): Buffer =>
  zip([...docxParts('Bombe'), { name: 'word/media/zeros.bin', data: fiftyMegabytesOfZeros() }]);

/** A DOCX whose extra entry claims 1 KB but inflates to 5 MB (a ratio the declared sizes hide). */
export const lyingDocx = (): Buffer =>
  zip([
    ...docxParts('Løgn'),
    { name: 'word/media/lie.bin', data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 1024 },
  ]);

/** A minimal OpenDocument text: the stored `mimetype` entry first. */
export const minimalOdt = (): Buffer =>
  zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
    { name: 'content.xml', data: `${XML}<office:document-content/>` },
    { name: 'META-INF/manifest.xml', data: `${XML}<manifest:manifest/>` },
  ]);

/** Signature bytes of images, padded. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32),
]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]);
export const GIF = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(32)]);
export const WEBP = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(32)]);
export const HTML = Buffer.from(
  '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>',
);

/** Resolves once `dir` holds a file: watched on file-system events, not polled on a timer. */
export const fileAppears = (dir: string): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const watcher = watch(dir);
    const check = () => {
      if (readdirSync(dir).length === 0) return;
      watcher.close();
      resolve();
    };
    watcher.on('change', check);
    watcher.on('error', (err) => {
      watcher.close();
      reject(err);
    });
    check();
  });

/**
 * An upload body that sends `first`, waits until storage has created its temporary file under
 * `tmpDir`, then sends `rest` or breaks off with `rest` as error: an upload refused or broken off
 * after its bytes started landing on disk.
 */
export function bodyAfterTempFile(tmpDir: string, first: Buffer, rest: Buffer | Error): Readable {
  return Readable.from(
    (async function* () {
      yield first;
      await fileAppears(tmpDir);
      if (rest instanceof Error) throw rest;
      yield rest;
    })(),
  );
}
