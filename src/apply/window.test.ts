import { describeWindow, inWindow, windowProblem } from './window.js';
import type { MaintenanceWindow } from '../repo/types.js';

const sat: MaintenanceWindow = { days: ['sat', 'sun'], start: '02:00', end: '04:00', timezone: 'UTC' };
const night: MaintenanceWindow = { days: ['friday'], start: '22:00', end: '02:00', timezone: 'Europe/Berlin' };

describe('inWindow', () => {
  it.each([
    [sat, '2026-11-28T02:00:00Z', true], // Saturday, start is inside
    [sat, '2026-11-28T03:59:00Z', true],
    [sat, '2026-11-28T04:00:00Z', false], // end is outside
    [sat, '2026-11-27T03:00:00Z', false], // Friday
    [sat, '2026-11-29T03:00:00Z', true], // Sunday
    // Berlin is UTC+1 in November: Friday 22:30 local = 21:30 UTC
    [night, '2026-11-27T21:30:00Z', true],
    [night, '2026-11-28T00:30:00Z', true], // Saturday 01:30 local, the window that began Friday
    [night, '2026-11-28T01:30:00Z', false], // Saturday 02:30 local
    [night, '2026-11-28T21:30:00Z', false], // Saturday 22:30 local: not a window day
    [{ start: '00:00', end: '00:00' }, '2026-11-28T12:00:00Z', true], // whole day, every day
  ] as [MaintenanceWindow, string, boolean][])('%j at %s -> %s', (w, at, expected) => {
    expect(inWindow(w, new Date(at))).toBe(expected);
  });
});

describe('windowProblem', () => {
  it.each([
    [undefined, /no maintenance_window/],
    [{ start: '2am', end: '04:00' }, /start "2am"/],
    [{ start: '02:00', end: '25:00' }, /end "25:00"/],
    [{ start: '02:00', end: '04:00', days: ['someday'] }, /someday/],
    [{ start: '02:00', end: '04:00', timezone: 'Mars/Base' }, /Mars\/Base/],
  ] as [MaintenanceWindow | undefined, RegExp][])('%j', (w, message) => {
    expect(windowProblem(w)).toMatch(message);
    if (w) expect(inWindow(w, new Date())).toBe(false);
  });

  it('accepts a good window and describes it', () => {
    expect(windowProblem(sat)).toBeUndefined();
    expect(describeWindow(sat)).toBe('sat,sun 02:00-04:00 UTC');
  });
});
