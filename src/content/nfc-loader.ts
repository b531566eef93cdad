import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { firstNonNfcLine } from '../lib/fold';

/**
 * Wraps a loader so that a content file not in Unicode NFC stops the build
 * before it is parsed: a decomposed "ủ" would otherwise fail a schema with a
 * confusing message, or slip through and break search and comparisons.
 */
export function nfcChecked(loader: Loader, files: () => string[]): Loader {
  return {
    ...loader,
    load: async (context) => {
      const bad = files().flatMap((file) => {
        const line = firstNonNfcLine(readFileSync(file, 'utf8'));
        return line === null ? [] : [`${file}:${line}: chữ không ở dạng Unicode NFC`];
      });
      if (bad.length) throw new Error(`Nội dung có lỗi:\n${bad.join('\n')}`);
      return loader.load(context);
    },
  };
}

/** The files of a folder with one of the given endings (content folders are flat). */
export function filesIn(folder: string, endings: string[]): () => string[] {
  return () => {
    try {
      return readdirSync(folder).filter((name) => endings.some((e) => name.endsWith(e))).map((name) => join(folder, name));
    } catch {
      return [];
    }
  };
}
