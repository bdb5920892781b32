import { createServer } from 'node:http';
import { notifyWebhook, safeUrl, slackPayload, webhookUrl, type NotifyMessage } from './notify.js';

const msg: NotifyMessage = {
  ok: true,
  environment: 'staging',
  services: ['user-service'],
  migrations: [{ service: 'user-service', id: '000002', name: 'add_user_profiles', ms: 12.5 }],
  durationMs: 1500,
};

describe('webhookUrl', () => {
  it.each([
    ['flag', { SVC_MIGRATE_WEBHOOK_URL: 'env', SLACK_WEBHOOK_URL: 'slack' }, 'flag'],
    [undefined, { SVC_MIGRATE_WEBHOOK_URL: 'env', SLACK_WEBHOOK_URL: 'slack' }, 'env'],
    [undefined, { SLACK_WEBHOOK_URL: 'slack' }, 'slack'],
    [undefined, {}, undefined],
    ['  ', {}, undefined],
  ] as [string | undefined, NodeJS.ProcessEnv, string | undefined][])('flag %s, env %j -> %s', (flag, env, expected) => {
    expect(webhookUrl(flag, env)).toBe(expected);
  });
});

describe('slackPayload', () => {
  it('names service, environment, migrations and duration', () => {
    const p = slackPayload(msg);
    expect(p.text).toContain('1 migration(s) applied in staging');
    expect(p.text).toContain('Services: user-service');
    expect(p.text).toContain('user-service 000002 add_user_profiles');
    expect(p.text).toContain('Duration: 1.5 s');
    expect(slackPayload({ ...msg, durationMs: 42.4 }).text).toContain('Duration: 42 ms');
    expect(p.blocks.length).toBeGreaterThan(1);
  });

  it('says FAILED and the error on failure', () => {
    const p = slackPayload({ ...msg, ok: false, error: 'user-service 000003: boom' });
    expect(p.text).toContain('FAILED in staging');
    expect(p.text).toContain('Error: user-service 000003: boom');
  });
});

describe('notifyWebhook', () => {
  it('posts JSON to a loopback server; a non-2xx answer or no server is a warning', async () => {
    const received: string[] = [];
    let status = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(`${req.method} ${req.headers['content-type']} ${body}`);
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T000/B000/secret`;
    try {
      expect(await notifyWebhook(url, msg)).toBeUndefined();
      expect(received[0]).toMatch(/^POST application\/json \{"text":"svc-migrate: 1 migration/);
      status = 500;
      const warning = await notifyWebhook(url, msg);
      expect(warning).toMatch(/answered 500/);
      expect(warning).not.toContain('secret');
    } finally {
      server.close();
    }
    expect(await notifyWebhook('http://127.0.0.1:1/x', msg, 2000)).toMatch(/failed/);
    expect(safeUrl('https://hooks.slack.com/services/T/B/secret')).toBe('https://hooks.slack.com/…');
  });
});
