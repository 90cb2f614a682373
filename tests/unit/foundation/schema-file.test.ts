import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, isInputObjectType, isEnumType } from 'graphql';
import { generateSchemaSdl } from '../../../api/graphql/schema-printer';

describe('api/schema.gql', () => {
  const committed = readFileSync(join(__dirname, '..', '..', '..', 'api', 'schema.gql'), 'utf8');

  it('matches the schema the code generates (run `npm run schema:generate`)', async () => {
    expect(await generateSchemaSdl()).toBe(committed);
  });

  it('describes every type, field and argument', () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (type.name !== 'Query' && type.name !== 'Mutation' && !type.description)
        missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
