import type { ObjectKind, SchemaObject } from '../core/schema-diff.js';
import { diffSnapshots, type SchemaSnapshot } from './snapshot.js';

function obj(key: string, attributes: Record<string, string>): SchemaObject {
  const [kind, name] = key.includes(' view ') ? ['materialized view', key.slice(18)] : [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  return { kind: kind as ObjectKind, name: name as string, attributes };
}
const snap = (objects: Record<string, Record<string, string>>): SchemaSnapshot => ({
  objects: Object.fromEntries(Object.entries(objects).map(([k, a]) => [k, obj(k, a)])),
});

interface Case {
  name: string;
  before: Record<string, Record<string, string>>;
  after: Record<string, Record<string, string>>;
  want: string[];
}

describe('diffSnapshots (what verify prints)', () => {
  test.each<Case>([
    { name: 'equal schemas', before: { 'table s.t': {} }, after: { 'table s.t': {} }, want: [] },
    {
      name: 'an index left behind',
      before: {},
      after: { 'index s.users_email_idx': { definition: 'CREATE INDEX users_email_idx ON s.users USING btree (email)', method: 'btree', columns: 'email' } },
      want: ['+ index s.users_email_idx: CREATE INDEX users_email_idx ON s.users USING btree (email)'],
    },
    {
      name: 'a column gone: its type follows the name',
      before: { 'column s.users.bio': { type: 'text', 'not null': 'yes' } },
      after: {},
      want: ['- column s.users.bio text not null'],
    },
    {
      name: 'a changed column type',
      before: { 'column s.users.bio': { type: 'text' } },
      after: { 'column s.users.bio': { type: 'character varying(20)' } },
      want: ['~ column s.users.bio: type: text -> character varying(20)'],
    },
    {
      name: 'objects without detail print their name only; lines sorted by object',
      before: { 'table s.b': {} },
      after: { 'schema s': {}, 'table s.a': {} },
      want: ['+ schema s', '+ table s.a', '- table s.b'],
    },
  ])('$name', ({ before, after, want }) => {
    expect(diffSnapshots(snap(before), snap(after))).toEqual(want);
  });
});
