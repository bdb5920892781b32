import { diffSnapshots, type SchemaSnapshot } from './snapshot.js';

const snap = (objects: Record<string, string>): SchemaSnapshot => ({ objects });

interface Case {
  name: string;
  before: Record<string, string>;
  after: Record<string, string>;
  want: string[];
}

describe('diffSnapshots', () => {
  test.each<Case>([
    { name: 'equal schemas', before: { 'table s.t': '' }, after: { 'table s.t': '' }, want: [] },
    {
      name: 'an index left behind',
      before: {},
      after: { 'index s.users_email_idx': 'CREATE INDEX users_email_idx ON s.users USING btree (email)' },
      want: ['+ index s.users_email_idx: CREATE INDEX users_email_idx ON s.users USING btree (email)'],
    },
    {
      name: 'a column gone: its type follows the name',
      before: { 'column s.users.bio': 'text' },
      after: {},
      want: ['- column s.users.bio text'],
    },
    {
      name: 'a changed column type',
      before: { 'column s.users.bio': 'text' },
      after: { 'column s.users.bio': 'character varying(20)' },
      want: ['~ column s.users.bio: text -> character varying(20)'],
    },
    {
      name: 'objects without detail print their name only; lines sorted by object',
      before: { 'table s.b': '' },
      after: { 'schema s': '', 'table s.a': '' },
      want: ['+ schema s', '+ table s.a', '- table s.b'],
    },
  ])('$name', ({ before, after, want }) => {
    expect(diffSnapshots(snap(before), snap(after))).toEqual(want);
  });
});
