// What `lighed import` reads when it is given folders: an archive is usually a folder (a year's
// exports, one subfolder a body), so a folder stands for the documents in it and its subfolders.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';

/** Endings of the files a folder's import takes: PDF, text, HTML pages and FirstAgenda's API JSON. */
export const DOCUMENT_ENDINGS = new Set(['.pdf', '.txt', '.text', '.htm', '.html', '.xhtml', '.json']);

export interface ImportFiles {
  /** Files to import, in order: arguments as given, a folder's files in Danish name order (numbers as numbers). */
  files: string[];
  /** Per folder, the files in it that are no document this import reads (a Word file, a spreadsheet). */
  skipped: { folder: string; files: string[] }[];
  /** Folders given that hold no document, and folders that could not be read. */
  emptyFolders: string[];
  unreadable: string[];
  /** The arguments that were folders. */
  folders: string[];
}

const byName = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });

/**
 * Every regular file under `folder` (depth first; hidden files and folders, and links to folders, left out).
 * A folder that cannot be read is listed in `unreadable` and the rest is still read.
 */
async function walk(folder: string, unreadable: string[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    unreadable.push(folder);
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => byName.compare(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) out.push(...(await walk(path, unreadable)));
    else if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) out.push(path);
  }
  return out;
}

/**
 * The files the arguments stand for. A file is taken as it is, whatever its name (its content decides what it is;
 * one that does not exist fails with its own message when it is read). A file reached twice is imported once.
 */
export async function importFiles(paths: string[]): Promise<ImportFiles> {
  const files: string[] = [];
  const skipped: ImportFiles['skipped'] = [];
  const emptyFolders: string[] = [];
  const unreadable: string[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      add(path);
      continue;
    }
    folders.push(path);
    const before = unreadable.length;
    const all = await walk(path, unreadable);
    const isDocument = (f: string) => DOCUMENT_ENDINGS.has(extname(f).toLowerCase());
    const documents = all.filter(isDocument);
    const others = all.filter((f) => !isDocument(f));
    if (others.length) skipped.push({ folder: path, files: others.map((f) => relative(path, f)) });
    if (documents.length === 0 && unreadable.length === before) emptyFolders.push(path);
    documents.forEach(add);
  }
  return { files, skipped, emptyFolders, unreadable, folders };
}
