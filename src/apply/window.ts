/**
 * Maintenance windows: `{"days": ["sat","sun"], "start": "02:00", "end": "04:00", "timezone": "Europe/Berlin"}`.
 * `days` (optional, default every day) are the days the window STARTS on, in its timezone (default UTC);
 * `end` before `start` means the window crosses midnight (`22:00`–`02:00`). `start` is inside, `end` is not.
 */
import type { MaintenanceWindow } from '../repo/types.js';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Day index 0=Sunday from `sat`, `Saturday`, `SAT`; undefined when not a day name. */
export function dayIndex(name: string): number | undefined {
  const i = DAY_NAMES.indexOf(name.trim().toLowerCase().slice(0, 3));
  return i < 0 ? undefined : i;
}

/** Minutes after midnight of `HH:MM`; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/** Weekday (0=Sunday) and minutes after midnight of `now` in `timeZone`. Throws RangeError for an unknown zone. */
export function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: dayIndex(get('weekday')) ?? 0, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** The problem with a window definition, or undefined when usable. */
export function windowProblem(w: MaintenanceWindow | undefined): string | undefined {
  if (!w || typeof w !== 'object') return 'no maintenance_window is configured';
  if (parseClock(String(w.start)) === undefined) return `maintenance_window.start "${w.start}" is not HH:MM`;
  if (parseClock(String(w.end)) === undefined) return `maintenance_window.end "${w.end}" is not HH:MM`;
  for (const d of w.days ?? []) if (dayIndex(String(d)) === undefined) return `maintenance_window.days has "${d}", not a day name`;
  try {
    localTime(new Date(0), w.timezone ?? 'UTC');
  } catch {
    return `maintenance_window.timezone "${w.timezone}" is not a known IANA time zone`;
  }
  return undefined;
}

/** True when `now` falls inside the window. Call `windowProblem` first: a broken window is never open. */
export function inWindow(w: MaintenanceWindow, now: Date): boolean {
  if (windowProblem(w)) return false;
  const start = parseClock(w.start)!;
  const end = parseClock(w.end)!;
  const { day, minutes } = localTime(now, w.timezone ?? 'UTC');
  const days = w.days && w.days.length > 0 ? new Set(w.days.map((d) => dayIndex(d)!)) : undefined;
  const dayOk = (d: number) => !days || days.has(d);
  if (start === end) return dayOk(day); // a whole-day window
  if (start < end) return dayOk(day) && minutes >= start && minutes < end;
  // Crosses midnight: the evening part belongs to today, the morning part to the window that began yesterday.
  return (dayOk(day) && minutes >= start) || (dayOk((day + 6) % 7) && minutes < end);
}

/** `sat,sun 02:00-04:00 UTC`, for messages. */
export function describeWindow(w: MaintenanceWindow): string {
  const days = w.days && w.days.length > 0 ? w.days.join(',') + ' ' : 'daily ';
  return `${days}${w.start}-${w.end} ${w.timezone ?? 'UTC'}`;
}
