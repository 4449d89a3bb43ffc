/**
 * PGlite made durable on disk. PGlite 0.5 starts PostgreSQL with fsync off (`-F` in its default
 * start parameters), and its Node file system (Emscripten NODEFS) has no fsync: a commit reached
 * the operating system before it was acknowledged (so a killed process lost nothing), but not the
 * disk (so a power cut or an operating-system crash could lose acknowledged commits or damage the
 * database). Here fsync goes to the real file descriptor, PostgreSQL runs with fsync on, and the
 * WAL is flushed with fsync (Emscripten's fdatasync does nothing).
 */
import fs from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

interface NodefsModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
}

class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...(Array.isArray(preRun) ? preRun : [preRun]),
      (mod: unknown) => {
        (mod as NodefsModule).NODEFS.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
          return 0;
        };
      },
    ];
    return result;
  }
}

/** Start parameters: PGlite's defaults with fsync on, WAL flushed by fsync. */
export const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
];

/** Options for a PGlite on a directory that survives power loss as PostgreSQL does. */
export const durableOptions = (dir: string): Partial<PGliteOptions> => ({
  fs: new DurableNodeFS(dir),
  startParams: DURABLE_START_PARAMS,
});
