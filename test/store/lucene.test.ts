/** Lucene query text from search words: every special character escaped, words as prefix terms. */
import { escapeLucene, prefixQuery } from '../../src/store/neo4j/lucene';

it('escapes every Lucene special character', () => {
  const specials = '+-&|!(){}[]^"~*?:\\/';
  const escaped = escapeLucene(specials);
  expect(escaped).toBe([...specials].map((c) => `\\${c}`).join(''));
  expect(escapeLucene('seoul')).toBe('seoul');
  expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
});

it('joins escaped words as prefix terms with AND or OR, and gives null for no words', () => {
  expect(prefixQuery(['dki', 'jak'], 'AND')).toBe('dki* AND jak*');
  expect(prefixQuery(['st.louis', 'o:brien'], 'OR')).toBe('st.louis* OR o\\:brien*');
  expect(prefixQuery([], 'OR')).toBeNull();
});
