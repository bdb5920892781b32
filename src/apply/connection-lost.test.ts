import { isConnectionLost } from './connection-lost.js';

function err(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('isConnectionLost', () => {
  it.each([
    ['pg_terminate_backend', err('terminating connection due to administrator command', '57P01'), true],
    ['immediate shutdown', err('terminating connection due to immediate shutdown command', '57P01'), true],
    ['crash of another backend', err('terminating connection because of crash of another server process', '57P02'), true],
    ['server starting up', err('the database system is starting up', '57P03'), true],
    ['connection exception class 08', err('connection failure', '08006'), true],
    ['pg: socket closed under a query', err('Connection terminated unexpectedly'), true],
    ['pg: client no longer usable', err('Client has encountered a connection error and is not queryable'), true],
    ['socket reset', err('read ECONNRESET', 'ECONNRESET'), true],
    ['a statement error', err('relation "x" does not exist', '42P01'), false],
    ['lock timeout', err('canceling statement due to lock timeout', '55P03'), false],
    ['statement timeout (a cancel, the connection lives)', err('canceling statement due to statement timeout', '57014'), false],
    ['not an Error', 'Connection terminated', false],
  ])('%s', (_name, e, expected) => {
    expect(isConnectionLost(e)).toBe(expected);
  });
});
