import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLNamedType,
} from 'graphql';
import { getT } from '@/lib/i18n';
import { CONTRACT_SDL } from './embedded';
import './open-data.css';

type Entry = { name: string; type: string; description: string | null; args: string; deprecated: string | null };

const argList = (args: readonly GraphQLArgument[]) =>
  args.length
    ? `(${args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : ''}`).join(', ')})`
    : '';

function entriesOf(t: GraphQLNamedType): Entry[] {
  if (isObjectType(t) || isInterfaceType(t))
    return Object.values(t.getFields()).map((f) => ({
      name: f.name,
      type: String(f.type),
      description: f.description ?? null,
      args: argList(f.args),
      deprecated: f.deprecationReason ?? null,
    }));
  if (isInputObjectType(t))
    return Object.values(t.getFields()).map((f) => ({
      name: f.name,
      type: String(f.type),
      description: f.description ?? null,
      args: '',
      deprecated: f.deprecationReason ?? null,
    }));
  if (isEnumType(t))
    return t.getValues().map((v) => ({ name: v.name, type: '', description: v.description ?? null, args: '', deprecated: v.deprecationReason ?? null }));
  return [];
}

/** The contract's types, grouped: one parse per process (the SDL is part of the build). */
let groups: { key: string; types: GraphQLNamedType[] }[] | null = null;
function contractGroups() {
  if (groups) return groups;
  const schema = buildSchema(CONTRACT_SDL);
  const all = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)))
    .sort((a, b) => a.name.localeCompare(b.name));
  groups = [
    { key: 'query', types: all.filter((t) => t.name === 'Query') },
    { key: 'object', types: all.filter((t) => (isObjectType(t) || isInterfaceType(t)) && t.name !== 'Query') },
    { key: 'enum', types: all.filter(isEnumType) },
    { key: 'input', types: all.filter(isInputObjectType) },
    { key: 'scalar', types: all.filter(isScalarType) },
  ];
  return groups;
}

/**
 * /pengembang: the public contract (schema/public.graphql of this build), every type with its fields and
 * descriptions, grouped: the queries first, then object types, enums, inputs and scalars. Each type folds.
 */
export default async function ContractReference() {
  const { tt } = await getT();
  const titles: Record<string, string> = {
    query: tt('Kueri (titik masuk)', 'Queries (entry points)'),
    object: tt('Tipe objek', 'Object types'),
    enum: tt('Enum', 'Enums'),
    input: tt('Tipe masukan', 'Input types'),
    scalar: tt('Skalar', 'Scalars'),
  };
  const list = contractGroups();
  const count = list.reduce((n, g) => n + g.types.length, 0);
  return (
    <div data-testid="contract-reference">
      <p className="meta">
        {tt(
          `${count} tipe. Deskripsi kolom dari skema (bahasa Inggris). Isi lengkap: schema/public.graphql.`,
          `${count} types. Field descriptions come from the schema. The whole file: schema/public.graphql.`,
        )}
      </p>
      {list.map((g) => (
        <section key={g.key} aria-labelledby={`kontrak-${g.key}`}>
          <h3 id={`kontrak-${g.key}`}>
            {titles[g.key]} ({g.types.length})
          </h3>
          {g.types.map((t) => {
            const entries = entriesOf(t);
            return (
              <details key={t.name} className="contract-type" data-type={t.name} open={g.key === 'query'}>
                <summary>
                  <code>{t.name}</code>
                  {t.description ? <span className="meta"> — {t.description.split('\n')[0]}</span> : null}
                </summary>
                {entries.length > 0 && (
                  <ul className="contract-fields">
                    {entries.map((e) => (
                      <li key={e.name}>
                        <code>{e.name}</code>
                        {e.args ? <code className="meta">{e.args}</code> : null}
                        {e.type ? (
                          <>
                            : <code>{e.type}</code>
                          </>
                        ) : null}
                        {e.description ? <span className="meta"> — {e.description}</span> : null}
                        {e.deprecated ? (
                          <strong>
                            {' '}
                            {tt('Usang', 'Deprecated')}: {e.deprecated}
                          </strong>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            );
          })}
        </section>
      ))}
    </div>
  );
}
