/**
 * The Action's GitHub client against the loopback fake: a timeout on every attempt, retries on 5xx and on no
 * answer, rate limits waited out as Retry-After says (within a bound), and failures classified so that a rate
 * limit is never reported as a missing permission.
 */
import { apiSettingsFrom, createOctokit, DEFAULT_API_SETTINGS, describeApiFailure, octokitApi, type ApiSettings } from '../src/action/github-api.js';
import { startFakeGithub, type FakeGithub, type Fault } from './helpers/fake-github.js';

const FAST: ApiSettings = { timeoutMs: 300, retryBaseMs: 5, retries: 3, maxWaitSeconds: 60 };

let fake: FakeGithub;
afterEach(() => fake?.close());

async function client(faults: Fault[], settings = FAST): Promise<{ api: ReturnType<typeof octokitApi>; log: string[] }> {
  fake = await startFakeGithub({ faults, comments: ['a', 'b'] });
  const log: string[] = [];
  return { api: octokitApi(createOctokit('t0ken', fake.url, settings, (l) => log.push(l)), 'o', 'r'), log };
}

const gets = (): number => fake.requests.filter((r) => r.method === 'GET').length;

test('an attempt that gets no answer in time is abandoned and retried', async () => {
  const { api } = await client([{ kind: 'slow', delayMs: 10_000, times: 2 }]);
  const started = Date.now();
  expect((await api.listComments(1)).map((c) => c.body)).toEqual(['a', 'b']);
  expect(gets()).toBe(3);
  expect(Date.now() - started).toBeLessThan(3000);
});

test('no answer at all fails after the retries, as unavailable, in bounded time', async () => {
  const { api } = await client([{ kind: 'slow', delayMs: 10_000, times: 10 }]);
  const error = await api.listComments(1).catch((e: unknown) => e);
  expect(gets()).toBe(4);
  expect(describeApiFailure(error)).toEqual({ kind: 'unavailable', text: expect.stringMatching(/did not answer within 300 ms/) });
});

test.each<[Fault['kind']]>([[500], [502]])('HTTP %s is retried', async (kind) => {
  const { api } = await client([{ kind, times: 2 }]);
  expect(await api.listComments(1)).toHaveLength(2);
  expect(gets()).toBe(3);
});

test.each<[Fault['kind']]>([[429], ['secondary-403']])('%s is retried after Retry-After', async (kind) => {
  const { api, log } = await client([{ kind, retryAfter: 3 }]);
  const started = Date.now();
  expect(await api.listComments(1)).toHaveLength(2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  expect(log).toEqual([expect.stringMatching(/secondary rate limit on GET .*retrying after 3 s \(retry 1 of 3\)/)]);
});

test('a rate limit asking for a longer wait than allowed is not waited for, and is called a rate limit', async () => {
  const { api, log } = await client([{ kind: 'primary-403', times: 5 }]);
  const error = await api.listComments(1).catch((e: unknown) => e);
  expect(gets()).toBe(1);
  expect(log).toEqual([expect.stringMatching(/rate limit on GET .*giving up/)]);
  expect(describeApiFailure(error)).toEqual({ kind: 'rate-limit', text: expect.stringMatching(/rate limit was exceeded \(HTTP 403\).*not a permission problem/) });
});

test('a permission refusal is not retried and is called one', async () => {
  fake = await startFakeGithub({ deny: ['POST'] });
  const api = octokitApi(createOctokit('t', fake.url, FAST, () => undefined), 'o', 'r');
  const error = await api.createComment(1, 'x').catch((e: unknown) => e);
  expect(fake.requests).toHaveLength(1);
  expect(describeApiFailure(error)).toMatchObject({ kind: 'permission', text: expect.stringMatching(/HTTP 403/) });
});

test.each<[object, string | undefined]>([
  [{ user: 'octocat' }, 'octocat'],
  [{ bot: 'my-app[bot]' }, 'my-app[bot]'],
  [{ bot: 'x[bot]', viewer: false }, undefined],
])('whoAmI with identity %j', async (identity, expected) => {
  fake = await startFakeGithub({ identity: identity as { user: string } });
  const api = octokitApi(createOctokit('t', fake.url, FAST, () => undefined), 'o', 'r');
  expect(await api.whoAmI()).toBe(expected);
});

test('settings come from the environment only when they are positive numbers', () => {
  expect(apiSettingsFrom({})).toEqual(DEFAULT_API_SETTINGS);
  expect(apiSettingsFrom({ SVC_MIGRATE_API_TIMEOUT_MS: '500', SVC_MIGRATE_API_RETRY_BASE_MS: '10' })).toMatchObject({ timeoutMs: 500, retryBaseMs: 10 });
  expect(apiSettingsFrom({ SVC_MIGRATE_API_TIMEOUT_MS: '-1', SVC_MIGRATE_API_RETRY_BASE_MS: 'soon' })).toEqual(DEFAULT_API_SETTINGS);
});
