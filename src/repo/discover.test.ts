import { suggestFileName, explainBadFileName, globSegmentToRegExp, isIgnoredFile, isInside, parseMigrationFileName } from './discover.js';

describe('parseMigrationFileName', () => {
  const valid: [string, string, string, string, string][] = [
    ['000001_create_users.up.sql', '000001', 'create_users', 'up', 'standard'],
    ['000001_create_users.down.sql', '000001', 'create_users', 'down', 'standard'],
    ['1_x.up.sql', '1', 'x', 'up', 'standard'],
    ['0002_1.7.0_schema.up.sql', '0002', '1.7.0_schema', 'up', 'standard'],
    ['0005_Add-Column.down.sql', '0005', 'Add-Column', 'down', 'standard'],
    ['1085649617_create_users_table.up.sql', '1085649617', 'create_users_table', 'up', 'standard'],
    ['0042_create_table_x_up.sql', '0042', 'create_table_x', 'up', 'underscore'],
    ['0042_create_table_x_down.sql', '0042', 'create_table_x', 'down', 'underscore'],
  ];
  test.each(valid)('%s', (file, id, name, direction, style) => {
    expect(parseMigrationFileName(file)).toEqual({ id, name, direction, style });
  });

  const invalid: [string, RegExp][] = [
    ['create_users.up.sql', /numeric id/],
    ['000001_create users.up.sql', /name part/],
    ['000001_.up.sql', /name part/],
    ['000001_x.sql', /\.up\.sql or \.down\.sql/],
    ['000001_x.UP.SQL', /\.up\.sql or \.down\.sql/],
    ['000001_x.up.sql.bak', /not a \.sql file/],
    ['v1_init.up.sql', /numeric id/],
    ['0157.up.sql', /no "_name" after the id/],
  ];
  test.each(invalid)('%s is not a migration name', (file, why) => {
    expect(parseMigrationFileName(file)).toBeUndefined();
    expect(explainBadFileName(file)).toMatch(why);
  });
});

describe('helpers', () => {
  const ignored: [string, boolean][] = [
    ['README.md', true],
    ['readme', true],
    ['.gitkeep', true],
    ['.DS_Store', true],
    ['notes.txt', false],
    ['000001_x.up.sql', false],
  ];
  test.each(ignored)('isIgnoredFile(%s) = %s', (name, expected) => {
    expect(isIgnoredFile(name)).toBe(expected);
  });

  const globs: [string, string, boolean][] = [
    ['*', 'user-service', true],
    ['user-*', 'user-service', true],
    ['user-*', 'billing', false],
    ['svc-?', 'svc-a', true],
    ['svc-?', 'svc-ab', false],
    ['[ab]-svc', 'b-svc', true],
    ['a.b', 'axb', false],
  ];
  test.each(globs)('glob %s matches %s: %s', (glob, name, expected) => {
    expect(globSegmentToRegExp(glob).test(name)).toBe(expected);
  });

  test('isInside compares whole path segments', () => {
    expect(isInside('/a/root', '/a/root')).toBe(true);
    expect(isInside('/a/root', '/a/root/x')).toBe(true);
    expect(isInside('/a/root', '/a/rootless')).toBe(false);
    expect(isInside('/', '/x')).toBe(true);
  });
});

describe('suggestFileName', () => {
  const cases: [string, string | undefined][] = [
    ['0157.up.sql', '0157_<what_it_does>.up.sql'],
    ['20211115181400_update-auth-permissions.sql', '20211115181400_update-auth-permissions.up.sql (with a 20211115181400_update-auth-permissions.down.sql that undoes it)'],
    ['000002_bad name.up.sql', undefined],
    ['create_things.sql', undefined],
  ];
  test.each(cases)('%s', (file, expected) => {
    expect(suggestFileName(file)).toBe(expected);
  });
});
