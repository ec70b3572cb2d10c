/**
 * The editing mutations and the audit trail, in-process on every store: editors only,
 * validation and concurrency errors with their codes, and the write visible to reads.
 */
import { runQuery } from '../support/graphql';
import { useSmallStore } from '../support/served-store';
import { storeFactories, type StoreFactory } from '../support/stores';

const CREATE = `mutation($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    partnership { id version status parties { id } sources { url } fields { code } }
    dataVersion
    auditEntry { who action entityType entityId before after }
  }
}`;
const UPDATE = `mutation($id: ID!, $version: Int!, $changes: UpdatePartnershipInput!) {
  updatePartnership(id: $id, version: $version, changes: $changes) { partnership { id version note confidence } }
}`;
const newPartnership = {
  partyIds: ['id-kota-bandung', 'cn-beijing'],
  type: 'SISTER_CITY',
  signedYear: 2015,
  fields: ['education'],
  sourceUrls: ['https://example.org/source-a'],
};

describe.each(storeFactories())('GraphQL editing on the %s store', (kind: string, create: StoreFactory) => {
  const small = useSmallStore(kind, create);
  const asEditor = (query: string, variables?: Record<string, unknown>) => runQuery(small.server, small.store, query, variables, { editor: 'alice' });
  const anonymous = (query: string, variables?: Record<string, unknown>) =>
    runQuery(small.server, small.store, query, variables, { editor: null, authProblem: 'MISSING' });
  const code = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

  it('refuses a mutation without a token with UNAUTHENTICATED and writes nothing', async () => {
    const before = await small.store.dataVersion();
    const result = await anonymous(CREATE, { input: newPartnership });
    expect(code(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toMatch(/Authorization: Bearer/);
    expect(result.data).toBeNull();
    expect(await small.store.dataVersion()).toBe(before);
  });

  it('refuses a mutation with an unrecognised token with UNAUTHENTICATED', async () => {
    const result = await runQuery(small.server, small.store, CREATE, { input: newPartnership }, { editor: null, authProblem: 'INVALID' });
    expect(code(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toMatch(/not recognised/);
  });

  it('creates a partnership for an editor, visible to reads and in the audit trail', async () => {
    const { data, errors } = await asEditor(CREATE, { input: newPartnership });
    expect(errors).toBeUndefined();
    const made = data!.createPartnership;
    expect(made.partnership).toEqual({
      id: 'id-kota-bandung--cn-beijing',
      version: 1,
      status: 'ACTIVE',
      parties: [{ id: 'id-kota-bandung' }, { id: 'cn-beijing' }],
      sources: [{ url: 'https://example.org/source-a' }],
      fields: [{ code: 'education' }],
    });
    expect(made.auditEntry).toMatchObject({ who: 'alice', action: 'CREATE_PARTNERSHIP', entityType: 'PARTNERSHIP', before: null });
    expect(JSON.parse(made.auditEntry.after).id).toBe('id-kota-bandung--cn-beijing');
    const read = await anonymous('{ partnership(id: "id-kota-bandung--cn-beijing") { signedYear } datasetVersion: partnerships(first: 1) { totalCount } }');
    expect(read.data!.partnership).toEqual({ signedYear: 2015 });
    const trail = await asEditor('{ auditTrail(first: 5) { who action entityId dataVersion } }');
    expect(trail.data!.auditTrail[0]).toEqual({ who: 'alice', action: 'CREATE_PARTNERSHIP', entityId: 'id-kota-bandung--cn-beijing', dataVersion: made.dataVersion });
  });

  it('keeps the audit trail for editors only', async () => {
    expect(code(await anonymous('{ auditTrail { who } }'))).toBe('UNAUTHENTICATED');
  });

  it('answers BAD_USER_INPUT with every problem for an invalid partnership', async () => {
    const result = await asEditor(CREATE, {
      input: { ...newPartnership, partyIds: ['id-kota-bandung', 'kr-seoull'], signedYear: 1900, sourceUrls: [] },
    });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/"kr-seoull".*did you mean "kr-seoul".*"signedYear" between 1945.*cites no source/s);
    // The same problems as data, for a form to mark the input fields at fault.
    expect(result.errors![0]!.extensions!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'UNKNOWN_GOVERNMENT', field: 'partyIds', values: { value: 'kr-seoull', suggestion: 'kr-seoul' } }),
        expect.objectContaining({ code: 'YEAR_OUT_OF_RANGE', field: 'signedYear' }),
        expect.objectContaining({ code: 'MISSING_SOURCE', field: 'sourceUrls', message: expect.stringMatching(/cites no source/) }),
      ]),
    );
  });

  it('updates at the current version and answers CONFLICT for a stale one', async () => {
    const ok = await asEditor(UPDATE, { id: 'id-kota-bogor--jp-kyoto', version: 1, changes: { note: 'Checked.', confidence: 'MEDIUM' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updatePartnership.partnership).toEqual({ id: 'id-kota-bogor--jp-kyoto', version: 2, note: 'Checked.', confidence: 'MEDIUM' });
    const stale = await asEditor(UPDATE, { id: 'id-kota-bogor--jp-kyoto', version: 1, changes: { note: 'Late.' } });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/version 2, not 1/);
    expect(code(await asEditor(UPDATE, { id: 'nope', version: 1, changes: { note: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await asEditor(UPDATE, { id: 'id-kota-bogor--jp-kyoto', version: 0, changes: {} }))).toBe('BAD_USER_INPUT');
  });

  it('retires a partnership', async () => {
    const result = await asEditor(
      'mutation { retirePartnership(id: "id-prov-dki-jakarta--jp-pref-tokyo", version: 1, endedYear: 2021) { partnership { status endedYear version } auditEntry { action } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.retirePartnership).toEqual({ partnership: { status: 'ENDED', endedYear: 2021, version: 2 }, auditEntry: { action: 'RETIRE_PARTNERSHIP' } });
  });

  it('adds a source, a government and a program', async () => {
    const source = await asEditor('mutation { addSource(input: { url: "https://example.org/gql-source", title: "T" }) { source { url kind title } } }');
    expect(source.errors).toBeUndefined();
    expect(source.data!.addSource.source).toEqual({ url: 'https://example.org/gql-source', kind: 'WEB', title: 'T' });
    const gov = await asEditor(
      'mutation { addGovernment(input: { id: "kr-busan", name: "Busan", level: METROPOLITAN_CITY, localType: "Metropolitan City", countryCode: "KR", aliases: ["부산"] }) { government { id name country { code } } } }',
    );
    expect(gov.errors).toBeUndefined();
    expect(gov.data!.addGovernment.government).toEqual({ id: 'kr-busan', name: 'Busan', country: { code: 'KR' } });
    const program = await asEditor(
      'mutation { addProgram(input: { partnershipId: "id-kota-bandung--kr-seoul", name: "Smart City", sourceUrls: ["https://example.org/gql-source"] }) { program { id name } } }',
    );
    expect(program.errors).toBeUndefined();
    expect(program.data!.addProgram.program).toEqual({ id: 'id-kota-bandung--kr-seoul--smart-city', name: 'Smart City' });
    const bad = await asEditor('mutation { addGovernment(input: { id: "kr-x", name: "X", level: CITY, localType: "City", countryCode: "KR", lat: 200 }) { government { id } } }');
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });
});
