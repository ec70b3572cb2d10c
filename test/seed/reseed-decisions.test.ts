/**
 * The re-seed decisions file (src/seed/reseed-decisions.ts): the conflict report is written
 * in the format it reads back, with what differs beside each record, comments in English and
 * Bahasa Indonesia; every problem of a hand-edited file is reported with its line number.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReseedConflict } from '../../src/domain/reseed';
import { formatDecisions, parseDecisions, readDecisions, ReseedDecisionsError } from '../../src/seed/reseed-decisions';

const conflict = (id: string, resolution: ReseedConflict['resolution']): ReseedConflict => ({
  type: 'PARTNERSHIP',
  id,
  current: { id, note: 'Editor\tnote\nwith a new line', version: 3, status: 'ACTIVE' },
  seed: { id, note: 'Seed note', version: 1, status: 'ACTIVE' },
  resolution,
  resolvedBy: resolution === 'UNRESOLVED' ? null : 'DECISION',
});

describe('the re-seed decisions file', () => {
  it('writes conflicts as a file to fill in, keeping decisions already made, and reads it back', () => {
    const text = formatDecisions([conflict('a--b', 'UNRESOLVED'), conflict('c--d', 'TOOK_SEED')]);
    expect(text).toContain('# Re-seed conflicts');
    expect(text).toContain('# Konflik seed ulang');
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows).toEqual([
      'type\tid\tdecision\tfields\tstore\tseed',
      'PARTNERSHIP\ta--b\t\tnote\t{"note":"Editor\\tnote\\nwith a new line"}\t{"note":"Seed note"}',
      'PARTNERSHIP\tc--d\ttake-seed\tnote\t{"note":"Editor\\tnote\\nwith a new line"}\t{"note":"Seed note"}',
    ]);
    expect([...parseDecisions(text, 'f.tsv')]).toEqual([['PARTNERSHIP:c--d', 'take-seed']]);
    const filled = text.replace('PARTNERSHIP\ta--b\t\t', 'PARTNERSHIP\ta--b\tkeep-edits\t');
    expect([...parseDecisions(filled, 'f.tsv')].sort()).toEqual([
      ['PARTNERSHIP:a--b', 'keep-edits'],
      ['PARTNERSHIP:c--d', 'take-seed'],
    ]);
  });

  it('needs only the type, id and decision columns, in any order', () => {
    expect([...parseDecisions('decision\ttype\tid\nkeep-edits\tSOURCE\thttps://example.org/a\n', 'f.tsv')]).toEqual([
      ['SOURCE:https://example.org/a', 'keep-edits'],
    ]);
  });

  it('reports every problem with its line, and a file it cannot read', async () => {
    const text = ['# comment', 'type\tid\tdecision', 'PARTNERSHIP\tx\tkeep-edit', 'COUNTRY\tID\ttake-seed', 'GOVERNMENT\t\ttake-seed', 'PROGRAM\tp\tkeep-edits', 'PROGRAM\tp\ttake-seed'].join('\n');
    let error: unknown;
    try {
      parseDecisions(text, 'bad.tsv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReseedDecisionsError);
    expect((error as ReseedDecisionsError).code).toBe('BAD_USER_INPUT');
    expect((error as ReseedDecisionsError).problems).toEqual([
      'line 3: decision "keep-edit" is not keep-edits or take-seed',
      'line 4: type "COUNTRY" is not one of SOURCE, GOVERNMENT, PARTNERSHIP, PROGRAM',
      'line 5: the id is empty',
      'line 7: PROGRAM p is decided twice, differently',
    ]);
    expect(() => parseDecisions('type\tid\nPARTNERSHIP\tx\n', 'f.tsv')).toThrow(/missing: decision/);
    await expect(readDecisions(path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-dec-')), 'none.tsv'))).rejects.toThrow(/cannot be read/);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-dec-')), 'ok.tsv');
    writeFileSync(file, 'type\tid\tdecision\nPARTNERSHIP\tx\ttake-seed\n');
    expect([...(await readDecisions(file))]).toEqual([['PARTNERSHIP:x', 'take-seed']]);
  });
});
