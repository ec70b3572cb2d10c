/** CSV cells: RFC 4180 quoting, and text that a spreadsheet would run as a formula kept as text. */
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/export/csv';

it('quotes commas, quotes and line breaks, and writes a BOM, one header row and CRLF', () => {
  const csv = toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', 'two\nlines'], [1.5, null, ['P', 'Q']]]);
  expect(csv.startsWith('\uFEFFa,b,c\r\n')).toBe(true);
  expect(parse(csv, { bom: true })).toEqual([
    ['a', 'b', 'c'],
    ['x,y', 'say "hi"', 'two\nlines'],
    ['1.5', '', 'P|Q'],
  ]);
});

it('prefixes text starting with = + - @ with an apostrophe, but never numbers', () => {
  const csv = toCsv(['name', 'lat'], [['=HYPERLINK("http://x")', -6.2], ['@SUM(A1)', -7], ['-cmd', 0], ['Kota Bogor', 1]]);
  const rows = parse(csv, { bom: true, from_line: 2 });
  expect(rows).toEqual([
    ['\'=HYPERLINK("http://x")', '-6.2'],
    ["'@SUM(A1)", '-7'],
    ["'-cmd", '0'],
    ['Kota Bogor', '1'],
  ]);
});
