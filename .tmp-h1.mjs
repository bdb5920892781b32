import * as pg from 'libpg-query';
await pg.loadModule();
const q = process.argv[2];
console.log(JSON.stringify(pg.parsePlPgSQLSync(q), (k,v)=> k==='datums'?undefined:v, 1));
