import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { ACCESS_RULE, AccessRule } from '../../api/auth/access';

export interface RootField {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(app: INestApplication): RootField[] {
  const schema: GraphQLSchema = app.get(GraphQLSchemaHost).schema;
  const list = (kind: 'query' | 'mutation') => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({
      kind,
      name: field.name,
      field,
    }));
  };
  return [...list('query'), ...list('mutation')];
}

/** The @Allow rule of every Query and Mutation resolver method, by field name. */
export function declaredRules(app: INestApplication): Map<string, AccessRule | undefined> {
  const rules = new Map<string, AccessRule | undefined>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(proto)) {
        // Descriptors, not property reads: some providers have getters with side effects.
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name =
          (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
        rules.set(name, Reflect.getMetadata(ACCESS_RULE, method) as AccessRule | undefined);
      }
    }
  }
  return rules;
}

/** A literal for an input type: enough to get past GraphQL's own validation. */
function literal(type: GraphQLInputType, name: string, ids: Record<string, string>): string {
  if (isNonNullType(type)) return literal(type.ofType, name, ids);
  if (isListType(type)) return `[${literal(type.ofType, name, ids)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => `${f.name}: ${literal(f.type, f.name, ids)}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return '1';
      case 'Float':
        return '0.5';
      case 'Boolean':
        return 'false';
      default: {
        const id = ids[name.replace(/s$/, '')] ?? ids[name];
        return JSON.stringify(id ?? 'walk-value');
      }
    }
  }
  return '"walk-value"';
}

/**
 * One call of a root field with every argument that has no default (and every council
 * argument, required or not) filled in, selecting only __typename.
 */
export function callOf(root: RootField, ids: Record<string, string>): string {
  const args = root.field.args
    .filter(
      (a: GraphQLArgument) =>
        (isNonNullType(a.type) && a.defaultValue === undefined) || /^councilIds?$/.test(a.name),
    )
    .map((a) => `${a.name}: ${literal(a.type, a.name, ids)}`);
  const named = getNamedType(root.field.type);
  const selection = isObjectType(named) ? ' { __typename }' : '';
  const call = `${root.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
  return `${root.kind === 'mutation' ? 'mutation' : 'query'} { ${call} }`;
}
