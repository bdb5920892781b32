/**
 * Timing whole processes, fairly: every contender runs N times, interleaved (A B A B ...), so that a noisy
 * neighbour on the shared machine slows both sides alike instead of one block of runs. Wall time is measured
 * around the process from the parent; peak RSS comes from GNU time (`/usr/bin/time -v`) when it is installed,
 * else, for Node children only, from a preloaded module that prints `process.resourceUsage().maxRSS` at exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** True when GNU time is present and understands -v (busybox's does not). */
function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

let preload;
/**
 * Without GNU time: a module preloaded into Node children (`node -r`) that prints the process's own peak RSS
 * (`process.resourceUsage().maxRSS`, kB) when it exits. Non-Node children then report no RSS.
 */
function rssPreload() {
  if (preload) return preload;
  preload = path.join(mkdtempSync(path.join(tmpdir(), 'svc-migrate-bench-')), 'rss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('\\nSVC_BENCH_MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  return preload;
}

export const measuresRss = hasGnuTime();

/**
 * Runs one command once. Returns wall time (ms), peak RSS (MB, undefined when unknown), exit code and output.
 * @param {{cmd: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv}} job
 */
export function runOnce(job) {
  const useTime = measuresRss;
  const isNode = job.cmd === process.execPath || job.cmd === 'node';
  const cmd = useTime ? GNU_TIME : job.cmd;
  const args = useTime ? ['-v', job.cmd, ...job.args] : isNode ? ['-r', rssPreload(), ...job.args] : job.args;
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: job.cwd,
    env: job.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let stderr = r.stderr ?? '';
  let rssMb;
  let cpuMs;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (m) rssMb = Number(m[1]) / 1024;
    // CPU time says what the work costs even when a loaded machine stretches the wall time.
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
    // GNU time appends its report; keep the command's own stderr readable.
    const cut = stderr.lastIndexOf('\tCommand being timed:');
    if (cut >= 0) stderr = stderr.slice(0, cut);
    // "Command exited with non-zero status N" is GNU time's line, not the command's.
    stderr = stderr.replace(/Command exited with non-zero status \d+\n?$/, '');
  } else if (isNode) {
    const m = /\nSVC_BENCH_MAXRSS_KB=(\d+)\n$/.exec(stderr);
    if (m) {
      rssMb = Number(m[1]) / 1024;
      stderr = stderr.slice(0, m.index);
    }
  }
  return { ms, rssMb, cpuMs, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr, error: r.error };
}

/** Median of numbers (mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs the contenders interleaved, `runs` times each, after one untimed warm-up each (page cache, JIT of the
 * runtime itself). `prepare(contender, i)` runs before every run, untimed, and returns the job (a fresh
 * database, for instance); `check(contender, result, i)` throws when a run did not do its job, so a failing
 * tool is never reported as fast; `cleanup(contender, i)` always runs after. All three may be async.
 * @returns {Promise<Array<{name: string, ms: number[], rssMb: (number|undefined)[], cpuMs: (number|undefined)[]}>>}
 */
export async function interleave(contenders, { runs, warmup = 1, prepare, cleanup, check }) {
  const results = contenders.map((c) => ({ name: c.name, ms: [], rssMb: [], cpuMs: [] }));
  for (let i = -warmup; i < runs; i++) {
    for (const [k, c] of contenders.entries()) {
      const job = prepare ? await prepare(c, i) : c.job;
      let r;
      try {
        r = runOnce(job);
        if (check) await check(c, r, i);
      } finally {
        if (cleanup) await cleanup(c, i);
      }
      if (i >= 0) {
        results[k].ms.push(r.ms);
        results[k].rssMb.push(r.rssMb);
        results[k].cpuMs.push(r.cpuMs);
      }
      process.stderr.write(`  ${i < 0 ? 'warm-up' : `run ${i + 1}/${runs}`} ${c.name}: ${r.ms.toFixed(0)} ms\n`);
    }
  }
  return results;
}

/** Throws with the tail of the output when a process failed to start or was killed. */
export function assertRan(name, r, okStatuses = [0]) {
  if (r.error) throw new Error(`${name} did not start: ${r.error.message}`);
  if (!okStatuses.includes(r.status)) {
    const tail = (r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n');
    throw new Error(`${name} exited with ${r.status ?? r.signal}, expected ${okStatuses.join(' or ')}:\n${tail}`);
  }
}

/** Summary of one contender's runs. */
export function summarize(result) {
  const rss = result.rssMb.filter((x) => x !== undefined);
  const cpu = (result.cpuMs ?? []).filter((x) => x !== undefined);
  return {
    cpuMs: cpu.length ? median(cpu) : undefined,
    name: result.name,
    runs: result.ms.length,
    median: median(result.ms),
    min: Math.min(...result.ms),
    rssMb: rss.length ? Math.max(...rss) : undefined,
  };
}

/** Plain-text table, columns padded; the first column left-aligned, the rest right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function fmtMs(ms) {
  if (ms === undefined) return 'n/a';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

export function fmtMb(mb) {
  return mb === undefined ? 'n/a' : `${mb.toFixed(0)} MB`;
}
