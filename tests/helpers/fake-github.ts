/**
 * A loopback stand-in for the GitHub REST API, enough for the Action: issue comments (list with Link-header
 * pagination, create, update) and pull-request files (paginated). It records every request and can answer
 * 403 to chosen methods, as GitHub does for a fork's read-only token.
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

export interface FakeGithubOptions {
  /** Methods answered with 403 "Resource not accessible by integration". */
  deny?: Array<'GET' | 'POST' | 'PATCH'>;
  /** Changed files of every pull request. */
  files?: Array<string | { filename: string; previous_filename?: string; status?: string }>;
  /** Comments already on every issue. */
  comments?: string[];
}

export interface FakeGithub {
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  options: FakeGithubOptions;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const comments: FakeComment[] = (options.comments ?? []).map((body) => ({
    id: nextId++,
    body,
    user: { login: 'someone', type: 'User' },
  }));
  const fake: FakeGithub = { url: '', requests, comments, options, close: async () => undefined };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', fake.url);
      const body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: req.headers.authorization,
      });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      if ((fake.options.deny ?? []).includes(req.method as 'GET')) {
        send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      const paginate = (items: unknown[]): void => {
        const perPage = Number(url.searchParams.get('per_page') ?? '30');
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
      };

      let m: RegExpMatchArray | null;
      if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
        if (req.method === 'GET') return paginate(comments);
        if (req.method === 'POST') {
          const comment: FakeComment = {
            id: nextId++,
            body: (body as { body: string }).body,
            user: { login: 'github-actions[bot]', type: 'Bot' },
          };
          comments.push(comment);
          return send(201, comment);
        }
      }
      if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(m![1]));
        if (comment === undefined) return send(404, { message: 'Not Found' });
        comment.body = (body as { body: string }).body;
        return send(200, comment);
      }
      if (url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/) && req.method === 'GET') {
        const files = (fake.options.files ?? []).map((f) =>
          typeof f === 'string' ? { filename: f, status: 'modified' } : { status: 'modified', ...f },
        );
        return paginate(files);
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
