/**
 * Docs that journalists and editors read come in Bahasa Indonesia too, as `<name>.id.md`
 * beside the English `<name>.md`: each links to the other, the README links both, the links
 * into them (anchors included) lead somewhere, and the Indonesian version keeps every
 * command and name of the English one (the same code blocks, every inline code span, the
 * same sections and table rows), so a translation cannot silently drop a step.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/neo4j-env';

/** [English, Bahasa Indonesia], relative to the repository root. */
const PAIRS: Array<[string, string]> = [['docs/editing.md', 'docs/editing.id.md']];

const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8');
const FENCE = /^```[^\n]*\n[\s\S]*?^```$/gm;
const codeBlocks = (md: string) => md.match(FENCE) ?? [];
const prose = (md: string) => md.replace(FENCE, '');
const inlineCode = (md: string) => new Set([...prose(md).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
const headings = (md: string) => prose(md).match(/^#{1,6} .*$/gm) ?? [];
const tableRows = (md: string) => prose(md).match(/^\|.*$/gm) ?? [];
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .replace(/^#+ /, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
/** Relative Markdown links of a file as [target file (from the root), anchor or null]. */
const links = (rel: string): Array<[string, string | null]> =>
  [...prose(read(rel)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
    .map((href) => {
      const [file, hash] = href.split('#') as [string, string | undefined];
      return [path.posix.normalize(path.posix.join(path.posix.dirname(rel), file)), hash ?? null];
    });

describe.each(PAIRS)('%s and %s', (en, id) => {
  const [english, indonesian] = [read(en), read(id)];

  it('link to each other', () => {
    expect(links(en).map(([file]) => file)).toContain(id);
    expect(links(id).map(([file]) => file)).toContain(en);
  });

  it('are both linked from the README', () => {
    const targets = links('README.md').map(([file]) => file);
    expect(targets).toContain(en);
    expect(targets).toContain(id);
  });

  it('keep the same code blocks, sections and table rows', () => {
    expect(codeBlocks(indonesian)).toEqual(codeBlocks(english));
    expect(codeBlocks(english).length).toBeGreaterThan(0);
    expect(headings(indonesian)).toHaveLength(headings(english).length);
    expect(tableRows(indonesian)).toHaveLength(tableRows(english).length);
  });

  it('keep every inline code span of the English version (commands, fields, codes)', () => {
    const missing = [...inlineCode(english)].filter((span) => !inlineCode(indonesian).has(span));
    expect(missing).toEqual([]);
    expect(inlineCode(english).size).toBeGreaterThan(10);
  });

  it.each([en, id, 'README.md'])('%s links only to files and headings that exist', (rel) => {
    for (const [file, hash] of links(rel)) {
      expect({ link: file, exists: existsSync(path.join(REPO_ROOT, file)) }).toEqual({ link: file, exists: true });
      if (hash !== null && file.endsWith('.md')) expect(headings(read(file)).map(anchor)).toContain(hash);
    }
  });
});
