/**
 * The schema is the product's face: every type, field, argument and enum value carries
 * a description, and the committed SDL matches the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
} from 'graphql';
import { currentSdl } from '../../tools/schema';
import { serverFor } from '../support/graphql';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { REPO_ROOT } from '../support/neo4j-env';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = (await serverFor(new EmbeddedStore({ file: null }))).schema;
});

it('describes every type, field, argument and enum value', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
    // type-graphql gives the root types no description; their fields carry the documentation.
    if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
  }
  expect(missing).toEqual([]);
});

it('matches the committed schema/schema.graphql', async () => {
  const committed = readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
  expect(await currentSdl()).toBe(committed);
});

it('types calendar years as Int, never Float', () => {
  const yearAlternative = schema.getType('YearAlternative') as { getFields(): Record<string, { type: { toString(): string } }> };
  expect(yearAlternative.getFields().year!.type.toString()).toBe('Int!');
});
