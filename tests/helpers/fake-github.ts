/**
 * A loopback stand-in for the GitHub REST API, enough for the Action: issue comments (list with Link-header
 * pagination, create, update), pull-request files (paginated, cut at 3,000 as GitHub does), `GET /user` and
 * GraphQL's `viewer`. It records every request and answers like GitHub when things go wrong: 403 to chosen
 * methods (a fork's read-only token), and scripted faults — no answer in time, 500, 502, 429 and secondary or
 * primary rate-limit 403s with `Retry-After` / `x-ratelimit-*` headers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  authorization?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** One scripted misbehaviour, used up by the first `times` requests it matches. */
export interface Fault {
  method?: string;
  /** Matched against the path (`/repos/o/r/issues/42/comments`). */
  path?: RegExp;
  kind: 'slow' | 500 | 502 | 429 | 'secondary-403' | 'primary-403';
  /** How many requests it hits (default 1). */
  times?: number;
  /** `Retry-After` seconds for 429 and secondary limits (default 1). */
  retryAfter?: number;
  /** For 'slow': how long before the (normal) answer, in ms (default 5000). */
  delayMs?: number;
}

export interface FakeGithubOptions {
  /** Methods answered with 403 "Resource not accessible by integration". */
  deny?: Array<'GET' | 'POST' | 'PATCH'>;
  /** Changed files of every pull request. */
  files?: Array<string | { filename: string; previous_filename?: string; status?: string }>;
  /** Comments already on every issue: a body (by `someone`), or a body and its author. */
  comments?: Array<string | { body: string; login: string }>;
  /**
   * Who the token is. `{ user }`: a user's token, which `GET /user` names. `{ bot }` (the default,
   * `github-actions[bot]`): an installation token, which `GET /user` refuses and GraphQL's viewer names.
   * `{ bot, viewer: false }`: GraphQL refuses too.
   */
  identity?: { user: string } | { bot: string; viewer?: boolean };
  /** Scripted faults, consumed in order of matching. */
  faults?: Fault[];
}

export interface FakeGithub {
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  options: FakeGithubOptions;
  close(): Promise<void>;
}

/** GitHub's pull request files list stops here. */
const FILES_LIMIT = 3000;

const login = (options: FakeGithubOptions): string => {
  const id = options.identity ?? { bot: 'github-actions[bot]' };
  return 'user' in id ? id.user : id.bot;
};

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const comments: FakeComment[] = (options.comments ?? []).map((c) => {
    const { body, login: author } = typeof c === 'string' ? { body: c, login: 'someone' } : c;
    return { id: nextId++, body, user: { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' } };
  });
  const fake: FakeGithub = { url: '', requests, comments, options, close: async () => undefined };
  const sockets = new Set<import('node:net').Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', fake.url);
      const body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      const method = req.method ?? 'GET';
      requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      const answer = (): void => route(fake, { method, url, body, send, nextId: () => nextId++ });
      const fault = takeFault(fake.options, method, url.pathname);
      if (fault === undefined) return answer();
      const retryAfter = String(fault.retryAfter ?? 1);
      const reset = String(Math.floor(Date.now() / 1000) + 3600);
      switch (fault.kind) {
        case 'slow': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            answer();
          }, fault.delayMs ?? 5000);
          timers.add(timer);
          return;
        }
        case 500:
        case 502:
          return send(fault.kind, { message: fault.kind === 500 ? 'Server Error' : 'Bad Gateway' });
        case 429:
          return send(429, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': retryAfter });
        case 'secondary-403':
          return send(
            403,
            { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' },
            { 'retry-after': retryAfter },
          );
        case 'primary-403':
          return send(403, { message: 'API rate limit exceeded for installation.' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': reset });
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      // A slow answer's socket and timer would keep close() and the test process waiting: end them all.
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}

function takeFault(options: FakeGithubOptions, method: string, pathname: string): Fault | undefined {
  const i = (options.faults ?? []).findIndex((f) => (f.method === undefined || f.method === method) && (f.path === undefined || f.path.test(pathname)));
  if (i < 0) return undefined;
  const fault = options.faults![i]!;
  const times = (fault.times ?? 1) - 1;
  if (times <= 0) options.faults!.splice(i, 1);
  else options.faults![i] = { ...fault, times };
  return fault;
}

interface Exchange {
  method: string;
  url: URL;
  body: unknown;
  send: (status: number, payload: unknown, headers?: Record<string, string>) => void;
  nextId: () => number;
}

/** The normal answers, as GitHub gives them. */
function route(fake: FakeGithub, x: Exchange): void {
  const { method, url, send } = x;
  if ((fake.options.deny ?? []).includes(method as 'GET')) {
    return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
  }
  const id = fake.options.identity ?? { bot: 'github-actions[bot]' };
  if (url.pathname === '/user' && method === 'GET') {
    if ('user' in id) return send(200, { login: id.user, type: 'User' });
    return send(403, { message: 'Resource not accessible by integration' });
  }
  if (url.pathname === '/graphql' && method === 'POST') {
    if ('bot' in id && id.viewer === false) return send(403, { message: 'Resource not accessible by integration' });
    return send(200, { data: { viewer: { login: login(fake.options) } } });
  }
  let m: RegExpMatchArray | null;
  if (url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/)) {
    if (method === 'GET') return paginate(x, fake.comments);
    if (method === 'POST') {
      const author = login(fake.options);
      const comment: FakeComment = { id: x.nextId(), body: (x.body as { body: string }).body, user: { login: author, type: 'user' in id ? 'User' : 'Bot' } };
      fake.comments.push(comment);
      return send(201, comment);
    }
  }
  if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
    const comment = fake.comments.find((c) => c.id === Number(m![1]));
    if (comment === undefined) return send(404, { message: 'Not Found' });
    comment.body = (x.body as { body: string }).body;
    return send(200, comment);
  }
  if (url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/) && method === 'GET') {
    const files = (fake.options.files ?? []).slice(0, FILES_LIMIT).map((f) => (typeof f === 'string' ? { filename: f, status: 'modified' } : { status: 'modified', ...f }));
    return paginate(x, files);
  }
  send(404, { message: 'Not Found' });
}

/** A page of `items` with GitHub's Link header (`per_page` at most 100). */
function paginate(x: Exchange, items: unknown[]): void {
  const { url, send } = x;
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30'));
  const page = Number(url.searchParams.get('page') ?? '1');
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string): string => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  send(200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
}
