import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import type { RequestContext } from './context';
import { CACHE_CONTROL_SDL } from './cache-hints';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@composeDirective"])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: RequestContext) => unknown }>;

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type; always through a per-request loader. */
  references?: ReferenceResolvers;
}

/** type-graphql classes -> federation 2 subgraph schema (with `@link` and reference resolvers). */
export async function buildFederatedSchema(opts: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    skipCheck: true, // a subgraph may have no Query of its own
    validate: false, // inputs are checked by InputCheck in the resolvers, with field-named errors
    emitSchemaFile: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, ref] of Object.entries(opts.references ?? {})) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
  }
  return buildSubgraphSchema({
    // @cacheControl hints (cache-hints.ts) reach the supergraph through @composeDirective
    typeDefs: parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_SDL}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
}

/** The subgraph's SDL as the gateway sees it (`_service { sdl }`), for composition without a server. */
export function subgraphSdl(schema: GraphQLSchema): string {
  const sdlField = schema.getQueryType()?.getFields()._service;
  if (!sdlField?.resolve) throw new Error('not a federated schema');
  const service = sdlField.resolve({}, {}, {}, {} as never) as { sdl: string };
  return service.sdl;
}
