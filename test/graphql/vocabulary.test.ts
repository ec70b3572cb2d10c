/**
 * `vocabulary`: every enum-like value the API returns, labelled in English and
 * Bahasa Indonesia, with the fields of cooperation from the dataset.
 */
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runQuery } from '../support/graphql';
import { REPO_ROOT } from '../support/neo4j-env';
import { useSeededStore } from '../support/served-store';

const QUERY = `{ vocabulary {
  fields { code labelEn labelId } agreementTypes { code labelEn labelId } statuses { code labelEn labelId }
  levels { code labelEn labelId } confidences { code labelEn labelId } } }`;

const seeded = useSeededStore();

/** The values of an enum type of the committed schema. */
function enumValues(name: string): string[] {
  const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
  const type = schema.getType(name) as { getValues(): Array<{ name: string }> } | undefined;
  if (!type) throw new Error(`No enum ${name} in the schema`);
  return type.getValues().map((v) => v.name);
}

describe('vocabulary', () => {
  it('labels every value of the API enums in both languages', async () => {
    const { data, errors } = await runQuery(seeded.server, seeded.store, QUERY);
    expect(errors).toBeUndefined();
    const v = data!.vocabulary;
    const codes = (list: Array<{ code: string }>) => list.map((e) => e.code).sort();
    expect(codes(v.agreementTypes)).toEqual(enumValues('PartnershipType').sort());
    expect(codes(v.statuses)).toEqual(enumValues('PartnershipStatus').sort());
    expect(codes(v.levels)).toEqual(enumValues('GovernmentLevel').sort());
    expect(codes(v.confidences)).toEqual(enumValues('Confidence').sort());
    for (const list of Object.values(v) as Array<Array<{ code: string; labelEn: string; labelId: string }>>)
      for (const e of list) {
        expect(e.labelEn.trim()).not.toBe('');
        expect(e.labelId.trim()).not.toBe('');
      }
    expect(v.agreementTypes.find((e: { code: string }) => e.code === 'SISTER_CITY')).toEqual({ code: 'SISTER_CITY', labelEn: 'Sister city', labelId: 'Kota kembar' });
    expect(v.levels.find((e: { code: string }) => e.code === 'REGENCY')).toEqual({ code: 'REGENCY', labelEn: 'Regency', labelId: 'Kabupaten' });
  });

  it('lists the fields of cooperation of the dataset, sorted by code', async () => {
    const { data } = await runQuery(seeded.server, seeded.store, '{ vocabulary { fields { code labelEn labelId } } }');
    const fields = data!.vocabulary.fields as Array<{ code: string; labelEn: string; labelId: string }>;
    const snapshot = await seeded.store.snapshot();
    expect(fields.map((f) => f.code)).toEqual(snapshot.fields.map((f) => f.code).sort());
    expect(fields.find((f) => f.code === 'urban_planning')).toEqual(snapshot.fields.find((f) => f.code === 'urban_planning'));
  });
});
