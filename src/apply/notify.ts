/**
 * Webhook notifications after `up`: a Slack-compatible JSON message (`{text, blocks}`) on success and on failure.
 * The URL comes from `--notify-webhook`, else SVC_MIGRATE_WEBHOOK_URL, else SLACK_WEBHOOK_URL. A webhook that
 * fails is a warning for the caller, never a reason to fail the run.
 */

export interface NotifyMessage {
  ok: boolean;
  environment: string;
  services: string[];
  /** `service id name` per applied migration. */
  migrations: { service: string; id: string; name: string; ms: number }[];
  durationMs: number;
  /** What failed, when !ok. */
  error?: string;
}

/** The webhook URL in force, or undefined when none is configured. */
export function webhookUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const v of [flag, env.SVC_MIGRATE_WEBHOOK_URL, env.SLACK_WEBHOOK_URL]) if (v && v.trim() !== '') return v.trim();
  return undefined;
}

/** A duration for people: milliseconds below a second (a fast run is not "0.0 s"), else seconds. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The Slack payload: a plain `text` for any receiver plus `blocks` for Slack. */
export function slackPayload(m: NotifyMessage): { text: string; blocks: unknown[] } {
  const head = m.ok
    ? `svc-migrate: ${m.migrations.length} migration(s) applied in ${m.environment}`
    : `svc-migrate: migration FAILED in ${m.environment}`;
  const services = m.services.length > 0 ? m.services.join(', ') : '(none)';
  const list = m.migrations.map((x) => `• ${x.service} ${x.id} ${x.name} (${Math.round(x.ms)} ms)`).join('\n');
  const lines = [
    head,
    `Services: ${services}`,
    `Duration: ${formatDuration(m.durationMs)}`,
    ...(list ? [`Migrations:\n${list}`] : []),
    ...(m.error ? [`Error: ${m.error}`] : []),
  ];
  const text = lines.join('\n');
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${head}*` } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Environment*\n${m.environment}` },
        { type: 'mrkdwn', text: `*Services*\n${services}` },
        { type: 'mrkdwn', text: `*Duration*\n${formatDuration(m.durationMs)}` },
        { type: 'mrkdwn', text: `*Migrations*\n${m.migrations.length}` },
      ],
    },
    ...(list ? [{ type: 'section', text: { type: 'mrkdwn', text: list.slice(0, 2900) } }] : []),
    ...(m.error ? [{ type: 'section', text: { type: 'mrkdwn', text: `*Error*\n${m.error.slice(0, 2900)}` } }] : []),
  ];
  return { text, blocks };
}

/** Posts the message. Returns a warning text on failure (never throws). Times out after `timeoutMs`. */
export async function notifyWebhook(url: string, m: NotifyMessage, timeoutMs = 10_000): Promise<string | undefined> {
  const shown = safeUrl(url);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(slackPayload(m)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return `webhook ${shown} answered ${res.status} ${res.statusText}`.trim();
    return undefined;
  } catch (e) {
    return `webhook ${shown} failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Webhook URLs carry their secret in the path (Slack): show only the origin. */
export function safeUrl(url: string): string {
  try {
    return new URL(url).origin + '/…';
  } catch {
    return '(invalid URL)';
  }
}
