var __svc_migrate_import_meta_url = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/types.ts
function countFindings(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
function failsAt(severity, failOn) {
  if (failOn === "never") return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.service ?? "", b.service ?? "") || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}
var SEVERITY_RANK, UsageError;
var init_types = __esm({
  "src/core/types.ts"() {
    "use strict";
    SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/lint/cache.ts
function defaultCacheDir(root, env = process.env) {
  const base = env.XDG_CACHE_HOME || import_node_path.default.join((0, import_node_os.homedir)(), ".cache");
  const repo = (0, import_node_crypto.createHash)("sha1").update(import_node_path.default.resolve(root)).digest("hex").slice(0, 16);
  return import_node_path.default.join(base, "svc-migrate", repo);
}
function cacheFileExists(options) {
  return (0, import_node_fs.existsSync)(import_node_path.default.join(options.dir, FILE));
}
function contentHash(bytes) {
  return (0, import_node_crypto.createHash)("sha1").update(bytes).digest("hex");
}
function readEntries(file, build) {
  let parsed;
  try {
    parsed = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
  const body = parsed;
  const out = /* @__PURE__ */ new Map();
  if (!body || body.format !== FORMAT || body.build !== build) return out;
  const { runs, strings: strings2, shapes, entries } = body;
  if (!Array.isArray(runs) || !Array.isArray(strings2) || !Array.isArray(shapes) || !Array.isArray(entries)) return out;
  if (!strings2.every((x) => typeof x === "string") || !shapes.every((x) => Array.isArray(x) && x.every((k) => typeof k === "string"))) return out;
  const tables = { strings: strings2, shapes };
  for (const e of entries) {
    if (!Array.isArray(e) || e.length !== 6) continue;
    const [run13, facts, hash, findings, tablesWritten2, flags] = e;
    const runKey = typeof run13 === "number" ? runs[run13] : void 0;
    if (typeof runKey !== "string" || typeof facts !== "string" || typeof hash !== "string" || !Array.isArray(findings) || !Array.isArray(tablesWritten2) || typeof flags !== "number") continue;
    out.set(`${runKey}
${facts}`, { hash, findings, tablesWritten: tablesWritten2, flags, tables });
  }
  return out;
}
function shapeKinds(tables) {
  let kinds = kindsOf.get(tables);
  if (!kinds) {
    kinds = tables.shapes.map((keys) => Uint8Array.from(keys, (k) => NUMERIC_FIELDS.has(k) ? POSITION : JOB_FIELDS.has(k) ? JOB_TEXT : TEXT));
    kindsOf.set(tables, kinds);
  }
  return kinds;
}
function decode(entry2, job) {
  const { strings: strings2, shapes } = entry2.tables;
  const kinds = shapeKinds(entry2.tables);
  const facts = job.facts;
  const findings = [];
  for (const stored of entry2.findings) {
    if (!Array.isArray(stored)) return void 0;
    const shape = stored[0];
    const keys = shapes[shape];
    const kind = kinds[shape];
    if (!keys || !kind || stored.length !== keys.length + 1) return void 0;
    const f = {};
    for (let i = 0; i < keys.length; i++) {
      const v = stored[i + 1];
      const value = kind[i] === POSITION ? v : kind[i] === JOB_TEXT && v === JOB ? facts[keys[i]] : strings2[v];
      if (value === void 0 || kind[i] === POSITION && typeof value !== "number") return void 0;
      f[keys[i]] = value;
    }
    if (typeof f.rule !== "string" || typeof f.severity !== "string" || typeof f.message !== "string") return void 0;
    findings.push(f);
  }
  const tablesWritten2 = [];
  for (const t of entry2.tablesWritten) {
    const name2 = strings2[t];
    if (typeof name2 !== "string") return void 0;
    tablesWritten2.push(name2);
  }
  const { file, service, migration, direction } = job.facts;
  const flags = entry2.flags;
  return {
    findings,
    analysis: {
      file,
      service,
      migration,
      direction,
      tablesWritten: tablesWritten2,
      nonTransactional: (flags & NON_TRANSACTIONAL) !== 0,
      empty: (flags & EMPTY) !== 0,
      syntaxError: (flags & SYNTAX_ERROR) !== 0
    }
  };
}
var import_node_crypto, import_node_fs, import_node_os, import_node_path, BUILD_ID, FILE, FORMAT, KEEP_FACTOR, KEEP_MIN, JOB, NON_TRANSACTIONAL, EMPTY, SYNTAX_ERROR, JOB_FIELDS, NUMERIC_FIELDS, Encoder, LintCache, TEXT, POSITION, JOB_TEXT, kindsOf;
var init_cache = __esm({
  "src/lint/cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs = require("node:fs");
    import_node_os = require("node:os");
    import_node_path = __toESM(require("node:path"), 1);
    BUILD_ID = true ? "49fc0b59afdf12d7" : void 0;
    FILE = "lint.json";
    FORMAT = 3;
    KEEP_FACTOR = 4;
    KEEP_MIN = 2e3;
    JOB = -1;
    NON_TRANSACTIONAL = 1;
    EMPTY = 2;
    SYNTAX_ERROR = 4;
    JOB_FIELDS = /* @__PURE__ */ new Set(["file", "service", "migration"]);
    NUMERIC_FIELDS = /* @__PURE__ */ new Set(["line", "column", "endLine", "endColumn"]);
    Encoder = class {
      strings = [];
      shapes = [];
      stringIndex = /* @__PURE__ */ new Map();
      shapeIndex = /* @__PURE__ */ new Map();
      string(s) {
        let i = this.stringIndex.get(s);
        if (i === void 0) {
          i = this.strings.push(s) - 1;
          this.stringIndex.set(s, i);
        }
        return i;
      }
      shape(keys) {
        const name2 = keys.join(",");
        let i = this.shapeIndex.get(name2);
        if (i === void 0) {
          i = this.shapes.push(keys) - 1;
          this.shapeIndex.set(name2, i);
        }
        return i;
      }
      /** A fresh result of `job`. */
      encode(hash, result, job) {
        const facts = job.facts;
        const findings = result.findings.map((f) => {
          const record = f;
          const keys = Object.keys(f).filter((k) => record[k] !== void 0);
          const out = [this.shape(keys)];
          for (const k of keys) {
            const v = record[k];
            out.push(typeof v === "number" ? v : JOB_FIELDS.has(k) && v === facts[k] ? JOB : this.string(v));
          }
          return out;
        });
        const a = result.analysis;
        const flags = (a.nonTransactional ? NON_TRANSACTIONAL : 0) | (a.empty ? EMPTY : 0) | (a.syntaxError ? SYNTAX_ERROR : 0);
        return { hash, findings, tablesWritten: a.tablesWritten.map((t) => this.string(t)), flags, tables: this };
      }
      /** An entry read from the file, its numbers moved to this file's tables. */
      reencode(entry2) {
        if (entry2.tables === this) return entry2;
        const { strings: strings2, shapes } = entry2.tables;
        const findings = entry2.findings.map((stored) => {
          const keys = shapes[stored[0]];
          const out = [this.shape([...keys])];
          keys.forEach((k, i) => {
            const v = stored[i + 1];
            out.push(NUMERIC_FIELDS.has(k) || v === JOB ? v : this.string(strings2[v]));
          });
          return out;
        });
        return { ...entry2, findings, tablesWritten: entry2.tablesWritten.map((t) => this.string(strings2[t])), tables: this };
      }
    };
    LintCache = class _LintCache {
      constructor(file, build, runKey, previous) {
        this.file = file;
        this.build = build;
        this.runKey = runKey;
        this.previous = previous;
      }
      file;
      build;
      runKey;
      previous;
      /** Entries of this run, encoded against `encoder`'s tables. */
      used = /* @__PURE__ */ new Map();
      encoder = new Encoder();
      changed = false;
      /** Opens the cache of `options.dir` for a run with these settings; undefined when there is no build id. */
      static open(options, shared) {
        const build = options.buildId ?? BUILD_ID;
        if (!build) return void 0;
        const file = import_node_path.default.join(options.dir, FILE);
        const runKey = (0, import_node_crypto.createHash)("sha1").update(JSON.stringify({
          build,
          severities: Object.entries(shared.severities).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0),
          schemas: [...shared.allServiceSchemas].sort(),
          pgVersion: shared.pgVersion
        })).digest("hex");
        return new _LintCache(file, build, runKey, readEntries(file, build));
      }
      /** Whether an earlier run left anything to reuse. */
      hasEntries() {
        return this.previous.size > 0;
      }
      /**
       * The key of a job: this run's settings plus the file's facts, as they are (a string compare is cheaper than
       * hashing each one, and the facts must match exactly, not by a hash that a crafted path could collide with).
       */
      key(job) {
        return `${this.runKey}
${JSON.stringify(job.facts)}`;
      }
      /** The content hash an earlier run linted this job's file at, if any. */
      expected(key2) {
        return this.previous.get(key2)?.hash;
      }
      /** The cached result of `job` (key `key`) for bytes hashing to `hash` (the reader confirmed the match). */
      hit(key2, hash, job) {
        const entry2 = this.previous.get(key2);
        if (!entry2 || entry2.hash !== hash) return void 0;
        const result = decode(entry2, job);
        if (result) this.used.set(key2, entry2);
        return result;
      }
      /** Records what linting `job` produced for bytes hashing to `hash`. */
      store(key2, hash, result, job) {
        this.used.set(key2, this.encoder.encode(hash, result, job));
        this.changed = true;
      }
      /**
       * Writes the cache when this run linted anything anew. Entries of this run come first; older ones are kept
       * (another environment's run, a branch switched back) up to a bound, so the file does not grow forever.
       * Returns why writing failed, for a debug line; a cache is never worth failing a run.
       */
      save() {
        if (!this.changed) return void 0;
        const runs = [];
        const runIndex = /* @__PURE__ */ new Map();
        const entries = [];
        const add = (key2, entry2) => {
          const cut = key2.indexOf("\n");
          const run13 = key2.slice(0, cut);
          let r = runIndex.get(run13);
          if (r === void 0) runIndex.set(run13, r = runs.push(run13) - 1);
          const e = this.encoder.reencode(entry2);
          entries.push([r, key2.slice(cut + 1), e.hash, e.findings, e.tablesWritten, e.flags]);
        };
        for (const [k, v] of this.used) add(k, v);
        let room = Math.max(KEEP_FACTOR * this.used.size, KEEP_MIN) - this.used.size;
        for (const [k, v] of this.previous) {
          if (room <= 0) break;
          if (this.used.has(k)) continue;
          add(k, v);
          room--;
        }
        const body = { format: FORMAT, build: this.build, runs, strings: this.encoder.strings, shapes: this.encoder.shapes, entries };
        const dir = import_node_path.default.dirname(this.file);
        const temp = `${this.file}.${process.pid}.tmp`;
        try {
          (0, import_node_fs.mkdirSync)(dir, { recursive: true });
          (0, import_node_fs.writeFileSync)(import_node_path.default.join(dir, ".gitignore"), "# svc-migrate lint cache: safe to delete\n*\n");
          (0, import_node_fs.writeFileSync)(temp, JSON.stringify(body));
          (0, import_node_fs.renameSync)(temp, this.file);
          return void 0;
        } catch (e) {
          try {
            (0, import_node_fs.rmSync)(temp, { force: true });
          } catch {
          }
          return e instanceof Error ? e.message : String(e);
        }
      }
    };
    TEXT = 0;
    POSITION = 1;
    JOB_TEXT = 2;
    kindsOf = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/finding-ids.ts
var FILE_AND_GRAPH_FINDINGS;
var init_finding_ids = __esm({
  "src/core/finding-ids.ts"() {
    "use strict";
    FILE_AND_GRAPH_FINDINGS = [
      "dependency-cycle",
      "missing-dependency",
      "cross-service-dependency",
      "orphan-migration",
      "missing-migration-file",
      "missing-down",
      "duplicate-version",
      "invalid-filename",
      "config-invalid-json",
      "config-schema",
      "environment-mismatch",
      "environment-dependency",
      "dependency-depth",
      "missing-up",
      "filename-style",
      "unknown-folder",
      "invalid-service-name",
      "unreadable-path"
    ];
  }
});

// src/core/utf8.ts
function firstInvalidUtf8(b) {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    let cp;
    if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
      cp = c & 31;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
      cp = c & 15;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
      cp = c & 7;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
var init_utf8 = __esm({
  "src/core/utf8.ts"() {
    "use strict";
  }
});

// src/config/json.ts
function escapePointerToken(token) {
  if (token.indexOf("~") === -1 && token.indexOf("/") === -1) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function splitPointer(pointer2) {
  if (pointer2 === "") return [];
  return pointer2.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function pointerToPath(pointer2, root) {
  let out = "$";
  let node = root;
  for (const token of splitPointer(pointer2)) {
    if (Array.isArray(node)) {
      out += `[${token}]`;
      node = node[Number(token)];
      continue;
    }
    out += /^[A-Za-z0-9_$-]+$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`;
    node = node !== null && typeof node === "object" && Object.prototype.hasOwnProperty.call(node, token) ? node[token] : void 0;
  }
  return out;
}
function parseJson(text, options = {}) {
  const parser = new Parser(text, options.maxDepth ?? MAX_JSON_DEPTH);
  return parser.run();
}
function parseJsonLazily(text, options = {}) {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const shape = scanShape(body);
  if (shape.depth <= maxDepth) {
    let value;
    let parsed = true;
    try {
      value = JSON.parse(body);
    } catch {
      parsed = false;
    }
    if (parsed && countMembers(value) === shape.members) {
      return { value, positions: new LazyPositions(text, maxDepth), duplicates: [] };
    }
  }
  return parseJson(text, options);
}
function scanShape(t) {
  let members = 0;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      for (i++; i < t.length; i++) {
        const d = t.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return { members, depth: deepest };
}
function countMembers(value) {
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countMembers(item);
    return n;
  }
  for (const key2 in value) {
    n += 1 + countMembers(value[key2]);
  }
  return n;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function skipDigits(t, from) {
  let j = from;
  while (isDigit(t.charCodeAt(j))) j++;
  return j;
}
function isHighSurrogate(c) {
  return c >= 55296 && c <= 56319;
}
var MAX_JSON_DEPTH, LazyPositions, SyntaxFailure, WS_SPACE, WS_TAB, WS_LF, WS_CR, Parser;
var init_json = __esm({
  "src/config/json.ts"() {
    "use strict";
    MAX_JSON_DEPTH = 512;
    LazyPositions = class {
      constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
      }
      text;
      maxDepth;
      index;
      get(pointer2) {
        this.index ??= parseJson(this.text, { maxDepth: this.maxDepth }).positions;
        return this.index.get(pointer2);
      }
    };
    SyntaxFailure = class {
      constructor(message, index) {
        this.message = message;
        this.index = index;
      }
      message;
      index;
    };
    WS_SPACE = 32;
    WS_TAB = 9;
    WS_LF = 10;
    WS_CR = 13;
    Parser = class {
      constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.start = text.charCodeAt(0) === 65279 ? 1 : 0;
        this.i = this.start;
        this.locIndex = this.start;
      }
      text;
      maxDepth;
      i = 0;
      positions = /* @__PURE__ */ new Map();
      duplicates = [];
      // Positions are asked for in increasing order, so a cursor that only moves forward makes locating O(n) overall.
      locIndex = 0;
      locLine = 1;
      locColumn = 1;
      start;
      run() {
        try {
          this.skipWhitespace();
          if (this.i >= this.text.length) throw new SyntaxFailure("The file is empty: expected a JSON value", this.i);
          const value = this.parseValue("", 0);
          this.skipWhitespace();
          if (this.i < this.text.length) {
            throw new SyntaxFailure(`Unexpected ${this.describe(this.i)} after the end of the JSON value`, this.i);
          }
          return { value, positions: this.positions, duplicates: this.duplicates };
        } catch (e) {
          if (!(e instanceof SyntaxFailure)) throw e;
          const { line, column } = this.locate(e.index);
          return { positions: this.positions, duplicates: this.duplicates, error: { message: e.message, line, column } };
        }
      }
      /** 1-based line and code-point column of a UTF-16 index. */
      locate(index) {
        if (index < this.locIndex) {
          this.locIndex = this.start;
          this.locLine = 1;
          this.locColumn = 1;
        }
        const t = this.text;
        let i = this.locIndex;
        let line = this.locLine;
        let column = this.locColumn;
        while (i < index) {
          const c = t.charCodeAt(i);
          if (c === WS_LF) {
            line++;
            column = 1;
          } else if (!(c >= 56320 && c <= 57343 && isHighSurrogate(t.charCodeAt(i - 1)))) {
            column++;
          }
          i++;
        }
        this.locIndex = i;
        this.locLine = line;
        this.locColumn = column;
        return { line: this.locLine, column: this.locColumn };
      }
      span(from, to) {
        const a = this.locate(from);
        const b = this.locate(to);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
      skipWhitespace() {
        const t = this.text;
        let i = this.i;
        for (; ; ) {
          const c = t.charCodeAt(i);
          if (c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB) i++;
          else break;
        }
        this.i = i;
      }
      describe(index) {
        if (index >= this.text.length) return "end of file";
        const cp = this.text.codePointAt(index);
        if (cp < 32 || cp === 127) return `character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
        return `character '${String.fromCodePoint(cp)}'`;
      }
      unexpected(expected) {
        if (this.i >= this.text.length) return new SyntaxFailure(`Unexpected end of file: expected ${expected}`, this.i);
        return new SyntaxFailure(`Unexpected ${this.describe(this.i)}: expected ${expected}`, this.i);
      }
      parseValue(pointer2, depth) {
        const c = this.text.charCodeAt(this.i);
        switch (c) {
          case 123:
            return this.parseObject(pointer2, depth + 1);
          case 91:
            return this.parseArray(pointer2, depth + 1);
          case 34:
            return this.parseString();
          case 116:
            return this.parseLiteral("true", true);
          case 102:
            return this.parseLiteral("false", false);
          case 110:
            return this.parseLiteral("null", null);
          default:
            if (c === 45 || c >= 48 && c <= 57) return this.parseNumber();
            if (c === 39) throw new SyntaxFailure("Strings must use double quotes", this.i);
            throw this.unexpected("a JSON value");
        }
      }
      checkDepth(depth) {
        if (depth > this.maxDepth) {
          throw new SyntaxFailure(`Nesting deeper than ${this.maxDepth} levels`, this.i);
        }
      }
      parseObject(pointer2, depth) {
        this.checkDepth(depth);
        if (pointer2 === "") this.positions.set("", this.locate(this.i));
        this.i++;
        const obj = {};
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 125) {
          this.i++;
          return obj;
        }
        for (; ; ) {
          this.skipWhitespace();
          const keyStart = this.i;
          if (this.text.charCodeAt(this.i) !== 34) {
            if (this.text.charCodeAt(this.i) === 125) {
              throw new SyntaxFailure("Trailing comma: remove the ',' before '}'", this.lastComma);
            }
            throw this.unexpected("a key in double quotes");
          }
          const key2 = this.parseString();
          const memberPointer = `${pointer2}/${escapePointerToken(key2)}`;
          const keyPos = this.span(keyStart, this.i);
          if (Object.prototype.hasOwnProperty.call(obj, key2)) {
            this.duplicates.push({ key: key2, pointer: memberPointer, line: keyPos.line, column: keyPos.column });
          }
          this.positions.set(memberPointer, keyPos);
          this.skipWhitespace();
          if (this.text.charCodeAt(this.i) !== 58) throw this.unexpected("':' after the key");
          this.i++;
          this.skipWhitespace();
          const value = this.parseValue(memberPointer, depth);
          if (key2 === "__proto__") Object.defineProperty(obj, key2, { value, enumerable: true, writable: true, configurable: true });
          else obj[key2] = value;
          this.skipWhitespace();
          const c = this.text.charCodeAt(this.i);
          if (c === 44) {
            this.lastComma = this.i;
            this.i++;
            continue;
          }
          if (c === 125) {
            this.i++;
            return obj;
          }
          throw this.unexpected("',' or '}'");
        }
      }
      lastComma = 0;
      parseArray(pointer2, depth) {
        this.checkDepth(depth);
        if (pointer2 === "") this.positions.set("", this.locate(this.i));
        this.i++;
        const arr = [];
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 93) {
          this.i++;
          return arr;
        }
        for (; ; ) {
          this.skipWhitespace();
          if (this.text.charCodeAt(this.i) === 93 && arr.length > 0) {
            throw new SyntaxFailure("Trailing comma: remove the ',' before ']'", this.lastComma);
          }
          const itemPointer = `${pointer2}/${arr.length}`;
          const start = this.locate(this.i);
          const value = this.parseValue(itemPointer, depth);
          const end = this.locate(this.i);
          this.positions.set(itemPointer, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
          arr.push(value);
          this.skipWhitespace();
          const c = this.text.charCodeAt(this.i);
          if (c === 44) {
            this.lastComma = this.i;
            this.i++;
            continue;
          }
          if (c === 93) {
            this.i++;
            return arr;
          }
          throw this.unexpected("',' or ']'");
        }
      }
      parseLiteral(word, value) {
        if (this.text.startsWith(word, this.i)) {
          this.i += word.length;
          return value;
        }
        throw this.unexpected("a JSON value");
      }
      parseNumber() {
        const t = this.text;
        const start = this.i;
        let i = this.i;
        if (t.charCodeAt(i) === 45) i++;
        if (t.charCodeAt(i) === 48) {
          i++;
          if (isDigit(t.charCodeAt(i))) {
            throw new SyntaxFailure('Numbers must not have leading zeros (write ids as strings: "000001")', start);
          }
        } else {
          const j = skipDigits(t, i);
          if (j === i) {
            this.i = i;
            throw this.unexpected("a digit");
          }
          i = j;
        }
        if (t.charCodeAt(i) === 46) {
          const j = skipDigits(t, i + 1);
          if (j === i + 1) {
            this.i = j;
            throw this.unexpected("a digit after the decimal point");
          }
          i = j;
        }
        if (t.charCodeAt(i) === 101 || t.charCodeAt(i) === 69) {
          i++;
          if (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) i++;
          const j = skipDigits(t, i);
          if (j === i) {
            this.i = j;
            throw this.unexpected("a digit in the exponent");
          }
          i = j;
        }
        this.i = i;
        return Number(t.slice(start, i));
      }
      parseString() {
        const t = this.text;
        const open = this.i;
        let i = this.i + 1;
        let out = "";
        let chunk = i;
        for (; ; ) {
          if (i >= t.length) {
            const at2 = this.locate(open);
            throw new SyntaxFailure(
              `Unexpected end of file inside the string that starts at line ${at2.line}, column ${at2.column}`,
              i
            );
          }
          const c = t.charCodeAt(i);
          if (c === 34) {
            out += t.slice(chunk, i);
            this.i = i + 1;
            return out;
          }
          if (c < 32) {
            throw new SyntaxFailure(
              c === WS_LF ? "Unterminated string: a line break inside a string must be written \\n" : `Unescaped control character U+${c.toString(16).toUpperCase().padStart(4, "0")} in a string`,
              i
            );
          }
          if (c !== 92) {
            i++;
            continue;
          }
          out += t.slice(chunk, i);
          const e = t.charCodeAt(i + 1);
          switch (e) {
            case 34:
              out += '"';
              break;
            case 92:
              out += "\\";
              break;
            case 47:
              out += "/";
              break;
            case 98:
              out += "\b";
              break;
            case 102:
              out += "\f";
              break;
            case 110:
              out += "\n";
              break;
            case 114:
              out += "\r";
              break;
            case 116:
              out += "	";
              break;
            case 117: {
              const hex = t.slice(i + 2, i + 6);
              if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new SyntaxFailure("Invalid \\u escape: expected four hex digits", i);
              out += String.fromCharCode(parseInt(hex, 16));
              i += 4;
              break;
            }
            default:
              if (i + 1 >= t.length) {
                throw new SyntaxFailure("Unexpected end of file inside a string escape", i + 1);
              }
              throw new SyntaxFailure(`Invalid escape '\\${String.fromCodePoint(t.codePointAt(i + 1))}' in a string`, i);
          }
          i += 2;
          chunk = i;
        }
      }
    };
  }
});

// schemas/dependencies.schema.json
var dependencies_schema_default;
var init_dependencies_schema = __esm({
  "schemas/dependencies.schema.json"() {
    dependencies_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://svc-migrate.dev/schemas/dependencies.schema.json",
      title: "svc-migrate dependencies.json",
      description: "The dependency graph and metadata of one service's migrations: services/<service>/migrations/dependencies.json. Required once a service has two or more migrations.",
      type: "object",
      required: ["migrations"],
      properties: {
        $schema: {
          description: "Path or URL of this schema, for editors.",
          type: "string"
        },
        migrations: {
          description: 'One entry per migration, keyed by its id: the leading digits of its file name exactly as written ("000001").',
          type: "object",
          patternProperties: {
            "^[0-9]+$": { $ref: "#/$defs/migration" }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      $defs: {
        migrationId: {
          description: 'A migration id: the leading digits of a migration file name ("000001").',
          type: "string",
          pattern: "^[0-9]+$"
        },
        migration: {
          title: "Migration",
          description: "Metadata of one migration.",
          type: "object",
          properties: {
            description: {
              description: "What the migration does, for people.",
              type: "string"
            },
            depends_on: {
              description: "Ids of migrations of this service that must be applied before this one.",
              type: "array",
              items: { $ref: "#/$defs/migrationId" },
              uniqueItems: true
            },
            affects_tables: {
              description: 'Schema-qualified tables the migration changes ("user_service.users"): DDL on them or DML in them.',
              type: "array",
              items: { type: "string", minLength: 1 },
              uniqueItems: true
            },
            estimated_duration: {
              description: 'How long the migration is expected to take, as a Go-style duration: "45s", "10m", "1h30m", "500ms".',
              type: "string",
              pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"
            },
            risk_level: {
              description: "How risky the migration is for a live database.",
              enum: ["low", "medium", "high", "critical"]
            },
            rollback_safe: {
              description: "False when rolling back loses data or cannot be done; rollback then refuses it without --force.",
              type: "boolean"
            },
            environment: {
              description: "The environment the migration is for; must agree with its folder (common/ migrations have none).",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"
            },
            cross_service_dependencies: {
              description: 'Migrations of other services that must be applied first: {"user-service": ["000001"]}.',
              type: "object",
              propertyNames: { pattern: "^[a-z][a-z0-9_-]*$" },
              additionalProperties: {
                type: "array",
                items: { $ref: "#/$defs/migrationId" },
                uniqueItems: true
              }
            }
          },
          patternProperties: {
            "^x-": { description: "Extension keys (x-...) are allowed and ignored." }
          },
          additionalProperties: false
        }
      }
    };
  }
});

// schemas/environments.schema.json
var environments_schema_default;
var init_environments_schema = __esm({
  "schemas/environments.schema.json"() {
    environments_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://svc-migrate.dev/schemas/environments.schema.json",
      title: "svc-migrate environments.json",
      description: "Per-environment configuration and migration lists of one service: services/<service>/migrations/environments.json. Optional; absent keys take the defaults given on each key.",
      type: "object",
      properties: {
        $schema: {
          description: "Path or URL of this schema, for editors.",
          type: "string"
        },
        environments: {
          description: "One entry per environment, keyed by its name. Each name may have a migrations folder of the same name.",
          type: "object",
          propertyNames: {
            pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
            not: { enum: ["common", "hooks"] }
          },
          additionalProperties: { $ref: "#/$defs/environment" }
        },
        current_environment: {
          description: 'The environment in force when neither --env nor MIGRATION_ENV is given. Default "development".',
          type: "string",
          minLength: 1
        }
      },
      additionalProperties: false,
      $defs: {
        environment: {
          title: "Environment",
          type: "object",
          properties: {
            description: {
              description: "What the environment is, for people.",
              type: "string"
            },
            migrations: {
              description: `Up files that apply only in this environment ("000003_dev_seed_data.up.sql"), as they sit in the environment's folder.`,
              type: "array",
              items: { type: "string", pattern: "^[0-9]+_[^/\\\\]+\\.sql$" },
              uniqueItems: true
            },
            config: { $ref: "#/$defs/config" }
          },
          patternProperties: {
            "^x-": { description: "Extension keys (x-...) are allowed and ignored." }
          },
          additionalProperties: false
        },
        config: {
          title: "Environment settings",
          description: "Switches enforced by up, validate and rollback in this environment.",
          type: "object",
          properties: {
            allow_destructive_operations: {
              description: "False makes DROP TABLE/SCHEMA/COLUMN/DATABASE and TRUNCATE in up migrations errors. Default true.",
              type: "boolean",
              default: true
            },
            skip_validation: {
              description: "True lets up run without running validate first. Default false.",
              type: "boolean",
              default: false
            },
            auto_rollback_on_failure: {
              description: "True rolls back the migrations a failed run applied, newest first. Default false.",
              type: "boolean",
              default: false
            },
            require_approval: {
              description: "True makes up refuse to run without --approve. Default false.",
              type: "boolean",
              default: false
            },
            maintenance_window_required: {
              description: "True makes up refuse to run outside maintenance_window. Default false.",
              type: "boolean",
              default: false
            },
            maintenance_window: { $ref: "#/$defs/maintenanceWindow" },
            backup_required: {
              description: "True runs backup before up and stops if it fails. Default false.",
              type: "boolean",
              default: false
            }
          },
          additionalProperties: false
        },
        maintenanceWindow: {
          title: "Maintenance window",
          description: 'When up may run if maintenance_window_required is true. An end earlier than start crosses midnight ("22:00" to "02:00"); days name the day the window starts.',
          type: "object",
          required: ["start", "end"],
          properties: {
            days: {
              description: "Days the window opens on; all days when absent.",
              type: "array",
              items: { enum: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
              uniqueItems: true,
              minItems: 1
            },
            start: {
              description: 'Opening time, 24-hour "HH:MM".',
              type: "string",
              pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"
            },
            end: {
              description: 'Closing time, 24-hour "HH:MM" (exclusive).',
              type: "string",
              pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"
            },
            timezone: {
              description: 'IANA time zone of start and end ("Europe/Berlin"). Default "UTC".',
              type: "string",
              minLength: 1
            }
          },
          additionalProperties: false
        }
      }
    };
  }
});

// schemas/svc-migrate.schema.json
var svc_migrate_schema_default;
var init_svc_migrate_schema = __esm({
  "schemas/svc-migrate.schema.json"() {
    svc_migrate_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://svc-migrate.dev/schemas/svc-migrate.schema.json",
      title: "svc-migrate.json",
      description: "Optional project configuration at the repository root: rule severities, thresholds, where services are.",
      type: "object",
      properties: {
        $schema: {
          description: "Path or URL of this schema, for editors.",
          type: "string"
        },
        pg_version: {
          description: "PostgreSQL major version the rules assume. Default 15.",
          type: "integer",
          minimum: 10,
          maximum: 99,
          default: 15
        },
        max_dependency_depth: {
          description: "Longest allowed depends_on chain (rule dependency-depth). Default 4.",
          type: "integer",
          minimum: 1,
          default: 4
        },
        slow_threshold_ms: {
          description: "Migrations slower than this many milliseconds are flagged by status. Default 30000.",
          type: "number",
          minimum: 0,
          default: 3e4
        },
        rules: { $ref: "#/$defs/rules" },
        environments: {
          description: "Per-environment overrides, keyed by environment name.",
          type: "object",
          propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" },
          additionalProperties: {
            type: "object",
            properties: {
              rules: { $ref: "#/$defs/rules" }
            },
            additionalProperties: false
          },
          default: {}
        },
        services: {
          description: `Globs, relative to the root, of the folders that hold services (each with a migrations/ folder). '*' matches one path segment. Default ["services/*"].`,
          type: "array",
          items: { type: "string", minLength: 1 },
          minItems: 1,
          default: ["services/*"]
        }
      },
      additionalProperties: false,
      $defs: {
        level: {
          description: '"off" turns the rule off; otherwise the severity its findings get.',
          enum: ["off", "error", "warning", "info"]
        },
        rules: {
          description: "Severity per rule id. Rules not named keep their default severity.",
          type: "object",
          properties: {
            "adding-enum-value-in-transaction": { $ref: "#/$defs/level" },
            "adding-field-with-volatile-default": { $ref: "#/$defs/level" },
            "adding-primary-key-constraint": { $ref: "#/$defs/level" },
            "adding-serial-primary-key-field": { $ref: "#/$defs/level" },
            "adding-unique-constraint": { $ref: "#/$defs/level" },
            "affects-tables-mismatch": { $ref: "#/$defs/level" },
            "ban-alter-domain-with-add-constraint": { $ref: "#/$defs/level" },
            "ban-char-field": { $ref: "#/$defs/level" },
            "ban-create-domain-with-constraint": { $ref: "#/$defs/level" },
            "ban-drop-not-null": { $ref: "#/$defs/level" },
            "ban-duplicate-column-assignments": { $ref: "#/$defs/level" },
            "ban-uncommitted-transaction": { $ref: "#/$defs/level" },
            cluster: { $ref: "#/$defs/level" },
            "column-type-change": { $ref: "#/$defs/level" },
            "concurrent-in-transaction": { $ref: "#/$defs/level" },
            "create-table-without-primary-key": { $ref: "#/$defs/level" },
            "delete-without-where": { $ref: "#/$defs/level" },
            "destructive-operation": { $ref: "#/$defs/level" },
            "detach-partition-not-concurrent": { $ref: "#/$defs/level" },
            "disable-trigger": { $ref: "#/$defs/level" },
            "drop-cascade": { $ref: "#/$defs/level" },
            "empty-migration": { $ref: "#/$defs/level" },
            "foreign-key-not-valid": { $ref: "#/$defs/level" },
            "foreign-key-without-index": { $ref: "#/$defs/level" },
            "foreign-schema": { $ref: "#/$defs/level" },
            "grant-to-public": { $ref: "#/$defs/level" },
            "identifier-too-long": { $ref: "#/$defs/level" },
            "ignore-malformed": { $ref: "#/$defs/level" },
            "ignore-unknown-rule": { $ref: "#/$defs/level" },
            "ignore-unused": { $ref: "#/$defs/level" },
            "index-not-concurrent": { $ref: "#/$defs/level" },
            "lock-table": { $ref: "#/$defs/level" },
            "not-null-without-default": { $ref: "#/$defs/level" },
            "plpgsql-syntax": { $ref: "#/$defs/level" },
            "prefer-bigint-over-int": { $ref: "#/$defs/level" },
            "prefer-bigint-over-smallint": { $ref: "#/$defs/level" },
            "prefer-identity": { $ref: "#/$defs/level" },
            "prefer-robust-stmts": { $ref: "#/$defs/level" },
            "prefer-text-field": { $ref: "#/$defs/level" },
            "prefer-timestamptz": { $ref: "#/$defs/level" },
            "refresh-materialized-view-not-concurrent": { $ref: "#/$defs/level" },
            "reindex-not-concurrent": { $ref: "#/$defs/level" },
            "renaming-column": { $ref: "#/$defs/level" },
            "renaming-table": { $ref: "#/$defs/level" },
            "require-concurrent-index-deletion": { $ref: "#/$defs/level" },
            "require-enum-value-ordering": { $ref: "#/$defs/level" },
            "require-lock-timeout": { $ref: "#/$defs/level" },
            "require-statement-timeout": { $ref: "#/$defs/level" },
            "rls-without-policy": { $ref: "#/$defs/level" },
            "set-not-null-on-existing": { $ref: "#/$defs/level" },
            "sql-encoding": { $ref: "#/$defs/level" },
            "sql-syntax": { $ref: "#/$defs/level" },
            "transaction-nesting": { $ref: "#/$defs/level" },
            "unbatched-backfill": { $ref: "#/$defs/level" },
            "unqualified-table": { $ref: "#/$defs/level" },
            "unsupported-syntax": { $ref: "#/$defs/level" },
            "update-without-where": { $ref: "#/$defs/level" },
            "vacuum-full": { $ref: "#/$defs/level" }
          },
          additionalProperties: false
        }
      }
    };
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports3, module3) {
    "use strict";
    module3.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports3.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports3.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/precompiled.ts
function compileValidator(name2) {
  const v = module2.exports[name2];
  if (!v) throw new Error("no precompiled validator for " + name2);
  return v;
}
var module2, exports2;
var init_precompiled = __esm({
  "src/config/precompiled.ts"() {
    "use strict";
    module2 = { exports: {} };
    exports2 = module2.exports;
    (function() {
      "use strict";
      exports2.dependencies = validate20;
      const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://svc-migrate.dev/schemas/dependencies.schema.json", "title": "svc-migrate dependencies.json", "description": "The dependency graph and metadata of one service's migrations: services/<service>/migrations/dependencies.json. Required once a service has two or more migrations.", "type": "object", "required": ["migrations"], "properties": { "$schema": { "description": "Path or URL of this schema, for editors.", "type": "string" }, "migrations": { "description": 'One entry per migration, keyed by its id: the leading digits of its file name exactly as written ("000001").', "type": "object", "patternProperties": { "^[0-9]+$": { "$ref": "#/$defs/migration" } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "migrationId": { "description": 'A migration id: the leading digits of a migration file name ("000001").', "type": "string", "pattern": "^[0-9]+$" }, "migration": { "title": "Migration", "description": "Metadata of one migration.", "type": "object", "properties": { "description": { "description": "What the migration does, for people.", "type": "string" }, "depends_on": { "description": "Ids of migrations of this service that must be applied before this one.", "type": "array", "items": { "$ref": "#/$defs/migrationId" }, "uniqueItems": true }, "affects_tables": { "description": 'Schema-qualified tables the migration changes ("user_service.users"): DDL on them or DML in them.', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "estimated_duration": { "description": 'How long the migration is expected to take, as a Go-style duration: "45s", "10m", "1h30m", "500ms".', "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, "risk_level": { "description": "How risky the migration is for a live database.", "enum": ["low", "medium", "high", "critical"] }, "rollback_safe": { "description": "False when rolling back loses data or cannot be done; rollback then refuses it without --force.", "type": "boolean" }, "environment": { "description": "The environment the migration is for; must agree with its folder (common/ migrations have none).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "cross_service_dependencies": { "description": 'Migrations of other services that must be applied first: {"user-service": ["000001"]}.', "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9_-]*$" }, "additionalProperties": { "type": "array", "items": { "$ref": "#/$defs/migrationId" }, "uniqueItems": true } } }, "patternProperties": { "^x-": { "description": "Extension keys (x-...) are allowed and ignored." } }, "additionalProperties": false } } };
      const pattern4 = new RegExp("^[0-9]+$", "u");
      const schema32 = { "title": "Migration", "description": "Metadata of one migration.", "type": "object", "properties": { "description": { "description": "What the migration does, for people.", "type": "string" }, "depends_on": { "description": "Ids of migrations of this service that must be applied before this one.", "type": "array", "items": { "$ref": "#/$defs/migrationId" }, "uniqueItems": true }, "affects_tables": { "description": 'Schema-qualified tables the migration changes ("user_service.users"): DDL on them or DML in them.', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "estimated_duration": { "description": 'How long the migration is expected to take, as a Go-style duration: "45s", "10m", "1h30m", "500ms".', "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, "risk_level": { "description": "How risky the migration is for a live database.", "enum": ["low", "medium", "high", "critical"] }, "rollback_safe": { "description": "False when rolling back loses data or cannot be done; rollback then refuses it without --force.", "type": "boolean" }, "environment": { "description": "The environment the migration is for; must agree with its folder (common/ migrations have none).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "cross_service_dependencies": { "description": 'Migrations of other services that must be applied first: {"user-service": ["000001"]}.', "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9_-]*$" }, "additionalProperties": { "type": "array", "items": { "$ref": "#/$defs/migrationId" }, "uniqueItems": true } } }, "patternProperties": { "^x-": { "description": "Extension keys (x-...) are allowed and ignored." } }, "additionalProperties": false };
      const schema33 = { "description": 'A migration id: the leading digits of a migration file name ("000001").', "type": "string", "pattern": "^[0-9]+$" };
      const pattern6 = new RegExp("^x-", "u");
      const pattern8 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
      const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
      const pattern10 = new RegExp("^[a-z][a-z0-9_-]*$", "u");
      const func0 = require_equal().default;
      const func2 = require_ucs2length().default;
      function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate21.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "description" || key0 === "depends_on" || key0 === "affects_tables" || key0 === "estimated_duration" || key0 === "risk_level" || key0 === "rollback_safe" || key0 === "environment" || key0 === "cross_service_dependencies" || pattern6.test(key0))) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            if (typeof data.description !== "string") {
              const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.depends_on !== void 0) {
            let data1 = data.depends_on;
            if (Array.isArray(data1)) {
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                  if (!pattern4.test(data2)) {
                    const err2 = { instancePath: instancePath + "/depends_on/" + i0, schemaPath: "#/$defs/migrationId/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                } else {
                  const err3 = { instancePath: instancePath + "/depends_on/" + i0, schemaPath: "#/$defs/migrationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
              let i1 = data1.length;
              let j0;
              if (i1 > 1) {
                outer0: for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data1[i1], data1[j0])) {
                      const err4 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
              }
            } else {
              const err5 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.affects_tables !== void 0) {
            let data3 = data.affects_tables;
            if (Array.isArray(data3)) {
              const len1 = data3.length;
              for (let i2 = 0; i2 < len1; i2++) {
                let data4 = data3[i2];
                if (typeof data4 === "string") {
                  if (func2(data4) < 1) {
                    const err6 = { instancePath: instancePath + "/affects_tables/" + i2, schemaPath: "#/properties/affects_tables/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                } else {
                  const err7 = { instancePath: instancePath + "/affects_tables/" + i2, schemaPath: "#/properties/affects_tables/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              let i3 = data3.length;
              let j1;
              if (i3 > 1) {
                const indices0 = {};
                for (; i3--; ) {
                  let item0 = data3[i3];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j1 = indices0[item0];
                    const err8 = { instancePath: instancePath + "/affects_tables", schemaPath: "#/properties/affects_tables/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i3;
                }
              }
            } else {
              const err9 = { instancePath: instancePath + "/affects_tables", schemaPath: "#/properties/affects_tables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          if (data.estimated_duration !== void 0) {
            let data5 = data.estimated_duration;
            if (typeof data5 === "string") {
              if (!pattern8.test(data5)) {
                const err10 = { instancePath: instancePath + "/estimated_duration", schemaPath: "#/properties/estimated_duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/estimated_duration", schemaPath: "#/properties/estimated_duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.risk_level !== void 0) {
            let data6 = data.risk_level;
            if (!(data6 === "low" || data6 === "medium" || data6 === "high" || data6 === "critical")) {
              const err12 = { instancePath: instancePath + "/risk_level", schemaPath: "#/properties/risk_level/enum", keyword: "enum", params: { allowedValues: schema32.properties.risk_level.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.rollback_safe !== void 0) {
            if (typeof data.rollback_safe !== "boolean") {
              const err13 = { instancePath: instancePath + "/rollback_safe", schemaPath: "#/properties/rollback_safe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data.environment !== void 0) {
            let data8 = data.environment;
            if (typeof data8 === "string") {
              if (!pattern9.test(data8)) {
                const err14 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data.cross_service_dependencies !== void 0) {
            let data9 = data.cross_service_dependencies;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              for (const key1 in data9) {
                const _errs22 = errors;
                if (typeof key1 === "string") {
                  if (!pattern10.test(key1)) {
                    const err16 = { instancePath: instancePath + "/cross_service_dependencies", schemaPath: "#/properties/cross_service_dependencies/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*$"', propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                var valid8 = _errs22 === errors;
                if (!valid8) {
                  const err17 = { instancePath: instancePath + "/cross_service_dependencies", schemaPath: "#/properties/cross_service_dependencies/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              for (const key2 in data9) {
                let data10 = data9[key2];
                if (Array.isArray(data10)) {
                  const len2 = data10.length;
                  for (let i4 = 0; i4 < len2; i4++) {
                    let data11 = data10[i4];
                    if (typeof data11 === "string") {
                      if (!pattern4.test(data11)) {
                        const err18 = { instancePath: instancePath + "/cross_service_dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/migrationId/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    } else {
                      const err19 = { instancePath: instancePath + "/cross_service_dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/migrationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                  let i5 = data10.length;
                  let j2;
                  if (i5 > 1) {
                    outer1: for (; i5--; ) {
                      for (j2 = i5; j2--; ) {
                        if (func0(data10[i5], data10[j2])) {
                          const err20 = { instancePath: instancePath + "/cross_service_dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cross_service_dependencies/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                          break outer1;
                        }
                      }
                    }
                  }
                } else {
                  const err21 = { instancePath: instancePath + "/cross_service_dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cross_service_dependencies/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/cross_service_dependencies", schemaPath: "#/properties/cross_service_dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        validate21.errors = vErrors;
        return errors === 0;
      }
      validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate20.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.migrations === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "migrations" }, message: "must have required property 'migrations'" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "$schema" || key0 === "migrations")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.$schema !== void 0) {
            if (typeof data.$schema !== "string") {
              const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.migrations !== void 0) {
            let data1 = data.migrations;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              for (const key1 in data1) {
                if (!pattern4.test(key1)) {
                  const err3 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
              for (const key2 in data1) {
                if (pattern4.test(key2)) {
                  if (!validate21(data1[key2], { instancePath: instancePath + "/migrations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                  }
                }
              }
            } else {
              const err4 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        validate20.errors = vErrors;
        return errors === 0;
      }
      validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2.environments = validate23;
      const schema35 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://svc-migrate.dev/schemas/environments.schema.json", "title": "svc-migrate environments.json", "description": "Per-environment configuration and migration lists of one service: services/<service>/migrations/environments.json. Optional; absent keys take the defaults given on each key.", "type": "object", "properties": { "$schema": { "description": "Path or URL of this schema, for editors.", "type": "string" }, "environments": { "description": "One entry per environment, keyed by its name. Each name may have a migrations folder of the same name.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "not": { "enum": ["common", "hooks"] } }, "additionalProperties": { "$ref": "#/$defs/environment" } }, "current_environment": { "description": 'The environment in force when neither --env nor MIGRATION_ENV is given. Default "development".', "type": "string", "minLength": 1 } }, "additionalProperties": false, "$defs": { "environment": { "title": "Environment", "type": "object", "properties": { "description": { "description": "What the environment is, for people.", "type": "string" }, "migrations": { "description": `Up files that apply only in this environment ("000003_dev_seed_data.up.sql"), as they sit in the environment's folder.`, "type": "array", "items": { "type": "string", "pattern": "^[0-9]+_[^/\\\\]+\\.sql$" }, "uniqueItems": true }, "config": { "$ref": "#/$defs/config" } }, "patternProperties": { "^x-": { "description": "Extension keys (x-...) are allowed and ignored." } }, "additionalProperties": false }, "config": { "title": "Environment settings", "description": "Switches enforced by up, validate and rollback in this environment.", "type": "object", "properties": { "allow_destructive_operations": { "description": "False makes DROP TABLE/SCHEMA/COLUMN/DATABASE and TRUNCATE in up migrations errors. Default true.", "type": "boolean", "default": true }, "skip_validation": { "description": "True lets up run without running validate first. Default false.", "type": "boolean", "default": false }, "auto_rollback_on_failure": { "description": "True rolls back the migrations a failed run applied, newest first. Default false.", "type": "boolean", "default": false }, "require_approval": { "description": "True makes up refuse to run without --approve. Default false.", "type": "boolean", "default": false }, "maintenance_window_required": { "description": "True makes up refuse to run outside maintenance_window. Default false.", "type": "boolean", "default": false }, "maintenance_window": { "$ref": "#/$defs/maintenanceWindow" }, "backup_required": { "description": "True runs backup before up and stops if it fails. Default false.", "type": "boolean", "default": false } }, "additionalProperties": false }, "maintenanceWindow": { "title": "Maintenance window", "description": 'When up may run if maintenance_window_required is true. An end earlier than start crosses midnight ("22:00" to "02:00"); days name the day the window starts.', "type": "object", "required": ["start", "end"], "properties": { "days": { "description": "Days the window opens on; all days when absent.", "type": "array", "items": { "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "uniqueItems": true, "minItems": 1 }, "start": { "description": 'Opening time, 24-hour "HH:MM".', "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": 'Closing time, 24-hour "HH:MM" (exclusive).', "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "timezone": { "description": 'IANA time zone of start and end ("Europe/Berlin"). Default "UTC".', "type": "string", "minLength": 1 } }, "additionalProperties": false } } };
      const schema36 = { "title": "Environment", "type": "object", "properties": { "description": { "description": "What the environment is, for people.", "type": "string" }, "migrations": { "description": `Up files that apply only in this environment ("000003_dev_seed_data.up.sql"), as they sit in the environment's folder.`, "type": "array", "items": { "type": "string", "pattern": "^[0-9]+_[^/\\\\]+\\.sql$" }, "uniqueItems": true }, "config": { "$ref": "#/$defs/config" } }, "patternProperties": { "^x-": { "description": "Extension keys (x-...) are allowed and ignored." } }, "additionalProperties": false };
      const pattern14 = new RegExp("^[0-9]+_[^/\\\\]+\\.sql$", "u");
      const schema37 = { "title": "Environment settings", "description": "Switches enforced by up, validate and rollback in this environment.", "type": "object", "properties": { "allow_destructive_operations": { "description": "False makes DROP TABLE/SCHEMA/COLUMN/DATABASE and TRUNCATE in up migrations errors. Default true.", "type": "boolean", "default": true }, "skip_validation": { "description": "True lets up run without running validate first. Default false.", "type": "boolean", "default": false }, "auto_rollback_on_failure": { "description": "True rolls back the migrations a failed run applied, newest first. Default false.", "type": "boolean", "default": false }, "require_approval": { "description": "True makes up refuse to run without --approve. Default false.", "type": "boolean", "default": false }, "maintenance_window_required": { "description": "True makes up refuse to run outside maintenance_window. Default false.", "type": "boolean", "default": false }, "maintenance_window": { "$ref": "#/$defs/maintenanceWindow" }, "backup_required": { "description": "True runs backup before up and stops if it fails. Default false.", "type": "boolean", "default": false } }, "additionalProperties": false };
      const schema38 = { "title": "Maintenance window", "description": 'When up may run if maintenance_window_required is true. An end earlier than start crosses midnight ("22:00" to "02:00"); days name the day the window starts.', "type": "object", "required": ["start", "end"], "properties": { "days": { "description": "Days the window opens on; all days when absent.", "type": "array", "items": { "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "uniqueItems": true, "minItems": 1 }, "start": { "description": 'Opening time, 24-hour "HH:MM".', "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": 'Closing time, 24-hour "HH:MM" (exclusive).', "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "timezone": { "description": 'IANA time zone of start and end ("Europe/Berlin"). Default "UTC".', "type": "string", "minLength": 1 } }, "additionalProperties": false };
      const pattern15 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
      function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate25.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "allow_destructive_operations" || key0 === "skip_validation" || key0 === "auto_rollback_on_failure" || key0 === "require_approval" || key0 === "maintenance_window_required" || key0 === "maintenance_window" || key0 === "backup_required")) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.allow_destructive_operations !== void 0) {
            if (typeof data.allow_destructive_operations !== "boolean") {
              const err1 = { instancePath: instancePath + "/allow_destructive_operations", schemaPath: "#/properties/allow_destructive_operations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.skip_validation !== void 0) {
            if (typeof data.skip_validation !== "boolean") {
              const err2 = { instancePath: instancePath + "/skip_validation", schemaPath: "#/properties/skip_validation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.auto_rollback_on_failure !== void 0) {
            if (typeof data.auto_rollback_on_failure !== "boolean") {
              const err3 = { instancePath: instancePath + "/auto_rollback_on_failure", schemaPath: "#/properties/auto_rollback_on_failure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.require_approval !== void 0) {
            if (typeof data.require_approval !== "boolean") {
              const err4 = { instancePath: instancePath + "/require_approval", schemaPath: "#/properties/require_approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.maintenance_window_required !== void 0) {
            if (typeof data.maintenance_window_required !== "boolean") {
              const err5 = { instancePath: instancePath + "/maintenance_window_required", schemaPath: "#/properties/maintenance_window_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.maintenance_window !== void 0) {
            let data5 = data.maintenance_window;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.start === void 0) {
                const err6 = { instancePath: instancePath + "/maintenance_window", schemaPath: "#/$defs/maintenanceWindow/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (data5.end === void 0) {
                const err7 = { instancePath: instancePath + "/maintenance_window", schemaPath: "#/$defs/maintenanceWindow/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              for (const key1 in data5) {
                if (!(key1 === "days" || key1 === "start" || key1 === "end" || key1 === "timezone")) {
                  const err8 = { instancePath: instancePath + "/maintenance_window", schemaPath: "#/$defs/maintenanceWindow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data5.days !== void 0) {
                let data6 = data5.days;
                if (Array.isArray(data6)) {
                  if (data6.length < 1) {
                    const err9 = { instancePath: instancePath + "/maintenance_window/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  const len0 = data6.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data7 = data6[i0];
                    if (!(data7 === "mon" || data7 === "tue" || data7 === "wed" || data7 === "thu" || data7 === "fri" || data7 === "sat" || data7 === "sun")) {
                      const err10 = { instancePath: instancePath + "/maintenance_window/days/" + i0, schemaPath: "#/$defs/maintenanceWindow/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema38.properties.days.items.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                  let i1 = data6.length;
                  let j0;
                  if (i1 > 1) {
                    outer0: for (; i1--; ) {
                      for (j0 = i1; j0--; ) {
                        if (func0(data6[i1], data6[j0])) {
                          const err11 = { instancePath: instancePath + "/maintenance_window/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                          break outer0;
                        }
                      }
                    }
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/maintenance_window/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              if (data5.start !== void 0) {
                let data8 = data5.start;
                if (typeof data8 === "string") {
                  if (!pattern15.test(data8)) {
                    const err13 = { instancePath: instancePath + "/maintenance_window/start", schemaPath: "#/$defs/maintenanceWindow/properties/start/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"' };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                } else {
                  const err14 = { instancePath: instancePath + "/maintenance_window/start", schemaPath: "#/$defs/maintenanceWindow/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data5.end !== void 0) {
                let data9 = data5.end;
                if (typeof data9 === "string") {
                  if (!pattern15.test(data9)) {
                    const err15 = { instancePath: instancePath + "/maintenance_window/end", schemaPath: "#/$defs/maintenanceWindow/properties/end/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"' };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/maintenance_window/end", schemaPath: "#/$defs/maintenanceWindow/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data5.timezone !== void 0) {
                let data10 = data5.timezone;
                if (typeof data10 === "string") {
                  if (func2(data10) < 1) {
                    const err17 = { instancePath: instancePath + "/maintenance_window/timezone", schemaPath: "#/$defs/maintenanceWindow/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/maintenance_window/timezone", schemaPath: "#/$defs/maintenanceWindow/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            } else {
              const err19 = { instancePath: instancePath + "/maintenance_window", schemaPath: "#/$defs/maintenanceWindow/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data.backup_required !== void 0) {
            if (typeof data.backup_required !== "boolean") {
              const err20 = { instancePath: instancePath + "/backup_required", schemaPath: "#/properties/backup_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        validate25.errors = vErrors;
        return errors === 0;
      }
      validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate24.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "description" || key0 === "migrations" || key0 === "config" || pattern6.test(key0))) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            if (typeof data.description !== "string") {
              const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.migrations !== void 0) {
            let data1 = data.migrations;
            if (Array.isArray(data1)) {
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                  if (!pattern14.test(data2)) {
                    const err2 = { instancePath: instancePath + "/migrations/" + i0, schemaPath: "#/properties/migrations/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]+_[^/\\\\]+\\.sql$" }, message: 'must match pattern "^[0-9]+_[^/\\\\]+\\.sql$"' };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                } else {
                  const err3 = { instancePath: instancePath + "/migrations/" + i0, schemaPath: "#/properties/migrations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
              let i1 = data1.length;
              let j0;
              if (i1 > 1) {
                const indices0 = {};
                for (; i1--; ) {
                  let item0 = data1[i1];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err4 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            } else {
              const err5 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.config !== void 0) {
            if (!validate25(data.config, { instancePath: instancePath + "/config", parentData: data, parentDataProperty: "config", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        validate24.errors = vErrors;
        return errors === 0;
      }
      validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate23.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "$schema" || key0 === "environments" || key0 === "current_environment")) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.$schema !== void 0) {
            if (typeof data.$schema !== "string") {
              const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.environments !== void 0) {
            let data1 = data.environments;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              for (const key1 in data1) {
                const _errs6 = errors;
                const _errs7 = errors;
                const _errs8 = errors;
                if (!(key1 === "common" || key1 === "hooks")) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                var valid2 = _errs8 === errors;
                if (valid2) {
                  const err3 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key1 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                } else {
                  errors = _errs7;
                  if (vErrors !== null) {
                    if (_errs7) {
                      vErrors.length = _errs7;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                if (typeof key1 === "string") {
                  if (!pattern9.test(key1)) {
                    const err4 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
                var valid1 = _errs6 === errors;
                if (!valid1) {
                  const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              for (const key2 in data1) {
                if (!validate24(data1[key2], { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err6 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data.current_environment !== void 0) {
            let data3 = data.current_environment;
            if (typeof data3 === "string") {
              if (func2(data3) < 1) {
                const err7 = { instancePath: instancePath + "/current_environment", schemaPath: "#/properties/current_environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/current_environment", schemaPath: "#/properties/current_environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        validate23.errors = vErrors;
        return errors === 0;
      }
      validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["svc-migrate"] = validate28;
      const schema39 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://svc-migrate.dev/schemas/svc-migrate.schema.json", "title": "svc-migrate.json", "description": "Optional project configuration at the repository root: rule severities, thresholds, where services are.", "type": "object", "properties": { "$schema": { "description": "Path or URL of this schema, for editors.", "type": "string" }, "pg_version": { "description": "PostgreSQL major version the rules assume. Default 15.", "type": "integer", "minimum": 10, "maximum": 99, "default": 15 }, "max_dependency_depth": { "description": "Longest allowed depends_on chain (rule dependency-depth). Default 4.", "type": "integer", "minimum": 1, "default": 4 }, "slow_threshold_ms": { "description": "Migrations slower than this many milliseconds are flagged by status. Default 30000.", "type": "number", "minimum": 0, "default": 3e4 }, "rules": { "$ref": "#/$defs/rules" }, "environments": { "description": "Per-environment overrides, keyed by environment name.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "additionalProperties": { "type": "object", "properties": { "rules": { "$ref": "#/$defs/rules" } }, "additionalProperties": false }, "default": {} }, "services": { "description": `Globs, relative to the root, of the folders that hold services (each with a migrations/ folder). '*' matches one path segment. Default ["services/*"].`, "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "default": ["services/*"] } }, "additionalProperties": false, "$defs": { "level": { "description": '"off" turns the rule off; otherwise the severity its findings get.', "enum": ["off", "error", "warning", "info"] }, "rules": { "description": "Severity per rule id. Rules not named keep their default severity.", "type": "object", "properties": { "adding-enum-value-in-transaction": { "$ref": "#/$defs/level" }, "adding-field-with-volatile-default": { "$ref": "#/$defs/level" }, "adding-primary-key-constraint": { "$ref": "#/$defs/level" }, "adding-serial-primary-key-field": { "$ref": "#/$defs/level" }, "adding-unique-constraint": { "$ref": "#/$defs/level" }, "affects-tables-mismatch": { "$ref": "#/$defs/level" }, "ban-alter-domain-with-add-constraint": { "$ref": "#/$defs/level" }, "ban-char-field": { "$ref": "#/$defs/level" }, "ban-create-domain-with-constraint": { "$ref": "#/$defs/level" }, "ban-drop-not-null": { "$ref": "#/$defs/level" }, "ban-duplicate-column-assignments": { "$ref": "#/$defs/level" }, "ban-uncommitted-transaction": { "$ref": "#/$defs/level" }, "cluster": { "$ref": "#/$defs/level" }, "column-type-change": { "$ref": "#/$defs/level" }, "concurrent-in-transaction": { "$ref": "#/$defs/level" }, "create-table-without-primary-key": { "$ref": "#/$defs/level" }, "delete-without-where": { "$ref": "#/$defs/level" }, "destructive-operation": { "$ref": "#/$defs/level" }, "detach-partition-not-concurrent": { "$ref": "#/$defs/level" }, "disable-trigger": { "$ref": "#/$defs/level" }, "drop-cascade": { "$ref": "#/$defs/level" }, "empty-migration": { "$ref": "#/$defs/level" }, "foreign-key-not-valid": { "$ref": "#/$defs/level" }, "foreign-key-without-index": { "$ref": "#/$defs/level" }, "foreign-schema": { "$ref": "#/$defs/level" }, "grant-to-public": { "$ref": "#/$defs/level" }, "identifier-too-long": { "$ref": "#/$defs/level" }, "ignore-malformed": { "$ref": "#/$defs/level" }, "ignore-unknown-rule": { "$ref": "#/$defs/level" }, "ignore-unused": { "$ref": "#/$defs/level" }, "index-not-concurrent": { "$ref": "#/$defs/level" }, "lock-table": { "$ref": "#/$defs/level" }, "not-null-without-default": { "$ref": "#/$defs/level" }, "plpgsql-syntax": { "$ref": "#/$defs/level" }, "prefer-bigint-over-int": { "$ref": "#/$defs/level" }, "prefer-bigint-over-smallint": { "$ref": "#/$defs/level" }, "prefer-identity": { "$ref": "#/$defs/level" }, "prefer-robust-stmts": { "$ref": "#/$defs/level" }, "prefer-text-field": { "$ref": "#/$defs/level" }, "prefer-timestamptz": { "$ref": "#/$defs/level" }, "refresh-materialized-view-not-concurrent": { "$ref": "#/$defs/level" }, "reindex-not-concurrent": { "$ref": "#/$defs/level" }, "renaming-column": { "$ref": "#/$defs/level" }, "renaming-table": { "$ref": "#/$defs/level" }, "require-concurrent-index-deletion": { "$ref": "#/$defs/level" }, "require-enum-value-ordering": { "$ref": "#/$defs/level" }, "require-lock-timeout": { "$ref": "#/$defs/level" }, "require-statement-timeout": { "$ref": "#/$defs/level" }, "rls-without-policy": { "$ref": "#/$defs/level" }, "set-not-null-on-existing": { "$ref": "#/$defs/level" }, "sql-encoding": { "$ref": "#/$defs/level" }, "sql-syntax": { "$ref": "#/$defs/level" }, "transaction-nesting": { "$ref": "#/$defs/level" }, "unbatched-backfill": { "$ref": "#/$defs/level" }, "unqualified-table": { "$ref": "#/$defs/level" }, "unsupported-syntax": { "$ref": "#/$defs/level" }, "update-without-where": { "$ref": "#/$defs/level" }, "vacuum-full": { "$ref": "#/$defs/level" } }, "additionalProperties": false } } };
      const schema40 = { "description": "Severity per rule id. Rules not named keep their default severity.", "type": "object", "properties": { "adding-enum-value-in-transaction": { "$ref": "#/$defs/level" }, "adding-field-with-volatile-default": { "$ref": "#/$defs/level" }, "adding-primary-key-constraint": { "$ref": "#/$defs/level" }, "adding-serial-primary-key-field": { "$ref": "#/$defs/level" }, "adding-unique-constraint": { "$ref": "#/$defs/level" }, "affects-tables-mismatch": { "$ref": "#/$defs/level" }, "ban-alter-domain-with-add-constraint": { "$ref": "#/$defs/level" }, "ban-char-field": { "$ref": "#/$defs/level" }, "ban-create-domain-with-constraint": { "$ref": "#/$defs/level" }, "ban-drop-not-null": { "$ref": "#/$defs/level" }, "ban-duplicate-column-assignments": { "$ref": "#/$defs/level" }, "ban-uncommitted-transaction": { "$ref": "#/$defs/level" }, "cluster": { "$ref": "#/$defs/level" }, "column-type-change": { "$ref": "#/$defs/level" }, "concurrent-in-transaction": { "$ref": "#/$defs/level" }, "create-table-without-primary-key": { "$ref": "#/$defs/level" }, "delete-without-where": { "$ref": "#/$defs/level" }, "destructive-operation": { "$ref": "#/$defs/level" }, "detach-partition-not-concurrent": { "$ref": "#/$defs/level" }, "disable-trigger": { "$ref": "#/$defs/level" }, "drop-cascade": { "$ref": "#/$defs/level" }, "empty-migration": { "$ref": "#/$defs/level" }, "foreign-key-not-valid": { "$ref": "#/$defs/level" }, "foreign-key-without-index": { "$ref": "#/$defs/level" }, "foreign-schema": { "$ref": "#/$defs/level" }, "grant-to-public": { "$ref": "#/$defs/level" }, "identifier-too-long": { "$ref": "#/$defs/level" }, "ignore-malformed": { "$ref": "#/$defs/level" }, "ignore-unknown-rule": { "$ref": "#/$defs/level" }, "ignore-unused": { "$ref": "#/$defs/level" }, "index-not-concurrent": { "$ref": "#/$defs/level" }, "lock-table": { "$ref": "#/$defs/level" }, "not-null-without-default": { "$ref": "#/$defs/level" }, "plpgsql-syntax": { "$ref": "#/$defs/level" }, "prefer-bigint-over-int": { "$ref": "#/$defs/level" }, "prefer-bigint-over-smallint": { "$ref": "#/$defs/level" }, "prefer-identity": { "$ref": "#/$defs/level" }, "prefer-robust-stmts": { "$ref": "#/$defs/level" }, "prefer-text-field": { "$ref": "#/$defs/level" }, "prefer-timestamptz": { "$ref": "#/$defs/level" }, "refresh-materialized-view-not-concurrent": { "$ref": "#/$defs/level" }, "reindex-not-concurrent": { "$ref": "#/$defs/level" }, "renaming-column": { "$ref": "#/$defs/level" }, "renaming-table": { "$ref": "#/$defs/level" }, "require-concurrent-index-deletion": { "$ref": "#/$defs/level" }, "require-enum-value-ordering": { "$ref": "#/$defs/level" }, "require-lock-timeout": { "$ref": "#/$defs/level" }, "require-statement-timeout": { "$ref": "#/$defs/level" }, "rls-without-policy": { "$ref": "#/$defs/level" }, "set-not-null-on-existing": { "$ref": "#/$defs/level" }, "sql-encoding": { "$ref": "#/$defs/level" }, "sql-syntax": { "$ref": "#/$defs/level" }, "transaction-nesting": { "$ref": "#/$defs/level" }, "unbatched-backfill": { "$ref": "#/$defs/level" }, "unqualified-table": { "$ref": "#/$defs/level" }, "unsupported-syntax": { "$ref": "#/$defs/level" }, "update-without-where": { "$ref": "#/$defs/level" }, "vacuum-full": { "$ref": "#/$defs/level" } }, "additionalProperties": false };
      const schema41 = { "description": '"off" turns the rule off; otherwise the severity its findings get.', "enum": ["off", "error", "warning", "info"] };
      const func7 = Object.prototype.hasOwnProperty;
      function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate29.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!func7.call(schema40.properties, key0)) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data["adding-enum-value-in-transaction"] !== void 0) {
            let data0 = data["adding-enum-value-in-transaction"];
            if (!(data0 === "off" || data0 === "error" || data0 === "warning" || data0 === "info")) {
              const err1 = { instancePath: instancePath + "/adding-enum-value-in-transaction", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data["adding-field-with-volatile-default"] !== void 0) {
            let data1 = data["adding-field-with-volatile-default"];
            if (!(data1 === "off" || data1 === "error" || data1 === "warning" || data1 === "info")) {
              const err2 = { instancePath: instancePath + "/adding-field-with-volatile-default", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data["adding-primary-key-constraint"] !== void 0) {
            let data2 = data["adding-primary-key-constraint"];
            if (!(data2 === "off" || data2 === "error" || data2 === "warning" || data2 === "info")) {
              const err3 = { instancePath: instancePath + "/adding-primary-key-constraint", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data["adding-serial-primary-key-field"] !== void 0) {
            let data3 = data["adding-serial-primary-key-field"];
            if (!(data3 === "off" || data3 === "error" || data3 === "warning" || data3 === "info")) {
              const err4 = { instancePath: instancePath + "/adding-serial-primary-key-field", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data["adding-unique-constraint"] !== void 0) {
            let data4 = data["adding-unique-constraint"];
            if (!(data4 === "off" || data4 === "error" || data4 === "warning" || data4 === "info")) {
              const err5 = { instancePath: instancePath + "/adding-unique-constraint", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data["affects-tables-mismatch"] !== void 0) {
            let data5 = data["affects-tables-mismatch"];
            if (!(data5 === "off" || data5 === "error" || data5 === "warning" || data5 === "info")) {
              const err6 = { instancePath: instancePath + "/affects-tables-mismatch", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data["ban-alter-domain-with-add-constraint"] !== void 0) {
            let data6 = data["ban-alter-domain-with-add-constraint"];
            if (!(data6 === "off" || data6 === "error" || data6 === "warning" || data6 === "info")) {
              const err7 = { instancePath: instancePath + "/ban-alter-domain-with-add-constraint", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data["ban-char-field"] !== void 0) {
            let data7 = data["ban-char-field"];
            if (!(data7 === "off" || data7 === "error" || data7 === "warning" || data7 === "info")) {
              const err8 = { instancePath: instancePath + "/ban-char-field", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data["ban-create-domain-with-constraint"] !== void 0) {
            let data8 = data["ban-create-domain-with-constraint"];
            if (!(data8 === "off" || data8 === "error" || data8 === "warning" || data8 === "info")) {
              const err9 = { instancePath: instancePath + "/ban-create-domain-with-constraint", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          if (data["ban-drop-not-null"] !== void 0) {
            let data9 = data["ban-drop-not-null"];
            if (!(data9 === "off" || data9 === "error" || data9 === "warning" || data9 === "info")) {
              const err10 = { instancePath: instancePath + "/ban-drop-not-null", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data["ban-duplicate-column-assignments"] !== void 0) {
            let data10 = data["ban-duplicate-column-assignments"];
            if (!(data10 === "off" || data10 === "error" || data10 === "warning" || data10 === "info")) {
              const err11 = { instancePath: instancePath + "/ban-duplicate-column-assignments", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data["ban-uncommitted-transaction"] !== void 0) {
            let data11 = data["ban-uncommitted-transaction"];
            if (!(data11 === "off" || data11 === "error" || data11 === "warning" || data11 === "info")) {
              const err12 = { instancePath: instancePath + "/ban-uncommitted-transaction", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.cluster !== void 0) {
            let data12 = data.cluster;
            if (!(data12 === "off" || data12 === "error" || data12 === "warning" || data12 === "info")) {
              const err13 = { instancePath: instancePath + "/cluster", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data["column-type-change"] !== void 0) {
            let data13 = data["column-type-change"];
            if (!(data13 === "off" || data13 === "error" || data13 === "warning" || data13 === "info")) {
              const err14 = { instancePath: instancePath + "/column-type-change", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data["concurrent-in-transaction"] !== void 0) {
            let data14 = data["concurrent-in-transaction"];
            if (!(data14 === "off" || data14 === "error" || data14 === "warning" || data14 === "info")) {
              const err15 = { instancePath: instancePath + "/concurrent-in-transaction", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data["create-table-without-primary-key"] !== void 0) {
            let data15 = data["create-table-without-primary-key"];
            if (!(data15 === "off" || data15 === "error" || data15 === "warning" || data15 === "info")) {
              const err16 = { instancePath: instancePath + "/create-table-without-primary-key", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data["delete-without-where"] !== void 0) {
            let data16 = data["delete-without-where"];
            if (!(data16 === "off" || data16 === "error" || data16 === "warning" || data16 === "info")) {
              const err17 = { instancePath: instancePath + "/delete-without-where", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data["destructive-operation"] !== void 0) {
            let data17 = data["destructive-operation"];
            if (!(data17 === "off" || data17 === "error" || data17 === "warning" || data17 === "info")) {
              const err18 = { instancePath: instancePath + "/destructive-operation", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data["detach-partition-not-concurrent"] !== void 0) {
            let data18 = data["detach-partition-not-concurrent"];
            if (!(data18 === "off" || data18 === "error" || data18 === "warning" || data18 === "info")) {
              const err19 = { instancePath: instancePath + "/detach-partition-not-concurrent", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data["disable-trigger"] !== void 0) {
            let data19 = data["disable-trigger"];
            if (!(data19 === "off" || data19 === "error" || data19 === "warning" || data19 === "info")) {
              const err20 = { instancePath: instancePath + "/disable-trigger", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data["drop-cascade"] !== void 0) {
            let data20 = data["drop-cascade"];
            if (!(data20 === "off" || data20 === "error" || data20 === "warning" || data20 === "info")) {
              const err21 = { instancePath: instancePath + "/drop-cascade", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data["empty-migration"] !== void 0) {
            let data21 = data["empty-migration"];
            if (!(data21 === "off" || data21 === "error" || data21 === "warning" || data21 === "info")) {
              const err22 = { instancePath: instancePath + "/empty-migration", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data["foreign-key-not-valid"] !== void 0) {
            let data22 = data["foreign-key-not-valid"];
            if (!(data22 === "off" || data22 === "error" || data22 === "warning" || data22 === "info")) {
              const err23 = { instancePath: instancePath + "/foreign-key-not-valid", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data["foreign-key-without-index"] !== void 0) {
            let data23 = data["foreign-key-without-index"];
            if (!(data23 === "off" || data23 === "error" || data23 === "warning" || data23 === "info")) {
              const err24 = { instancePath: instancePath + "/foreign-key-without-index", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data["foreign-schema"] !== void 0) {
            let data24 = data["foreign-schema"];
            if (!(data24 === "off" || data24 === "error" || data24 === "warning" || data24 === "info")) {
              const err25 = { instancePath: instancePath + "/foreign-schema", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (data["grant-to-public"] !== void 0) {
            let data25 = data["grant-to-public"];
            if (!(data25 === "off" || data25 === "error" || data25 === "warning" || data25 === "info")) {
              const err26 = { instancePath: instancePath + "/grant-to-public", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data["identifier-too-long"] !== void 0) {
            let data26 = data["identifier-too-long"];
            if (!(data26 === "off" || data26 === "error" || data26 === "warning" || data26 === "info")) {
              const err27 = { instancePath: instancePath + "/identifier-too-long", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          if (data["ignore-malformed"] !== void 0) {
            let data27 = data["ignore-malformed"];
            if (!(data27 === "off" || data27 === "error" || data27 === "warning" || data27 === "info")) {
              const err28 = { instancePath: instancePath + "/ignore-malformed", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data["ignore-unknown-rule"] !== void 0) {
            let data28 = data["ignore-unknown-rule"];
            if (!(data28 === "off" || data28 === "error" || data28 === "warning" || data28 === "info")) {
              const err29 = { instancePath: instancePath + "/ignore-unknown-rule", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data["ignore-unused"] !== void 0) {
            let data29 = data["ignore-unused"];
            if (!(data29 === "off" || data29 === "error" || data29 === "warning" || data29 === "info")) {
              const err30 = { instancePath: instancePath + "/ignore-unused", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data["index-not-concurrent"] !== void 0) {
            let data30 = data["index-not-concurrent"];
            if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "info")) {
              const err31 = { instancePath: instancePath + "/index-not-concurrent", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data["lock-table"] !== void 0) {
            let data31 = data["lock-table"];
            if (!(data31 === "off" || data31 === "error" || data31 === "warning" || data31 === "info")) {
              const err32 = { instancePath: instancePath + "/lock-table", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data["not-null-without-default"] !== void 0) {
            let data32 = data["not-null-without-default"];
            if (!(data32 === "off" || data32 === "error" || data32 === "warning" || data32 === "info")) {
              const err33 = { instancePath: instancePath + "/not-null-without-default", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data["plpgsql-syntax"] !== void 0) {
            let data33 = data["plpgsql-syntax"];
            if (!(data33 === "off" || data33 === "error" || data33 === "warning" || data33 === "info")) {
              const err34 = { instancePath: instancePath + "/plpgsql-syntax", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data["prefer-bigint-over-int"] !== void 0) {
            let data34 = data["prefer-bigint-over-int"];
            if (!(data34 === "off" || data34 === "error" || data34 === "warning" || data34 === "info")) {
              const err35 = { instancePath: instancePath + "/prefer-bigint-over-int", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data["prefer-bigint-over-smallint"] !== void 0) {
            let data35 = data["prefer-bigint-over-smallint"];
            if (!(data35 === "off" || data35 === "error" || data35 === "warning" || data35 === "info")) {
              const err36 = { instancePath: instancePath + "/prefer-bigint-over-smallint", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          if (data["prefer-identity"] !== void 0) {
            let data36 = data["prefer-identity"];
            if (!(data36 === "off" || data36 === "error" || data36 === "warning" || data36 === "info")) {
              const err37 = { instancePath: instancePath + "/prefer-identity", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
          if (data["prefer-robust-stmts"] !== void 0) {
            let data37 = data["prefer-robust-stmts"];
            if (!(data37 === "off" || data37 === "error" || data37 === "warning" || data37 === "info")) {
              const err38 = { instancePath: instancePath + "/prefer-robust-stmts", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          if (data["prefer-text-field"] !== void 0) {
            let data38 = data["prefer-text-field"];
            if (!(data38 === "off" || data38 === "error" || data38 === "warning" || data38 === "info")) {
              const err39 = { instancePath: instancePath + "/prefer-text-field", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data["prefer-timestamptz"] !== void 0) {
            let data39 = data["prefer-timestamptz"];
            if (!(data39 === "off" || data39 === "error" || data39 === "warning" || data39 === "info")) {
              const err40 = { instancePath: instancePath + "/prefer-timestamptz", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data["refresh-materialized-view-not-concurrent"] !== void 0) {
            let data40 = data["refresh-materialized-view-not-concurrent"];
            if (!(data40 === "off" || data40 === "error" || data40 === "warning" || data40 === "info")) {
              const err41 = { instancePath: instancePath + "/refresh-materialized-view-not-concurrent", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data["reindex-not-concurrent"] !== void 0) {
            let data41 = data["reindex-not-concurrent"];
            if (!(data41 === "off" || data41 === "error" || data41 === "warning" || data41 === "info")) {
              const err42 = { instancePath: instancePath + "/reindex-not-concurrent", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          if (data["renaming-column"] !== void 0) {
            let data42 = data["renaming-column"];
            if (!(data42 === "off" || data42 === "error" || data42 === "warning" || data42 === "info")) {
              const err43 = { instancePath: instancePath + "/renaming-column", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          if (data["renaming-table"] !== void 0) {
            let data43 = data["renaming-table"];
            if (!(data43 === "off" || data43 === "error" || data43 === "warning" || data43 === "info")) {
              const err44 = { instancePath: instancePath + "/renaming-table", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (data["require-concurrent-index-deletion"] !== void 0) {
            let data44 = data["require-concurrent-index-deletion"];
            if (!(data44 === "off" || data44 === "error" || data44 === "warning" || data44 === "info")) {
              const err45 = { instancePath: instancePath + "/require-concurrent-index-deletion", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data["require-enum-value-ordering"] !== void 0) {
            let data45 = data["require-enum-value-ordering"];
            if (!(data45 === "off" || data45 === "error" || data45 === "warning" || data45 === "info")) {
              const err46 = { instancePath: instancePath + "/require-enum-value-ordering", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data["require-lock-timeout"] !== void 0) {
            let data46 = data["require-lock-timeout"];
            if (!(data46 === "off" || data46 === "error" || data46 === "warning" || data46 === "info")) {
              const err47 = { instancePath: instancePath + "/require-lock-timeout", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data["require-statement-timeout"] !== void 0) {
            let data47 = data["require-statement-timeout"];
            if (!(data47 === "off" || data47 === "error" || data47 === "warning" || data47 === "info")) {
              const err48 = { instancePath: instancePath + "/require-statement-timeout", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data["rls-without-policy"] !== void 0) {
            let data48 = data["rls-without-policy"];
            if (!(data48 === "off" || data48 === "error" || data48 === "warning" || data48 === "info")) {
              const err49 = { instancePath: instancePath + "/rls-without-policy", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data["set-not-null-on-existing"] !== void 0) {
            let data49 = data["set-not-null-on-existing"];
            if (!(data49 === "off" || data49 === "error" || data49 === "warning" || data49 === "info")) {
              const err50 = { instancePath: instancePath + "/set-not-null-on-existing", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data["sql-encoding"] !== void 0) {
            let data50 = data["sql-encoding"];
            if (!(data50 === "off" || data50 === "error" || data50 === "warning" || data50 === "info")) {
              const err51 = { instancePath: instancePath + "/sql-encoding", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data["sql-syntax"] !== void 0) {
            let data51 = data["sql-syntax"];
            if (!(data51 === "off" || data51 === "error" || data51 === "warning" || data51 === "info")) {
              const err52 = { instancePath: instancePath + "/sql-syntax", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data["transaction-nesting"] !== void 0) {
            let data52 = data["transaction-nesting"];
            if (!(data52 === "off" || data52 === "error" || data52 === "warning" || data52 === "info")) {
              const err53 = { instancePath: instancePath + "/transaction-nesting", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data["unbatched-backfill"] !== void 0) {
            let data53 = data["unbatched-backfill"];
            if (!(data53 === "off" || data53 === "error" || data53 === "warning" || data53 === "info")) {
              const err54 = { instancePath: instancePath + "/unbatched-backfill", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data["unqualified-table"] !== void 0) {
            let data54 = data["unqualified-table"];
            if (!(data54 === "off" || data54 === "error" || data54 === "warning" || data54 === "info")) {
              const err55 = { instancePath: instancePath + "/unqualified-table", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data["unsupported-syntax"] !== void 0) {
            let data55 = data["unsupported-syntax"];
            if (!(data55 === "off" || data55 === "error" || data55 === "warning" || data55 === "info")) {
              const err56 = { instancePath: instancePath + "/unsupported-syntax", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data["update-without-where"] !== void 0) {
            let data56 = data["update-without-where"];
            if (!(data56 === "off" || data56 === "error" || data56 === "warning" || data56 === "info")) {
              const err57 = { instancePath: instancePath + "/update-without-where", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data["vacuum-full"] !== void 0) {
            let data57 = data["vacuum-full"];
            if (!(data57 === "off" || data57 === "error" || data57 === "warning" || data57 === "info")) {
              const err58 = { instancePath: instancePath + "/vacuum-full", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        validate29.errors = vErrors;
        return errors === 0;
      }
      validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate28.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "$schema" || key0 === "pg_version" || key0 === "max_dependency_depth" || key0 === "slow_threshold_ms" || key0 === "rules" || key0 === "environments" || key0 === "services")) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.$schema !== void 0) {
            if (typeof data.$schema !== "string") {
              const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.pg_version !== void 0) {
            let data1 = data.pg_version;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              const err2 = { instancePath: instancePath + "/pg_version", schemaPath: "#/properties/pg_version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 > 99 || isNaN(data1)) {
                const err3 = { instancePath: instancePath + "/pg_version", schemaPath: "#/properties/pg_version/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              if (data1 < 10 || isNaN(data1)) {
                const err4 = { instancePath: instancePath + "/pg_version", schemaPath: "#/properties/pg_version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
          if (data.max_dependency_depth !== void 0) {
            let data2 = data.max_dependency_depth;
            if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
              const err5 = { instancePath: instancePath + "/max_dependency_depth", schemaPath: "#/properties/max_dependency_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (typeof data2 == "number" && isFinite(data2)) {
              if (data2 < 1 || isNaN(data2)) {
                const err6 = { instancePath: instancePath + "/max_dependency_depth", schemaPath: "#/properties/max_dependency_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
          if (data.slow_threshold_ms !== void 0) {
            let data3 = data.slow_threshold_ms;
            if (typeof data3 == "number" && isFinite(data3)) {
              if (data3 < 0 || isNaN(data3)) {
                const err7 = { instancePath: instancePath + "/slow_threshold_ms", schemaPath: "#/properties/slow_threshold_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/slow_threshold_ms", schemaPath: "#/properties/slow_threshold_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data.rules !== void 0) {
            if (!validate29(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
          }
          if (data.environments !== void 0) {
            let data5 = data.environments;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              for (const key1 in data5) {
                const _errs13 = errors;
                if (typeof key1 === "string") {
                  if (!pattern9.test(key1)) {
                    const err9 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                var valid1 = _errs13 === errors;
                if (!valid1) {
                  const err10 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              for (const key2 in data5) {
                let data6 = data5[key2];
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                  for (const key3 in data6) {
                    if (!(key3 === "rules")) {
                      const err11 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  if (data6.rules !== void 0) {
                    if (!validate29(data6.rules, { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", parentData: data6, parentDataProperty: "rules", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            } else {
              const err13 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data.services !== void 0) {
            let data8 = data.services;
            if (Array.isArray(data8)) {
              if (data8.length < 1) {
                const err14 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              const len0 = data8.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (typeof data9 === "string") {
                  if (func2(data9) < 1) {
                    const err15 = { instancePath: instancePath + "/services/" + i0, schemaPath: "#/properties/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/services/" + i0, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            } else {
              const err17 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        validate28.errors = vErrors;
        return errors === 0;
      }
      validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    })();
  }
});

// src/config/schemas.ts
function validatorFor(name2) {
  let validate2 = compiled.get(name2);
  if (!validate2) {
    validate2 = compileValidator(name2, SCHEMAS[name2]);
    compiled.set(name2, validate2);
  }
  return validate2;
}
var SCHEMAS, compiled;
var init_schemas = __esm({
  "src/config/schemas.ts"() {
    "use strict";
    init_dependencies_schema();
    init_environments_schema();
    init_svc_migrate_schema();
    init_precompiled();
    SCHEMAS = {
      dependencies: dependencies_schema_default,
      environments: environments_schema_default,
      "svc-migrate": svc_migrate_schema_default
    };
    compiled = /* @__PURE__ */ new Map();
  }
});

// src/config/sanitize.ts
function emptyMap() {
  return /* @__PURE__ */ Object.create(null);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(obj, key2) {
  return Object.prototype.hasOwnProperty.call(obj, key2) ? obj[key2] : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function strings(v, pattern) {
  if (!Array.isArray(v)) return void 0;
  return v.filter((x) => typeof x === "string" && (!pattern || pattern.test(x)));
}
function assign(target, key2, value) {
  if (value !== void 0) target[key2] = value;
}
function sanitizeDependencies(value) {
  const migrations = emptyMap();
  const raw = isObject(value) ? own(value, "migrations") : void 0;
  if (isObject(raw)) {
    for (const id of Object.keys(raw)) {
      if (!MIGRATION_ID.test(id)) continue;
      migrations[id] = sanitizeDependencyEntry(raw[id]);
    }
  }
  return { migrations };
}
function sanitizeDependencyEntry(v) {
  const entry2 = {};
  if (!isObject(v)) return entry2;
  assign(entry2, "description", str(own(v, "description")));
  assign(entry2, "depends_on", strings(own(v, "depends_on"), MIGRATION_ID));
  assign(entry2, "affects_tables", strings(own(v, "affects_tables")));
  assign(entry2, "estimated_duration", str(own(v, "estimated_duration")));
  const risk = own(v, "risk_level");
  if (typeof risk === "string" && RISK_LEVELS.includes(risk)) {
    entry2.risk_level = risk;
  }
  const safe = own(v, "rollback_safe");
  if (typeof safe === "boolean") entry2.rollback_safe = safe;
  assign(entry2, "environment", str(own(v, "environment")));
  const cross = own(v, "cross_service_dependencies");
  if (isObject(cross)) {
    const out = emptyMap();
    for (const service of Object.keys(cross)) {
      const ids = strings(cross[service], MIGRATION_ID);
      if (ids) out[service] = ids;
    }
    entry2.cross_service_dependencies = out;
  }
  return entry2;
}
function sanitizeEnvironments(value) {
  const environments = emptyMap();
  const root = isObject(value) ? value : {};
  const raw = own(root, "environments");
  if (isObject(raw)) {
    for (const name2 of Object.keys(raw)) {
      if (!ENVIRONMENT_NAME.test(name2) || RESERVED_ENVIRONMENTS.has(name2)) continue;
      environments[name2] = sanitizeEnvironmentEntry(raw[name2]);
    }
  }
  const out = { environments };
  const current = own(root, "current_environment");
  if (typeof current === "string" && current !== "") out.current_environment = current;
  return out;
}
function sanitizeEnvironmentEntry(v) {
  const entry2 = {};
  if (!isObject(v)) return entry2;
  assign(entry2, "description", str(own(v, "description")));
  assign(entry2, "migrations", strings(own(v, "migrations")));
  const config = own(v, "config");
  if (isObject(config)) {
    const settings = {};
    for (const key2 of SETTING_KEYS) {
      const b = own(config, key2);
      if (typeof b === "boolean") settings[key2] = b;
    }
    const window2 = sanitizeMaintenanceWindow(own(config, "maintenance_window"));
    if (window2) settings.maintenance_window = window2;
    entry2.config = settings;
  }
  return entry2;
}
function sanitizeMaintenanceWindow(v) {
  if (!isObject(v)) return void 0;
  const start = str(own(v, "start"));
  const end = str(own(v, "end"));
  if (!start || !end || !CLOCK_TIME.test(start) || !CLOCK_TIME.test(end)) return void 0;
  const window2 = { start, end };
  const days = strings(own(v, "days"))?.filter((d) => WEEKDAYS.includes(d));
  if (days && days.length > 0) window2.days = days;
  const tz = str(own(v, "timezone"));
  if (tz !== void 0) {
    if (!isValidTimeZone(tz)) return void 0;
    window2.timezone = tz;
  }
  return window2;
}
function isValidTimeZone(tz) {
  if (tz === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
function defaultProjectConfig() {
  return {
    pg_version: 15,
    max_dependency_depth: 4,
    slow_threshold_ms: 3e4,
    rules: emptyMap(),
    environments: emptyMap(),
    services: ["services/*"]
  };
}
function sanitizeRules(v) {
  if (!isObject(v)) return void 0;
  const out = emptyMap();
  for (const id of Object.keys(v)) {
    const level = v[id];
    if (typeof level === "string" && LEVELS.includes(level)) out[id] = level;
  }
  return out;
}
function sanitizeProjectConfig(value) {
  const config = defaultProjectConfig();
  if (!isObject(value)) return config;
  const pg3 = own(value, "pg_version");
  if (typeof pg3 === "number" && Number.isInteger(pg3) && pg3 >= 10 && pg3 <= 99) config.pg_version = pg3;
  const depth = own(value, "max_dependency_depth");
  if (typeof depth === "number" && Number.isInteger(depth) && depth >= 1) config.max_dependency_depth = depth;
  const slow = own(value, "slow_threshold_ms");
  if (typeof slow === "number" && Number.isFinite(slow) && slow >= 0) config.slow_threshold_ms = slow;
  config.rules = sanitizeRules(own(value, "rules")) ?? config.rules;
  const envs = own(value, "environments");
  if (isObject(envs)) {
    for (const name2 of Object.keys(envs)) {
      const e = envs[name2];
      if (!ENVIRONMENT_NAME.test(name2) || !isObject(e)) continue;
      const rules2 = sanitizeRules(own(e, "rules"));
      config.environments[name2] = rules2 ? { rules: rules2 } : {};
    }
  }
  const services = strings(own(value, "services"))?.filter((s) => s !== "");
  if (services && services.length > 0) config.services = services;
  return config;
}
var MIGRATION_ID, ENVIRONMENT_NAME, SERVICE_NAME, CLOCK_TIME, WEEKDAYS, RISK_LEVELS, LEVELS, RESERVED_ENVIRONMENTS, SETTING_KEYS;
var init_sanitize = __esm({
  "src/config/sanitize.ts"() {
    "use strict";
    MIGRATION_ID = /^[0-9]+$/;
    ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
    SERVICE_NAME = /^[a-z][a-z0-9_-]*$/;
    CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
    WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    RISK_LEVELS = ["low", "medium", "high", "critical"];
    LEVELS = ["off", "error", "warning", "info"];
    RESERVED_ENVIRONMENTS = /* @__PURE__ */ new Set(["common", "hooks"]);
    SETTING_KEYS = [
      "allow_destructive_operations",
      "skip_validation",
      "auto_rollback_on_failure",
      "require_approval",
      "maintenance_window_required",
      "backup_required"
    ];
  }
});

// src/config/load.ts
function loadJsonFile(abs, rel, schemaName) {
  let bytes;
  try {
    const size = (0, import_node_fs2.statSync)(abs).size;
    if (size > MAX_CONFIG_BYTES) {
      return { findings: [invalidJson(rel, `The file is ${size} bytes; config files larger than 16 MiB are not read`, 1, 1)] };
    }
    bytes = (0, import_node_fs2.readFileSync)(abs);
  } catch (e) {
    return { findings: [invalidJson(rel, `The file cannot be read: ${e.message}`)] };
  }
  return parseJsonFile(bytes, rel, schemaName);
}
function parseJsonFile(content, rel, schemaName) {
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    const decoded = decodeUtf8(content);
    if ("error" in decoded) {
      return { findings: [invalidJson(rel, `The file ${decoded.error.message}`, decoded.error.line, decoded.error.column)] };
    }
    text = decoded.text;
  }
  const parsed = parseJsonLazily(text);
  if (parsed.error) {
    const { message, line, column } = parsed.error;
    return { findings: [invalidJson(rel, message, line, column)] };
  }
  const findings = [];
  const { positions } = parsed;
  const value = parsed.value;
  for (const dup of parsed.duplicates) {
    findings.push({
      rule: "config-schema",
      severity: "warning",
      message: `${pointerToPath(dup.pointer, value)}: duplicate key "${dup.key}"; the later value wins and the earlier one is ignored`,
      file: rel,
      line: dup.line,
      column: dup.column
    });
  }
  findings.push(...schemaFindings(schemaName, value, positions, rel));
  findings.push(...semanticFindings(schemaName, value, positions, rel));
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { loaded: { file: rel, value: sanitize(schemaName, value), positions }, findings };
}
function sanitize(name2, value) {
  const typed = {
    dependencies: () => sanitizeDependencies(value),
    environments: () => sanitizeEnvironments(value),
    "svc-migrate": () => sanitizeProjectConfig(value)
  };
  return typed[name2]();
}
function loadProjectConfig(root) {
  const abs = import_node_path2.default.join(root, "svc-migrate.json");
  let exists;
  try {
    exists = (0, import_node_fs2.statSync)(abs).isFile();
  } catch {
    exists = false;
  }
  if (!exists) return { config: defaultProjectConfig(), findings: [] };
  const { loaded, findings } = loadJsonFile(abs, "svc-migrate.json", "svc-migrate");
  if (!loaded) return { config: defaultProjectConfig(), findings };
  const file = {
    file: loaded.file,
    value: { ...loaded.value },
    positions: loaded.positions
  };
  return { config: loaded.value, file, findings };
}
function positionOf(positions, pointer2) {
  let p = pointer2;
  for (; ; ) {
    const pos = positions.get(p);
    if (pos) return pos;
    if (p === "") return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf("/"));
  }
}
function invalidJson(file, message, line, column) {
  const f = { rule: "config-invalid-json", severity: "error", message, file };
  if (line !== void 0) {
    f.line = line;
    f.column = column ?? 1;
  }
  return f;
}
function located(rule, severity, message, file, pos) {
  const f = { rule, severity, message, file, line: pos.line, column: pos.column };
  if (pos.endLine !== void 0) {
    f.endLine = pos.endLine;
    f.endColumn = pos.endColumn;
  }
  return f;
}
function schemaFindings(name2, value, positions, file) {
  const validate2 = validatorFor(name2);
  if (validate2(value)) return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate2.errors ?? []) {
    if (error.keyword === "propertyNames") continue;
    const { pointer: pointer2, message } = describeError(error, value, name2);
    const text = `${pointerToPath(pointer2, value)}: ${message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    findings.push(located("config-schema", "error", text, file, positionOf(positions, pointer2)));
  }
  return findings;
}
function describeError(error, root, schema) {
  const at2 = error.instancePath;
  const propertyName = error.propertyName;
  if (propertyName !== void 0) {
    const pointer2 = `${at2}/${escapePointerToken(propertyName)}`;
    if (error.keyword === "not") return { pointer: pointer2, message: `"${propertyName}" is a reserved name and cannot be used here` };
    return { pointer: pointer2, message: `the key "${propertyName}" ${error.message ?? "is not allowed"}` };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key2 = String(error.params.additionalProperty);
      const pointer2 = `${at2}/${escapePointerToken(key2)}`;
      if (error.schemaPath === "#/properties/migrations/additionalProperties") {
        return { pointer: pointer2, message: `"${key2}" is not a migration id: ids are the leading digits of the file name ("000001")` };
      }
      if (schema === "svc-migrate" && /^(\/environments\/[^/]+)?\/rules$/.test(at2) && FILE_AND_GRAPH_FINDINGS.includes(key2)) {
        return { pointer: pointer2, message: `"${key2}" is a finding about files, configs or the dependency graph, and its severity is fixed: svc-migrate.json sets only SQL rules (docs/rules/README.md lists them)` };
      }
      return { pointer: pointer2, message: `unknown key "${key2}"${suggestion(key2, schema)}` };
    }
    case "required": {
      const missing = error.params.missingProperty;
      return { pointer: at2, message: `must have the key "${missing}"` };
    }
    case "enum": {
      const allowed = error.params.allowedValues;
      return { pointer: at2, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}` };
    }
    case "type": {
      const actual = describeType(valueAt(root, at2));
      return { pointer: at2, message: `${error.message ?? "has the wrong type"}, not ${actual}` };
    }
    default:
      return { pointer: at2, message: error.message ?? "breaks the schema" };
  }
}
function suggestion(key2, schema) {
  const normal = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const names = propertyNamesOf(schema).filter((c) => c !== key2);
  let match = names.find((c) => normal(c) === normal(key2));
  if (!match) {
    const limit = Math.max(1, Math.floor(key2.length / 4));
    let best = limit + 1;
    for (const c of names) {
      const d = editDistance(normal(key2), normal(c), limit);
      if (d < best) [best, match] = [d, c];
    }
  }
  return match ? ` (did you mean "${match}"?)` : "";
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      least = Math.min(least, row[j]);
    }
    if (least > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}
function propertyNamesOf(schema) {
  let names = propertyNameCache.get(schema);
  if (!names) {
    const found = /* @__PURE__ */ new Set();
    const walk2 = (node) => {
      if (Array.isArray(node)) node.forEach(walk2);
      else if (isObject(node)) {
        const props = node.properties;
        if (isObject(props)) for (const k of Object.keys(props)) found.add(k);
        Object.values(node).forEach(walk2);
      }
    };
    walk2(SCHEMAS[schema]);
    names = [...found];
    propertyNameCache.set(schema, names);
  }
  return names;
}
function valueAt(root, pointer2) {
  let node = root;
  for (const token of splitPointer(pointer2)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return void 0;
  }
  return node;
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
  return `${typeof v} ${String(v)}`;
}
function semanticFindings(name2, value, positions, file) {
  if (name2 !== "environments" || !isObject(value)) return [];
  const findings = [];
  const envs = Object.prototype.hasOwnProperty.call(value, "environments") ? value.environments : void 0;
  const current = Object.prototype.hasOwnProperty.call(value, "current_environment") ? value.current_environment : void 0;
  if (isObject(envs) && typeof current === "string" && current !== "" && !Object.prototype.hasOwnProperty.call(envs, current)) {
    const names = Object.keys(envs);
    findings.push(
      located(
        "config-schema",
        "error",
        `$.current_environment: "${current}" is not an environment of this file (${names.length ? names.join(", ") : "none defined"})`,
        file,
        positionOf(positions, "/current_environment")
      )
    );
  }
  if (!isObject(envs)) return findings;
  for (const env of Object.keys(envs)) {
    const entry2 = envs[env];
    if (!isObject(entry2) || !isObject(entry2.config)) continue;
    const config = entry2.config;
    const base = `/environments/${escapePointerToken(env)}/config`;
    const window2 = Object.prototype.hasOwnProperty.call(config, "maintenance_window") ? config.maintenance_window : void 0;
    if (config.maintenance_window_required === true && window2 === void 0) {
      findings.push(
        located(
          "config-schema",
          "error",
          `$.environments.${env}.config: maintenance_window_required is true but no maintenance_window says when; add {"start": "02:00", "end": "04:00"}`,
          file,
          positionOf(positions, `${base}/maintenance_window_required`)
        )
      );
    }
    if (!isObject(window2)) continue;
    if (typeof window2.timezone === "string" && !isValidTimeZone(window2.timezone)) {
      findings.push(
        located(
          "config-schema",
          "error",
          `$.environments.${env}.config.maintenance_window.timezone: "${window2.timezone}" is not an IANA time zone (e.g. "UTC", "Europe/Berlin")`,
          file,
          positionOf(positions, `${base}/maintenance_window/timezone`)
        )
      );
    }
    if (typeof window2.start === "string" && window2.start === window2.end) {
      findings.push(
        located(
          "config-schema",
          "warning",
          `$.environments.${env}.config.maintenance_window: start and end are both ${window2.start}, so the window never opens`,
          file,
          positionOf(positions, `${base}/maintenance_window`)
        )
      );
    }
  }
  return findings;
}
function decodeUtf8(bytes) {
  const nul = bytes.indexOf(0);
  const bad = (0, import_node_buffer.isUtf8)(bytes) ? -1 : firstInvalidUtf8(bytes);
  const where = (offset) => {
    const before = bytes.subarray(0, offset).toString("utf8");
    const lastNl = before.lastIndexOf("\n");
    const line = before.split("\n").length;
    return { line, column: [...before.slice(lastNl + 1)].length + 1 };
  };
  if (bad !== -1 && (nul === -1 || bad < nul)) {
    const pos = where(bad);
    return { error: { message: `is not UTF-8 text (invalid byte 0x${bytes[bad].toString(16).padStart(2, "0")} at line ${pos.line}, column ${pos.column}); save it as UTF-8`, ...pos } };
  }
  if (nul !== -1) {
    const pos = where(nul);
    return { error: { message: `is not a text file (a NUL byte at line ${pos.line}, column ${pos.column})`, ...pos } };
  }
  return { text: bytes.toString("utf8") };
}
var import_node_buffer, import_node_fs2, import_node_path2, MAX_CONFIG_BYTES, propertyNameCache;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    import_node_fs2 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_finding_ids();
    init_utf8();
    init_json();
    init_schemas();
    init_sanitize();
    MAX_CONFIG_BYTES = 16 * 1024 * 1024;
    propertyNameCache = /* @__PURE__ */ new Map();
  }
});

// src/repo/discover.ts
function relativeTo(root, abs) {
  return import_node_path3.default.relative(root, abs).split(import_node_path3.default.sep).join("/");
}
function isInside(root, real) {
  return real === root || real.startsWith(root.endsWith(import_node_path3.default.sep) ? root : root + import_node_path3.default.sep);
}
function unreadable(message, file, service) {
  const f = { rule: "unreadable-path", severity: "error", message, file };
  if (service) f.service = service;
  return f;
}
async function listDir(root, dirAbs, findings, service) {
  let dirents;
  try {
    dirents = (0, import_node_fs3.readdirSync)(dirAbs, { withFileTypes: true });
  } catch (e) {
    findings.push(unreadable(`Cannot read the folder: ${e.code ?? e.message}`, relativeTo(root, dirAbs), service));
    return [];
  }
  dirents.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out = [];
  const dirRel = relativeTo(root, dirAbs);
  const dirPrefix = dirAbs.endsWith(import_node_path3.default.sep) ? dirAbs : dirAbs + import_node_path3.default.sep;
  for (const d of dirents) {
    if (d.name.startsWith(".")) continue;
    const abs = dirPrefix + d.name;
    const rel = dirRel === "" ? d.name : `${dirRel}/${d.name}`;
    let target = abs;
    if (d.isSymbolicLink()) {
      try {
        target = (0, import_node_fs3.realpathSync)(abs);
      } catch (e) {
        const code = e.code;
        const why = code === "ELOOP" ? "is a symlink loop" : code === "ENOENT" ? "is a broken symlink" : `cannot be resolved (${code ?? e.message})`;
        findings.push(unreadable(`${rel} ${why}; it is not read`, rel, service));
        continue;
      }
      if (!isInside(root, target)) {
        findings.push(unreadable(`${rel} is a symlink to ${target}, outside the root; it is not followed`, rel, service));
        continue;
      }
    }
    if (d.isDirectory() || d.isFile()) {
      out.push({ name: d.name, abs, rel, kind: d.isFile() ? "file" : "dir" });
      continue;
    }
    try {
      const st = (0, import_node_fs3.statSync)(target);
      if (st.isDirectory()) out.push({ name: d.name, abs, rel, kind: "dir" });
      else if (st.isFile()) out.push({ name: d.name, abs, rel, kind: "file" });
    } catch (e) {
      findings.push(unreadable(`${rel} cannot be read: ${e.code ?? e.message}`, rel, service));
    }
  }
  return out;
}
function parseMigrationFileName(fileName) {
  let m = STANDARD.exec(fileName);
  if (m) return { id: m[1], name: m[2], direction: m[3], style: "standard" };
  m = UNDERSCORE.exec(fileName);
  if (m) return { id: m[1], name: m[2], direction: m[3], style: "underscore" };
  return void 0;
}
function suggestFileName(fileName) {
  let m = /^([0-9]+)[._-](up|down)\.sql$/.exec(fileName);
  if (m) return `${m[1]}_<what_it_does>.${m[2]}.sql`;
  m = /^([0-9]+)_(.+)\.sql$/i.exec(fileName);
  if (m && !/[._](up|down)\.sql$/i.test(fileName)) {
    const name2 = m[2].replace(/[^A-Za-z0-9_.-]+/g, "_");
    return `${m[1]}_${name2}.up.sql (with a ${m[1]}_${name2}.down.sql that undoes it)`;
  }
  return void 0;
}
function explainBadFileName(fileName) {
  if (/^[0-9]+[._-](up|down)\.sql$/.test(fileName)) return 'it has no "_name" after the id';
  if (!/^[0-9]+_/.test(fileName)) return "it does not start with a numeric id and an underscore";
  if (!/\.sql$/i.test(fileName)) return "it is not a .sql file";
  if (!/[._](up|down)\.sql$/.test(fileName)) return "it does not say .up.sql or .down.sql";
  return 'the name part may hold only letters, digits, "_", "." and "-"';
}
function isIgnoredFile(fileName) {
  return /^readme(\..*)?$/i.test(fileName) || fileName === "Thumbs.db" || fileName.startsWith(".");
}
async function expandServiceGlobs(root, globs, findings) {
  const found = /* @__PURE__ */ new Set();
  const missing = [];
  for (const glob of globs) {
    const segments = glob.split("/").filter((s) => s !== "" && s !== ".");
    if (segments.some((s) => s === "..") || import_node_path3.default.isAbsolute(glob)) {
      missing.push(glob);
      continue;
    }
    const literal2 = [];
    for (const s of segments) {
      if (/[*?[]/.test(s)) break;
      literal2.push(s);
    }
    try {
      const st = await import_node_fs3.promises.stat(import_node_path3.default.join(root, ...literal2));
      if (!st.isDirectory()) {
        missing.push(glob);
        continue;
      }
    } catch {
      missing.push(glob);
      continue;
    }
    await walkGlob(root, root, segments, found, findings, /* @__PURE__ */ new Set(), 0);
  }
  return { dirs: [...found].sort(), missing };
}
async function walkGlob(root, dir, segments, found, findings, visited, depth) {
  if (segments.length === 0) {
    found.add(dir);
    return;
  }
  if (depth > MAX_GLOB_DEPTH) return;
  let real;
  try {
    real = await import_node_fs3.promises.realpath(dir);
  } catch {
    return;
  }
  const key2 = `${real}\0${segments.join("/")}`;
  if (visited.has(key2)) return;
  visited.add(key2);
  const [head, ...rest] = segments;
  if (head === "**") {
    await walkGlob(root, dir, rest, found, findings, visited, depth + 1);
    for (const e of await listDir(root, dir, findings)) {
      if (e.kind === "dir") await walkGlob(root, e.abs, segments, found, findings, visited, depth + 1);
    }
    return;
  }
  if (!/[*?[]/.test(head)) {
    const next = import_node_path3.default.join(dir, head);
    try {
      const st = await import_node_fs3.promises.stat(next);
      if (!st.isDirectory()) return;
      const realNext = await import_node_fs3.promises.realpath(next);
      if (!isInside(root, realNext)) return;
    } catch {
      return;
    }
    await walkGlob(root, next, rest, found, findings, visited, depth + 1);
    return;
  }
  const re = globSegmentToRegExp(head);
  for (const e of await listDir(root, dir, findings)) {
    if (e.kind === "dir" && re.test(e.name)) await walkGlob(root, e.abs, rest, found, findings, visited, depth + 1);
  }
}
function globSegmentToRegExp(segment) {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        re += `[${segment.slice(i + 1, close).replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
var import_node_fs3, import_node_path3, STANDARD, UNDERSCORE, MAX_GLOB_DEPTH;
var init_discover = __esm({
  "src/repo/discover.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
    STANDARD = /^([0-9]+)_([A-Za-z0-9][A-Za-z0-9_.-]*)\.(up|down)\.sql$/;
    UNDERSCORE = /^([0-9]+)_([A-Za-z0-9][A-Za-z0-9_.-]*)_(up|down)\.sql$/;
    MAX_GLOB_DEPTH = 12;
  }
});

// src/repo/environments.ts
function resolveEnvironment(repo, flag, env = process.env) {
  if (flag !== void 0 && flag.trim() !== "") return checkedEnvironmentName(flag.trim(), "--env");
  const fromEnv = env.MIGRATION_ENV;
  if (fromEnv !== void 0 && fromEnv.trim() !== "") return checkedEnvironmentName(fromEnv.trim(), "MIGRATION_ENV");
  const sorted = [...repo.services].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const s of sorted) {
    const current = s.environments?.value.current_environment;
    if (current) return current;
  }
  return "development";
}
function checkedEnvironmentName(name2, source) {
  if (ENVIRONMENT_NAME2.test(name2)) return name2;
  throw new UsageError(
    `${source} ${JSON.stringify(name2)} is not an environment name: use letters, digits, "_", "-" and "." (at most 63), e.g. staging.`
  );
}
function environmentSettings(service, env) {
  const settings = { ...DEFAULT_SETTINGS };
  const environments = service.environments?.value.environments;
  const entry2 = environments && Object.prototype.hasOwnProperty.call(environments, env) ? environments[env] : void 0;
  const config = entry2?.config;
  if (!config) return settings;
  for (const key2 of SETTING_KEYS) {
    const v = config[key2];
    if (typeof v === "boolean") settings[key2] = v;
  }
  if (config.maintenance_window) settings.maintenance_window = { ...config.maintenance_window };
  return settings;
}
function appliesIn(migration, env) {
  return migration.folder === "common" || migration.folder === env;
}
function environmentsOf(_service, migration, allEnvs) {
  return allEnvs.filter((e) => appliesIn(migration, e));
}
function knownEnvironments(repo) {
  const names = /* @__PURE__ */ new Set();
  for (const s of repo.services) {
    for (const m of s.migrations) if (m.folder !== "common") names.add(m.folder);
    for (const e of Object.keys(s.environments?.value.environments ?? {})) names.add(e);
  }
  for (const e of Object.keys(repo.config?.environments ?? {})) names.add(e);
  const defaults2 = [...DEFAULT_ENVIRONMENTS];
  return [...defaults2, ...[...names].filter((n) => !defaults2.includes(n)).sort()];
}
var DEFAULT_ENVIRONMENTS, DEFAULT_SETTINGS, ENVIRONMENT_NAME2;
var init_environments = __esm({
  "src/repo/environments.ts"() {
    "use strict";
    init_types();
    init_sanitize();
    DEFAULT_ENVIRONMENTS = ["development", "staging", "production"];
    DEFAULT_SETTINGS = Object.freeze({
      allow_destructive_operations: true,
      skip_validation: false,
      auto_rollback_on_failure: false,
      require_approval: false,
      maintenance_window_required: false,
      backup_required: false
    });
    ENVIRONMENT_NAME2 = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
  }
});

// src/repo/load.ts
async function loadRepo(options) {
  const root = await resolveRoot(options.root);
  const project = loadProjectConfig(root);
  const findings = [...project.findings];
  const { dirs, missing } = await expandServiceGlobs(root, project.config.services, findings);
  if (dirs.length === 0 && missing.length === project.config.services.length) {
    const custom = project.file !== void 0 && project.config.services.join() !== "services/*";
    throw new UsageError(
      custom ? `No folder under ${root} matches the service globs of svc-migrate.json (${project.config.services.join(", ")}).` : `${root} has no services/ folder. svc-migrate expects services/<service>/migrations/ (with common/, development/, ... or golang-migrate files directly in migrations/). Point --root at the repository root, or set "services" in svc-migrate.json.`
    );
  }
  const candidates = [];
  const seen = /* @__PURE__ */ new Map();
  const bySchema = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    const name2 = import_node_path4.default.basename(dir);
    const rel = relativeTo(root, dir);
    if (!await isDir(import_node_path4.default.join(dir, "migrations"))) {
      findings.push({
        rule: "unknown-folder",
        severity: "info",
        message: `${rel}/ has no migrations/ folder, so it is not read as a service`,
        file: rel
      });
      continue;
    }
    if (!SERVICE_NAME.test(name2)) {
      findings.push({
        rule: "invalid-service-name",
        severity: "error",
        message: `Service folder "${name2}" is not a valid service name (lower-case letters, digits, "_" and "-", starting with a letter: ^[a-z][a-z0-9_-]*$); it is skipped`,
        help: `Rename it, e.g. to "${suggestServiceName(name2)}"`,
        file: rel,
        service: name2
      });
      continue;
    }
    const other = seen.get(name2);
    if (other !== void 0) {
      findings.push({
        rule: "invalid-service-name",
        severity: "error",
        message: `Two service folders are named "${name2}" (${other} and ${rel}); service names must be unique, so ${rel} is skipped`,
        file: rel,
        service: name2
      });
      continue;
    }
    const snake = name2.replace(/-/g, "_");
    const sameSchema = bySchema.get(snake);
    if (sameSchema !== void 0) {
      findings.push({
        rule: "invalid-service-name",
        severity: "error",
        message: `Service folders ${sameSchema.rel} and ${rel} both map to schema ${snake} and tracking table public.${snake}_schema_migrations, so each would record its migrations over the other's; ${rel} is skipped`,
        help: `Rename one of them so that their names differ by more than '-' and '_'.`,
        file: rel,
        service: name2
      });
      continue;
    }
    bySchema.set(snake, { rel });
    seen.set(name2, rel);
    candidates.push({ name: name2, abs: dir });
  }
  let selected = candidates;
  const wanted = options.services ?? [];
  if (wanted.length > 0) {
    const unknown = wanted.filter((w) => !candidates.some((c) => c.name === w));
    if (unknown.length > 0) {
      const names = candidates.map((c) => c.name).sort();
      throw new UsageError(
        `Unknown service${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}. ` + (names.length > 0 ? `Services found under ${root}: ${names.join(", ")}.` : `No services were found under ${root}.`)
      );
    }
    selected = candidates.filter((c) => wanted.includes(c.name));
  }
  const services = [];
  let files = 0;
  for (const c of selected.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const serviceFindings = [];
    let loaded;
    try {
      loaded = await loadService(root, c.name, c.abs, serviceFindings);
      services.push(loaded);
    } catch (e) {
      serviceFindings.push({
        rule: "unreadable-path",
        severity: "error",
        message: `Service ${c.name} could not be read: ${e.message}`,
        file: relativeTo(root, c.abs)
      });
    }
    for (const f of serviceFindings) findings.push({ ...f, service: c.name });
    if (options.onProgress) {
      files += loaded?.migrations.reduce((n, m) => n + (m.up ? 1 : 0) + (m.down ? 1 : 0), 0) ?? 0;
      options.onProgress(files);
    }
  }
  const keep = wanted.length === 0 ? findings : findings.filter((f) => f.service === void 0 || wanted.includes(f.service));
  const repo = { root, config: project.config, services, findings: keep };
  if (project.file) repo.configFile = project.file;
  return repo;
}
async function resolveRoot(root) {
  const abs = import_node_path4.default.resolve(root);
  let real;
  try {
    real = await import_node_fs4.promises.realpath(abs);
  } catch (e) {
    const code = e.code;
    throw new UsageError(
      code === "ENOENT" ? `--root ${root}: no such folder` : `--root ${root} cannot be read (${code ?? e.message})`
    );
  }
  const st = await import_node_fs4.promises.stat(real);
  if (!st.isDirectory()) throw new UsageError(`--root ${root} is a file, not a folder; point it at the repository root`);
  try {
    await import_node_fs4.promises.readdir(real);
  } catch (e) {
    throw new UsageError(`--root ${root} cannot be read (${e.code ?? e.message})`);
  }
  return real;
}
async function isDir(abs) {
  try {
    return (await import_node_fs4.promises.stat(abs)).isDirectory();
  } catch {
    return false;
  }
}
function suggestServiceName(name2) {
  const s = name2.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[^a-z]+/, "");
  return s === "" ? "my-service" : s;
}
async function loadService(root, name2, serviceAbs, findings) {
  const abs = import_node_path4.default.join(serviceAbs, "migrations");
  const dir = relativeTo(root, abs);
  const service = {
    name: name2,
    snake: name2.replace(/-/g, "_"),
    dir,
    abs,
    layout: "flat",
    migrations: []
  };
  let real;
  try {
    real = (0, import_node_fs4.realpathSync)(abs);
  } catch (e) {
    findings.push({ rule: "unreadable-path", severity: "error", message: `${dir} cannot be resolved (${e.code ?? e.message})`, file: dir });
    return service;
  }
  if (real !== root && !real.startsWith(root + import_node_path4.default.sep)) {
    findings.push({ rule: "unreadable-path", severity: "error", message: `${dir} is a symlink to ${real}, outside the root; it is not followed`, file: dir });
    return service;
  }
  const entries = await listDir(root, abs, findings, name2);
  for (const e of entries) {
    if (e.kind !== "file" || !CONFIG_FILES.has(e.name)) continue;
    if (e.name === "dependencies.json") {
      const r = loadJsonFile(e.abs, e.rel, "dependencies");
      findings.push(...r.findings);
      if (r.loaded) service.dependencies = r.loaded;
    } else {
      const r = loadJsonFile(e.abs, e.rel, "environments");
      findings.push(...r.findings);
      if (r.loaded) service.environments = r.loaded;
    }
  }
  const envFolders = /* @__PURE__ */ new Set(["common", ...DEFAULT_ENVIRONMENTS]);
  for (const env of Object.keys(service.environments?.value.environments ?? {})) envFolders.add(env);
  const files = [];
  let hasFolders = false;
  for (const e of entries) {
    if (e.kind === "dir") {
      if (e.name === "hooks") service.hooksDir = e.abs;
      else if (envFolders.has(e.name)) {
        hasFolders = true;
        for (const f of await listDir(root, e.abs, findings, name2)) {
          if (f.kind === "dir") {
            findings.push(unknownFolder(f, `it sits inside ${e.name}/; migrations are not read from subfolders`));
          } else {
            classifyFile(f, e.name, files, findings);
          }
        }
      } else {
        findings.push(
          unknownFolder(
            e,
            `it is not common/, hooks/ or an environment folder (${[...envFolders].filter((x) => x !== "common").join(", ")}); add the environment to environments.json or move the files`
          )
        );
      }
      continue;
    }
    if (CONFIG_FILES.has(e.name)) continue;
    classifyFile(e, "common", files, findings);
  }
  service.layout = hasFolders ? "folders" : "flat";
  service.migrations = pairMigrations(name2, files, findings);
  for (const m of service.migrations) {
    const meta = service.dependencies?.value.migrations[m.id];
    if (meta) m.meta = meta;
  }
  return service;
}
function unknownFolder(e, why) {
  return { rule: "unknown-folder", severity: "warning", message: `${e.rel}/ is not read: ${why}`, file: e.rel };
}
function classifyFile(e, folder, files, findings) {
  if (isIgnoredFile(e.name)) return;
  const parsed = parseMigrationFileName(e.name);
  if (!parsed) {
    const isSql = /\.sql$/i.test(e.name);
    findings.push({
      rule: "invalid-filename",
      severity: isSql ? "error" : "warning",
      message: isSql ? `${e.name} is not a migration file name (${explainBadFileName(e.name)}), so it is never applied` : `${e.name} does not belong in a migrations folder (migration files are NNNNNN_name.up.sql / .down.sql)`,
      help: isSql && suggestFileName(e.name) ? `Rename it to ${suggestFileName(e.name)}` : "Name migration files NNNNNN_name.up.sql and NNNNNN_name.down.sql, e.g. 000004_add_orders.up.sql",
      file: e.rel
    });
    return;
  }
  if (parsed.style === "underscore") {
    const better = `${parsed.id}_${parsed.name}.${parsed.direction}.sql`;
    findings.push({
      rule: "filename-style",
      severity: "info",
      message: `${e.name} is read as the ${parsed.direction} migration ${parsed.id}; the usual form is ${better}`,
      help: `Rename it to ${better}`,
      file: e.rel,
      migration: parsed.id
    });
  }
  files.push({
    file: e.rel,
    abs: e.abs,
    folder,
    id: parsed.id,
    name: parsed.name,
    direction: parsed.direction
  });
}
function compareIds(a, b) {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
function label(m) {
  return `${m.folder}/${m.id}_${m.name}`;
}
function pairMigrations(service, files, findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of files) {
    const key2 = `${f.folder}\0${f.id}\0${f.name}`;
    let m = byKey.get(key2);
    if (!m) {
      m = { service, id: f.id, name: f.name, folder: f.folder };
      byKey.set(key2, m);
    }
    if (m[f.direction]) {
      findings.push({
        rule: "duplicate-version",
        severity: "error",
        message: `${f.file} is a second ${f.direction} file for migration ${f.id} (the first is ${m[f.direction].file}); keep one`,
        file: f.file,
        migration: f.id
      });
      continue;
    }
    m[f.direction] = f;
  }
  const migrations = [...byKey.values()].sort(
    (a, b) => compareIds(a.id, b.id) || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
  let first;
  for (const m of migrations) {
    const file = (m.up ?? m.down).file;
    if (first && BigInt(first.id) === BigInt(m.id)) {
      findings.push({
        rule: "duplicate-version",
        severity: "error",
        message: `Migration id ${m.id} is used twice in ${service}: ${label(first)} and ${label(m)}` + (first.id !== m.id ? ` (${first.id} and ${m.id} are the same number)` : "") + "; each migration needs its own id, even in different environment folders",
        help: "Give one of them the next free id (svc-migrate new picks it)",
        file,
        migration: m.id
      });
    } else {
      first = m;
    }
    if (m.up && !m.down) {
      findings.push({
        rule: "missing-down",
        severity: "warning",
        message: `Migration ${m.id} (${m.name}) has no down file, so it cannot be rolled back`,
        help: `Add ${m.id}_${m.name}.down.sql next to it that undoes it`,
        file: m.up.file,
        line: 1,
        column: 1,
        migration: m.id
      });
    }
    if (m.down && !m.up) {
      findings.push({
        rule: "missing-up",
        severity: "warning",
        message: `${m.down.file} is a down file with no up file, so it is never applied or rolled back`,
        help: `Add ${m.id}_${m.name}.up.sql, or delete the down file`,
        file: m.down.file,
        line: 1,
        column: 1,
        migration: m.id
      });
    }
  }
  return migrations;
}
var import_node_fs4, import_node_path4, CONFIG_FILES;
var init_load2 = __esm({
  "src/repo/load.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    init_types();
    init_load();
    init_sanitize();
    init_discover();
    init_environments();
    CONFIG_FILES = /* @__PURE__ */ new Set(["dependencies.json", "environments.json"]);
  }
});

// src/repo/select.ts
function selectServices(repo, names) {
  if (names.length === 0) return repo;
  const known = repo.services.map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown service${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}. ` + (known.length > 0 ? `Services found under ${repo.root}: ${known.join(", ")}.` : `No services were found under ${repo.root}.`)
    );
  }
  return {
    ...repo,
    services: repo.services.filter((s) => names.includes(s.name)),
    findings: repo.findings.filter((f) => f.service === void 0 || names.includes(f.service))
  };
}
var init_select = __esm({
  "src/repo/select.ts"() {
    "use strict";
    init_types();
  }
});

// src/graph/ids.ts
function significant(id) {
  const stripped = id.replace(/^0+/, "");
  return stripped === "" ? "0" : stripped;
}
function firstSignificant(id) {
  let i = 0;
  while (i < id.length - 1 && id.charCodeAt(i) === 48) i++;
  return i;
}
function compareIds2(a, b) {
  const x = a === "" ? "0" : a;
  const y = b === "" ? "0" : b;
  const i = firstSignificant(x);
  const j = firstSignificant(y);
  const lengthX = x.length - i;
  const lengthY = y.length - j;
  if (lengthX !== lengthY) return lengthX - lengthY;
  for (let k = 0; k < lengthX; k++) {
    const d = x.charCodeAt(i + k) - y.charCodeAt(j + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a === b ? 0 : a < b ? -1 : 1;
}
function sameNumber(a, b) {
  return significant(a) === significant(b);
}
function sortIds(ids) {
  return [...ids].sort(compareIds2);
}
var init_ids = __esm({
  "src/graph/ids.ts"() {
    "use strict";
  }
});

// src/graph/environments.ts
function environmentsToCheck(repo, env) {
  const known = knownEnvironments(repo);
  return env && !known.includes(env) ? [...known, env] : known;
}
var init_environments2 = __esm({
  "src/graph/environments.ts"() {
    "use strict";
    init_environments();
  }
});

// src/graph/context.ts
function hasParseError(repo, file) {
  return (repo.findings ?? []).some((f) => f.rule === "config-invalid-json" && f.file === file);
}
function isObject2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function buildServiceGraph(repo, service, env, environments = environmentsToCheck(repo, env)) {
  const depsFile = service.dependencies?.file ?? `${service.dir}/dependencies.json`;
  const envFile = service.environments?.file ?? `${service.dir}/environments.json`;
  const depsBroken = hasParseError(repo, depsFile);
  const rawMigrations = service.dependencies?.value?.migrations;
  const depsUnusable = depsBroken || service.dependencies !== void 0 && !isObject2(rawMigrations);
  const deps = service.dependencies && !depsUnusable ? service.dependencies : void 0;
  const entries = /* @__PURE__ */ new Map();
  if (deps && isObject2(rawMigrations)) {
    for (const [id, entry2] of Object.entries(rawMigrations)) if (isObject2(entry2)) entries.set(id, entry2);
  }
  const byId = /* @__PURE__ */ new Map();
  for (const m of service.migrations) {
    if (!m.up && !m.down) continue;
    const list3 = byId.get(m.id);
    if (list3) list3.push(m);
    else byId.set(m.id, [m]);
  }
  const ids = sortIds(/* @__PURE__ */ new Set([...entries.keys(), ...byId.keys()]));
  const exists = (id) => entries.has(id) || byId.has(id);
  const dependsOn = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  for (const [id, entry2] of entries) {
    const raw = entry2.depends_on;
    const items = [];
    if (Array.isArray(raw)) raw.forEach((d, index) => typeof d === "string" && items.push({ id: d, index }));
    dependsOn.set(id, items);
    edges.set(id, [...new Set(items.map((i) => i.id).filter(exists))].sort(compareIds2));
  }
  for (const id of ids) if (!edges.has(id)) edges.set(id, []);
  return {
    repo,
    service,
    env,
    depsFile,
    deps,
    depsUnusable,
    envUnusable: hasParseError(repo, envFile),
    entries,
    byId,
    ids,
    dependsOn,
    edges,
    environments
  };
}
function migrationFile(m) {
  return m.up?.file ?? m.down?.file;
}
var init_context = __esm({
  "src/graph/context.ts"() {
    "use strict";
    init_ids();
    init_environments2();
  }
});

// src/graph/cross-service.ts
function isObject3(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function crossRefs(service) {
  const migrations = service.dependencies?.value?.migrations;
  if (!isObject3(migrations)) return [];
  const out = [];
  for (const id of Object.keys(migrations).sort(compareIds2)) {
    const entry2 = migrations[id];
    if (!isObject3(entry2) || !isObject3(entry2.cross_service_dependencies)) continue;
    for (const [target, list3] of Object.entries(entry2.cross_service_dependencies)) {
      const ids = [];
      if (Array.isArray(list3)) list3.forEach((x, index) => typeof x === "string" && ids.push({ id: x, index }));
      out.push({ id, service: target, ids });
    }
  }
  return out;
}
function serviceEdges(repo, env) {
  const known = new Set(repo.services.map((s) => s.name));
  const edges = /* @__PURE__ */ new Map();
  for (const service of repo.services) {
    const targets2 = /* @__PURE__ */ new Set();
    for (const ref of crossRefs(service)) {
      if (!known.has(ref.service) || ref.service === service.name) continue;
      if (env !== void 0 && !service.migrations.some((m) => m.id === ref.id && m.up && appliesIn(m, env))) continue;
      targets2.add(ref.service);
    }
    edges.set(service.name, [...targets2].sort());
  }
  return edges;
}
function compareNames(a, b) {
  return a === b ? 0 : a < b ? -1 : 1;
}
var init_cross_service = __esm({
  "src/graph/cross-service.ts"() {
    "use strict";
    init_environments2();
    init_ids();
  }
});

// src/graph/cycles.ts
function cyclicComponents(nodes, adj) {
  const inSet = new Set(nodes);
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const out = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const nbrsOf = (v) => (adj.get(v) ?? []).filter((w) => inSet.has(w));
    const frames = [{ v: root, nbrs: nbrsOf(root), i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.i < frame.nbrs.length) {
        const w = frame.nbrs[frame.i++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          frames.push({ v: w, nbrs: nbrsOf(w), i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.v, Math.min(low.get(frame.v), index.get(w)));
        }
        continue;
      }
      frames.pop();
      const v = frame.v;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].v;
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        const selfLoop = component.length === 1 && (adj.get(v) ?? []).includes(v);
        if (component.length > 1 || selfLoop) out.push(component);
      }
    }
  }
  return out;
}
function elementaryCycles(nodes, adj, compare, cap = 100) {
  const sortedAdj = /* @__PURE__ */ new Map();
  for (const n of nodes) sortedAdj.set(n, [...new Set(adj.get(n) ?? [])].sort(compare));
  const cycles = [];
  let truncated = false;
  const work = cyclicComponents([...nodes].sort(compare), sortedAdj);
  while (work.length > 0 && !truncated) {
    const component = work.pop();
    const members = new Set(component);
    const start = [...component].sort(compare)[0];
    const sub = (v) => (sortedAdj.get(v) ?? []).filter((w) => members.has(w));
    truncated = searchFrom(start, sub, cycles, cap);
    members.delete(start);
    const rest = [...members];
    const restAdj = /* @__PURE__ */ new Map();
    for (const v of rest) restAdj.set(v, sub(v).filter((w) => w !== start));
    work.push(...cyclicComponents(rest.sort(compare), restAdj));
  }
  cycles.sort((a, b) => compareSequences(a, b, compare));
  return { cycles, truncated };
}
function compareSequences(a, b, compare) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
function searchFrom(start, nbrs, cycles, cap) {
  const blocked = /* @__PURE__ */ new Set([start]);
  const B = /* @__PURE__ */ new Map();
  const path7 = [start];
  const stack = [{ list: nbrs(start), i: 0 }];
  const closed = [false];
  const unblock = (node) => {
    const todo = [node];
    while (todo.length > 0) {
      const u = todo.pop();
      if (!blocked.delete(u)) continue;
      const waiting = B.get(u);
      if (waiting) {
        todo.push(...waiting);
        waiting.clear();
      }
    }
  };
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    let descended = false;
    while (top.i < top.list.length) {
      const w = top.list[top.i++];
      if (w === start) {
        cycles.push([...path7]);
        closed[closed.length - 1] = true;
        if (cycles.length >= cap) return true;
      } else if (!blocked.has(w)) {
        path7.push(w);
        closed.push(false);
        stack.push({ list: nbrs(w), i: 0 });
        blocked.add(w);
        descended = true;
        break;
      }
    }
    if (descended) continue;
    stack.pop();
    const v = path7.pop();
    if (closed.pop()) {
      if (closed.length > 0) closed[closed.length - 1] = true;
      unblock(v);
    } else {
      for (const w of nbrs(v)) {
        let set = B.get(w);
        if (!set) B.set(w, set = /* @__PURE__ */ new Set());
        set.add(v);
      }
    }
  }
  return false;
}
var init_cycles = __esm({
  "src/graph/cycles.ts"() {
    "use strict";
  }
});

// src/graph/locate.ts
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointer(...tokens) {
  return tokens.map((t) => "/" + escapePointer(String(t))).join("");
}
function locate(json, ptr) {
  let p = ptr;
  for (; ; ) {
    const pos = json?.positions?.get(p);
    if (pos) return { line: pos.line, column: pos.column };
    if (p === "") return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf("/"));
  }
}
function makeFinding(rule, severity, message, where) {
  const f = {
    rule,
    severity,
    message,
    file: where.file,
    line: where.line ?? 1,
    column: where.column ?? 1,
    service: where.service
  };
  if (where.migration !== void 0) f.migration = where.migration;
  if (where.help !== void 0) f.help = where.help;
  return f;
}
function jsonFinding(rule, severity, message, json, ptr, where) {
  return makeFinding(rule, severity, message, { ...where, file: json.file, ...locate(json, ptr) });
}
var init_locate = __esm({
  "src/graph/locate.ts"() {
    "use strict";
  }
});

// src/graph/checks/cross-service-dependency.ts
function checkCrossServiceReferences(g, graphs) {
  const deps = g.deps;
  if (!deps) return [];
  const findings = [];
  const service = g.service.name;
  for (const ref of crossRefs(g.service)) {
    const at2 = pointer("migrations", ref.id, "cross_service_dependencies", ref.service);
    if (ref.service === service) {
      findings.push(
        jsonFinding(RULE, "error", `${ref.id} lists its own service ${service} in cross_service_dependencies`, deps, at2, {
          service,
          migration: ref.id,
          help: "Use depends_on for migrations of the same service."
        })
      );
      continue;
    }
    const target = graphs.get(ref.service);
    if (!target) {
      findings.push(
        jsonFinding(RULE, "error", `${ref.id} depends on unknown service ${ref.service}`, deps, at2, {
          service,
          migration: ref.id,
          help: `Known services: ${[...graphs.keys()].sort(compareNames).join(", ") || "(none)"}.`
        })
      );
      continue;
    }
    for (const item of ref.ids) {
      if (target.byId.get(item.id)?.some((m) => m.up)) continue;
      findings.push(
        jsonFinding(
          RULE,
          "error",
          `${ref.id} depends on ${ref.service} migration ${item.id}, which does not exist`,
          deps,
          pointer("migrations", ref.id, "cross_service_dependencies", ref.service, item.index),
          { service, migration: ref.id, help: `Name an existing migration of ${ref.service} (ids are matched as written).` }
        )
      );
    }
  }
  return findings;
}
function checkServiceCycles(repo, graphs) {
  const edges = serviceEdges(repo);
  const names = [...edges.keys()].sort(compareNames);
  const { cycles, truncated } = elementaryCycles(names, edges, compareNames, SERVICE_CYCLE_CAP);
  const findings = [];
  for (const cycle of cycles) {
    const [first, second = first] = cycle;
    const g = graphs.get(first);
    if (!g?.deps) continue;
    const ref = crossRefs(g.service).find((r) => r.service === second);
    const ptr = ref ? pointer("migrations", ref.id, "cross_service_dependencies", second) : "";
    findings.push(
      jsonFinding(RULE, "error", `Circular dependency between services: ${[...cycle, first].join(" -> ")}`, g.deps, ptr, {
        service: first,
        ...ref ? { migration: ref.id } : {},
        help: "Services that depend on each other have no deploy order: move the shared change into one service."
      })
    );
  }
  if (truncated && findings.length > 0) {
    const { file, line, column } = findings[0];
    findings.push({
      rule: RULE,
      severity: "error",
      message: `More than ${SERVICE_CYCLE_CAP} cycles between services; only the first ${SERVICE_CYCLE_CAP} are listed`,
      file,
      line,
      column
    });
  }
  return findings;
}
var RULE, SERVICE_CYCLE_CAP;
var init_cross_service_dependency = __esm({
  "src/graph/checks/cross-service-dependency.ts"() {
    "use strict";
    init_cross_service();
    init_cycles();
    init_locate();
    RULE = "cross-service-dependency";
    SERVICE_CYCLE_CAP = 100;
  }
});

// src/graph/checks/dependency-cycle.ts
function cycleMessage(cycle) {
  return `Circular dependency detected: ${[...cycle, cycle[0]].join(" -> ")}`;
}
function checkDependencyCycles(g) {
  const deps = g.deps;
  if (!deps) return [];
  const { cycles, truncated } = elementaryCycles(g.ids, g.edges, compareIds2, CYCLE_CAP);
  const findings = cycles.map((cycle) => {
    const [first, second = first] = cycle;
    const item = g.dependsOn.get(first)?.find((d) => d.id === second);
    const ptr = item ? pointer("migrations", first, "depends_on", item.index) : pointer("migrations", first);
    return jsonFinding(RULE2, "error", cycleMessage(cycle), deps, ptr, {
      service: g.service.name,
      migration: first,
      help: "Remove one of these depends_on entries: a migration can only depend on migrations applied before it."
    });
  });
  if (truncated) {
    findings.push(
      jsonFinding(
        RULE2,
        "error",
        `More than ${CYCLE_CAP} circular dependencies in ${g.service.name}; only the first ${CYCLE_CAP} are listed`,
        deps,
        "",
        { service: g.service.name, help: "Fix the listed cycles first, then run again to see the rest." }
      )
    );
  }
  return findings;
}
var RULE2, CYCLE_CAP;
var init_dependency_cycle = __esm({
  "src/graph/checks/dependency-cycle.ts"() {
    "use strict";
    init_cycles();
    init_ids();
    init_locate();
    RULE2 = "dependency-cycle";
    CYCLE_CAP = 100;
  }
});

// src/graph/priority-queue.ts
var PriorityQueue;
var init_priority_queue = __esm({
  "src/graph/priority-queue.ts"() {
    "use strict";
    PriorityQueue = class {
      constructor(compare) {
        this.compare = compare;
      }
      compare;
      items = [];
      get size() {
        return this.items.length;
      }
      /** Adds an item. */
      push(item) {
        const items = this.items;
        items.push(item);
        let i = items.length - 1;
        while (i > 0) {
          const parent = i - 1 >> 1;
          if (this.compare(items[i], items[parent]) >= 0) break;
          [items[i], items[parent]] = [items[parent], items[i]];
          i = parent;
        }
      }
      /** Removes and returns the smallest item, or undefined when empty. */
      pop() {
        const items = this.items;
        if (items.length === 0) return void 0;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
          items[0] = last;
          let i = 0;
          for (; ; ) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < items.length && this.compare(items[l], items[m]) < 0) m = l;
            if (r < items.length && this.compare(items[r], items[m]) < 0) m = r;
            if (m === i) break;
            [items[i], items[m]] = [items[m], items[i]];
            i = m;
          }
        }
        return top;
      }
    };
  }
});

// src/graph/checks/dependency-depth.ts
function dependencyDepths(g) {
  const remaining = /* @__PURE__ */ new Map();
  const dependents = /* @__PURE__ */ new Map();
  for (const id of g.ids) {
    const edges = g.edges.get(id) ?? [];
    remaining.set(id, edges.length);
    for (const d of edges) {
      const list3 = dependents.get(d);
      if (list3) list3.push(id);
      else dependents.set(d, [id]);
    }
  }
  const ready2 = new PriorityQueue(compareIds2);
  for (const [id, n] of remaining) if (n === 0) ready2.push(id);
  const order = [];
  for (let id = ready2.pop(); id !== void 0; id = ready2.pop()) {
    order.push(id);
    for (const dep of dependents.get(id) ?? []) {
      const n = remaining.get(dep) - 1;
      remaining.set(dep, n);
      if (n === 0) ready2.push(dep);
    }
  }
  if (order.length < g.ids.length) return void 0;
  const result = /* @__PURE__ */ new Map();
  for (const id of order) {
    let depth = 0;
    let next;
    for (const d of g.edges.get(id) ?? []) {
      if (result.get(d).depth + 1 > depth) {
        depth = result.get(d).depth + 1;
        next = d;
      }
    }
    const below = next === void 0 ? [] : result.get(next).tail;
    result.set(id, { depth, next, tail: depth + 1 <= TAIL ? [id, ...below] : below });
  }
  return result;
}
function limitOf(g) {
  const raw = g.repo.config?.max_dependency_depth;
  return typeof raw === "number" && Number.isFinite(raw) && raw >= 0 ? raw : DEFAULT_MAX_DEPTH;
}
function showChain(id, depths) {
  const info = depths.get(id);
  const walk2 = (count) => {
    const out = [id];
    for (let n = info.next; n !== void 0 && out.length < count; n = depths.get(n).next) out.push(n);
    return out;
  };
  if (info.depth + 1 <= SHOWN) return walk2(SHOWN).join(" -> ");
  return [...walk2(HEAD), "...", ...info.tail].join(" -> ");
}
function checkDependencyDepth(g) {
  const deps = g.deps;
  if (!deps) return [];
  const depths = dependencyDepths(g);
  if (!depths) return [];
  const limit = limitOf(g);
  const findings = [];
  for (const id of g.ids) {
    const { depth } = depths.get(id);
    if (depth <= limit) continue;
    findings.push(
      jsonFinding(
        RULE3,
        "warning",
        `${id} has a dependency chain ${depth} deep (limit ${limit}): ${showChain(id, depths)}`,
        deps,
        pointer("migrations", id, "depends_on"),
        {
          service: g.service.name,
          migration: id,
          help: "Depend only on what the migration needs (often an early schema migration), or raise max_dependency_depth in svc-migrate.json."
        }
      )
    );
  }
  return findings;
}
var RULE3, DEFAULT_MAX_DEPTH, SHOWN, HEAD, TAIL;
var init_dependency_depth = __esm({
  "src/graph/checks/dependency-depth.ts"() {
    "use strict";
    init_ids();
    init_locate();
    init_priority_queue();
    RULE3 = "dependency-depth";
    DEFAULT_MAX_DEPTH = 4;
    SHOWN = 12;
    HEAD = 6;
    TAIL = 5;
  }
});

// src/graph/checks/environment-dependency.ts
function checkEnvironmentDependencies(g) {
  const deps = g.deps;
  if (!deps) return [];
  const findings = [];
  const appliesAnywhere = (id, env) => (g.byId.get(id) ?? []).some((m) => appliesIn(m, env));
  for (const id of g.ids) {
    const own2 = g.byId.get(id);
    if (!own2) continue;
    const envs = g.environments.filter((env) => appliesAnywhere(id, env));
    for (const item of g.dependsOn.get(id) ?? []) {
      const target = g.byId.get(item.id);
      if (!target || item.id === id) continue;
      const broken = envs.filter((env) => !appliesAnywhere(item.id, env));
      if (broken.length === 0) continue;
      const where = [...new Set(target.map((m) => `${m.folder}/`))].join(", ");
      const ownWhere = [...new Set(own2.map((m) => `${m.folder}/`))].join(", ");
      findings.push(
        jsonFinding(
          RULE4,
          "error",
          `${id} (${ownWhere}) depends on ${item.id} (${where}), which does not apply in ${broken.join(", ")}`,
          deps,
          pointer("migrations", id, "depends_on", item.index),
          {
            service: g.service.name,
            migration: id,
            help: `Move ${id} to the folder of ${item.id}, or move ${item.id} to common/, or drop the dependency.`
          }
        )
      );
    }
  }
  return findings;
}
var RULE4;
var init_environment_dependency = __esm({
  "src/graph/checks/environment-dependency.ts"() {
    "use strict";
    init_environments2();
    init_locate();
    RULE4 = "environment-dependency";
  }
});

// src/graph/environment-lists.ts
function basename(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function itemNames(item, m) {
  if (item === m.id || item === `${m.id}_${m.name}`) return true;
  return [m.up, m.down].some((f) => f !== void 0 && basename(f.file) === item);
}
function environmentEntries(g) {
  if (g.envUnusable) return [];
  const envs = g.service.environments?.value?.environments;
  if (typeof envs !== "object" || envs === null || Array.isArray(envs)) return [];
  return Object.entries(envs).filter(
    (e) => typeof e[1] === "object" && e[1] !== null && !Array.isArray(e[1])
  );
}
function listItems(g) {
  const all = [...g.byId.values()].flat();
  const out = [];
  for (const [env, entry2] of environmentEntries(g)) {
    const list3 = entry2.migrations;
    if (!Array.isArray(list3)) continue;
    list3.forEach((name2, index) => {
      if (typeof name2 !== "string") return;
      out.push({ env, index, name: name2, matches: all.filter((m) => itemNames(name2, m)) });
    });
  }
  return out;
}
var init_environment_lists = __esm({
  "src/graph/environment-lists.ts"() {
    "use strict";
  }
});

// src/graph/checks/environment-mismatch.ts
function checkEnvironmentMismatch(g) {
  return [...checkField(g), ...checkLists(g), ...checkUnlisted(g)];
}
function checkField(g) {
  const deps = g.deps;
  if (!deps) return [];
  const findings = [];
  for (const id of g.ids) {
    const declared = g.entries.get(id)?.environment;
    if (typeof declared !== "string") continue;
    const wrong = (g.byId.get(id) ?? []).find((m) => m.folder !== declared);
    if (!wrong) continue;
    const common = g.service.layout === "flat" ? "the flat migrations folder (read as common/)" : "common/";
    const message = wrong.folder === "common" ? `${id} declares environment "${declared}" but lives in ${common}, which applies in every environment` : `${id} declares environment "${declared}" but lives in ${wrong.folder}/`;
    findings.push(
      jsonFinding(RULE5, "error", message, deps, pointer("migrations", id, "environment"), {
        service: g.service.name,
        migration: id,
        help: `Move the files to ${declared}/, or change or remove the "environment" field.`
      })
    );
  }
  return findings;
}
function checkLists(g) {
  const envJson = g.service.environments;
  if (!envJson) return [];
  const findings = [];
  for (const item of listItems(g)) {
    if (item.matches.length === 0) continue;
    if (item.matches.some((m) => m.folder === "common" || m.folder === item.env)) continue;
    const folders = [...new Set(item.matches.map((m) => `${m.folder}/`))].join(", ");
    findings.push(
      jsonFinding(
        RULE5,
        "error",
        `environments.json lists ${item.name} for ${item.env}, but the file lives in ${folders}`,
        envJson,
        pointer("environments", item.env, "migrations", item.index),
        {
          service: g.service.name,
          migration: item.matches[0].id,
          help: `Move the file to ${item.env}/ or common/, or list it under the environment whose folder holds it.`
        }
      )
    );
  }
  return findings;
}
function checkUnlisted(g) {
  const findings = [];
  for (const [env, entry2] of environmentEntries(g)) {
    const list3 = entry2.migrations;
    if (!Array.isArray(list3)) continue;
    const names = list3.filter((x) => typeof x === "string");
    for (const id of g.ids) {
      for (const m of g.byId.get(id) ?? []) {
        if (m.folder !== env || names.some((n) => itemNames(n, m))) continue;
        const file = migrationFile(m);
        findings.push(
          makeFinding(RULE5, "warning", `${file.split("/").pop()} is in ${env}/ but not in the ${env} migrations list of environments.json`, {
            file,
            service: g.service.name,
            migration: id,
            help: `Add it to environments.${env}.migrations in environments.json.`
          })
        );
      }
    }
  }
  return findings;
}
var RULE5;
var init_environment_mismatch = __esm({
  "src/graph/checks/environment-mismatch.ts"() {
    "use strict";
    init_context();
    init_environment_lists();
    init_locate();
    RULE5 = "environment-mismatch";
  }
});

// src/graph/checks/missing-dependency.ts
function checkMissingDependencies(g) {
  const deps = g.deps;
  if (!deps) return [];
  const findings = [];
  for (const id of g.ids) {
    for (const item of g.dependsOn.get(id) ?? []) {
      if (g.entries.has(item.id) || g.byId.has(item.id)) continue;
      const near = g.ids.find((other) => sameNumber(other, item.id));
      findings.push(
        jsonFinding(
          RULE6,
          "error",
          `${id} depends on ${item.id}, which is not a migration of ${g.service.name}`,
          deps,
          pointer("migrations", id, "depends_on", item.index),
          {
            service: g.service.name,
            migration: id,
            help: near ? `Ids are matched as written: did you mean "${near}"?` : "Add the missing migration, or remove it from depends_on."
          }
        )
      );
    }
  }
  return findings;
}
var RULE6;
var init_missing_dependency = __esm({
  "src/graph/checks/missing-dependency.ts"() {
    "use strict";
    init_ids();
    init_locate();
    RULE6 = "missing-dependency";
  }
});

// src/graph/checks/missing-migration-file.ts
function checkMissingMigrationFiles(g) {
  const findings = [];
  const service = g.service.name;
  if (g.deps) {
    for (const id of g.ids) {
      if (!g.entries.has(id)) continue;
      const files = g.byId.get(id) ?? [];
      if (files.some((m) => m.up)) continue;
      const what = files.length > 0 ? "only a down file" : "no file";
      findings.push(
        jsonFinding(RULE7, "error", `dependencies.json lists ${id}, but it has ${what}: no ${id}_*.up.sql`, g.deps, pointer("migrations", id), {
          service,
          migration: id,
          help: `Add the ${id}_<name>.up.sql file (common/ or an environment folder), or remove the entry.`
        })
      );
    }
  }
  const envJson = g.service.environments;
  if (envJson) {
    for (const item of listItems(g)) {
      if (item.matches.length > 0) continue;
      findings.push(
        jsonFinding(
          RULE7,
          "error",
          `environments.json lists ${item.name} for ${item.env}, but no such file exists in ${item.env}/ or common/`,
          envJson,
          pointer("environments", item.env, "migrations", item.index),
          { service, help: "Fix the file name (e.g. 000003_dev_data.up.sql) or remove it from the list." }
        )
      );
    }
  }
  return findings;
}
var RULE7;
var init_missing_migration_file = __esm({
  "src/graph/checks/missing-migration-file.ts"() {
    "use strict";
    init_environment_lists();
    init_locate();
    RULE7 = "missing-migration-file";
  }
});

// src/graph/checks/orphan-migration.ts
function checkOrphanMigrations(g) {
  if (g.depsUnusable) return [];
  const fileIds = sortIds(g.byId.keys());
  if (!g.service.dependencies) {
    if (fileIds.length < 2) return [];
    const first = g.byId.get(fileIds[0])[0];
    return [
      makeFinding(
        RULE8,
        "warning",
        `${g.service.name} has ${fileIds.length} migrations but no dependencies.json to order them`,
        {
          file: migrationFile(first) ?? g.service.dir,
          service: g.service.name,
          help: `Create ${g.depsFile} with an entry (and its depends_on) for each migration.`
        }
      )
    ];
  }
  const findings = [];
  for (const id of fileIds) {
    if (g.entries.has(id)) continue;
    const m = g.byId.get(id)[0];
    const file = migrationFile(m) ?? g.service.dir;
    findings.push(
      makeFinding(RULE8, "warning", `Migration ${id} (${file.split("/").pop()}) is not listed in dependencies.json`, {
        file,
        service: g.service.name,
        migration: id,
        help: `Add "${id}" with its depends_on to ${g.depsFile}.`
      })
    );
  }
  return findings;
}
var RULE8;
var init_orphan_migration = __esm({
  "src/graph/checks/orphan-migration.ts"() {
    "use strict";
    init_context();
    init_ids();
    init_locate();
    RULE8 = "orphan-migration";
  }
});

// src/graph/check.ts
function checkGraph(repo, env, options = {}) {
  const wanted = options.services && options.services.length > 0 ? new Set(options.services) : void 0;
  const graphs = /* @__PURE__ */ new Map();
  const environments = environmentsToCheck(repo, env);
  for (const service of repo.services) graphs.set(service.name, buildServiceGraph(repo, service, env, environments));
  const findings = [];
  for (const g of graphs.values()) {
    if (wanted && !wanted.has(g.service.name)) continue;
    for (const check of SERVICE_CHECKS) findings.push(...check(g));
    findings.push(...checkCrossServiceReferences(g, graphs));
  }
  for (const f of checkServiceCycles(repo, graphs)) {
    const members = f.message.slice(f.message.indexOf(":") + 1).split(" -> ").map((s) => s.trim());
    if (!wanted || members.some((m) => wanted.has(m))) findings.push(f);
  }
  return findings.sort(compareFindings);
}
var SERVICE_CHECKS;
var init_check = __esm({
  "src/graph/check.ts"() {
    "use strict";
    init_types();
    init_context();
    init_environments2();
    init_cross_service_dependency();
    init_dependency_cycle();
    init_dependency_depth();
    init_environment_dependency();
    init_environment_mismatch();
    init_missing_dependency();
    init_missing_migration_file();
    init_orphan_migration();
    SERVICE_CHECKS = [
      checkDependencyCycles,
      checkMissingDependencies,
      checkOrphanMigrations,
      checkMissingMigrationFiles,
      checkEnvironmentMismatch,
      checkEnvironmentDependencies,
      checkDependencyDepth
    ];
  }
});

// src/sql/line-index.ts
function upperBound(starts, value) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
var LineIndex;
var init_line_index = __esm({
  "src/sql/line-index.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        this.bytes = Buffer.from(text, "utf8");
        let chars = 0;
        for (let i = 0; i < this.bytes.length; i++) {
          const b = this.bytes[i];
          if ((b & 192) !== 128) chars++;
          if (b === 10 || b === 13 && this.bytes[i + 1] !== 10) {
            this.lineStartsBytes.push(i + 1);
            this.lineStartsChars.push(chars);
          }
        }
      }
      text;
      /** Byte offset where each line starts. */
      lineStartsBytes = [0];
      /** Character (code point) offset where each line starts. */
      lineStartsChars = [0];
      /** Byte offset of each code point start, only built for lines that hold multi-byte characters. */
      bytes;
      /** Number of bytes of the UTF-8 text. */
      get byteLength() {
        return this.bytes.length;
      }
      /** 1-based line and column (in code points) of a UTF-8 byte offset. */
      fromByte(offset) {
        const o = Math.max(0, Math.min(offset, this.bytes.length));
        const line = upperBound(this.lineStartsBytes, o);
        let column = 1;
        for (let i = this.lineStartsBytes[line - 1]; i < o; i++) {
          if ((this.bytes[i] & 192) !== 128) column++;
        }
        return { line, column };
      }
      /** 1-based line and column of a code point offset (libpg_query reports syntax errors in characters). */
      fromChar(offset) {
        const o = Math.max(0, offset);
        const line = upperBound(this.lineStartsChars, o);
        return { line, column: o - this.lineStartsChars[line - 1] + 1 };
      }
      /** The source text between two byte offsets. */
      slice(startByte, endByte) {
        return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + startByte, Math.max(0, endByte - startByte)).toString("utf8");
      }
    };
  }
});

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports3) {
    "use strict";
    var __createBinding = exports3 && exports3.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports3 && exports3.__exportStar || function(m, exports4) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports4, p)) __createBinding(exports4, m, p);
    };
    Object.defineProperty(exports3, "__esModule", { value: true });
    __exportStar(require_types(), exports3);
    __exportStar(require_enums(), exports3);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports3, module3) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path7) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path7, scriptDirectory);
          }
          return scriptDirectory + path7;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs3 = require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs3.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs3.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve5) => {
              instantiateWasm(info, (inst) => resolve5(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports4 = receiveInstantiationResult(result);
          return exports4;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str2 = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str2 += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str2 += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str2 += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str2;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path7) => path7.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up2 = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up2++;
            } else if (up2) {
              parts.splice(i, 1);
              up2--;
            }
          }
          if (allowAboveRoot) {
            for (; up2; up2--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path7) => {
          var isAbsolute = PATH.isAbs(path7), trailingSlash = path7.slice(-1) === "/";
          path7 = PATH.normalizeArray(path7.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path7 && !isAbsolute) {
            path7 = ".";
          }
          if (path7 && trailingSlash) {
            path7 += "/";
          }
          return (isAbsolute ? "/" : "") + path7;
        }, dirname: (path7) => {
          var result = PATH.splitPath(path7), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path7) => path7 && path7.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path7 = i >= 0 ? args[i] : FS.cwd();
            if (typeof path7 != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path7) {
              return "";
            }
            resolvedPath = path7 + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path7);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str2) => {
          var len = 0;
          for (var i = 0; i < str2.length; ++i) {
            var c = str2.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str2, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str2.length; ++i) {
            var u = str2.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs3.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name2, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name2, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name2] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key2 of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key2] != null) {
              node[key2] = attr[key2];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name2) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name2, mode, dev) {
          return MEMFS.createNode(parent, name2, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name2) {
          delete parent.contents[name2];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name2) {
          var node = FS.lookupNode(parent, name2);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name2];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str2) => {
          if (typeof str2 != "string") return str2;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str2];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str2}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve5) => dependenciesPromiseResolve = resolve5);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name2, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name2 ? PATH_FS.resolve(PATH.join2(parent, name2)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name2, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name2, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name2, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name2, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name2;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry2 = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry2);
            return { listeners, entry: entry2 };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry2 of this.listeners) {
              if (entry2.exclusive) (excl ||= []).push(entry2);
              else entry2.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path7, opts = {}) {
          if (!path7) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path7)) {
            path7 = FS.cwd() + "/" + path7;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path7.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path7 = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path7 = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path7;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path7) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path7}` : mount + path7;
            }
            path7 = path7 ? `${node.name}/${path7}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name2) {
          var hash = 0;
          for (var i = 0; i < name2.length; i++) {
            hash = (hash << 5) - hash + name2.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name2) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name2);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name2) {
              return node;
            }
          }
          return FS.lookup(parent, name2);
        }, createNode(parent, name2, mode, rdev) {
          var node = new FS.FSNode(parent, name2, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name2) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name2);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name2, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name2);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name2) {
          return parent.node_ops.lookup(parent, name2);
        }, mknod(path7, mode, dev) {
          var lookup = FS.lookupPath(path7, { parent: true });
          var parent = lookup.node;
          var name2 = PATH.basename(path7);
          if (!name2) {
            throw new FS.ErrnoError(28);
          }
          if (name2 === "." || name2 === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name2);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name2, mode, dev);
        }, statfs(path7) {
          return FS.statfsNode(FS.lookupPath(path7, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path7, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path7, mode, 0);
        }, mkdir(path7, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path7, mode, 0);
        }, mkdirTree(path7, mode) {
          var dirs = path7.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path7)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path7, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path7, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative = PATH_FS.relative(new_path, old_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path7) {
          var lookup = FS.lookupPath(path7, { parent: true });
          var parent = lookup.node;
          var name2 = PATH.basename(path7);
          var node = FS.lookupNode(parent, name2);
          var errCode = FS.mayDelete(parent, name2, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name2);
          FS.destroyNode(node);
        }, readdir(path7) {
          var lookup = FS.lookupPath(path7, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path7) {
          var lookup = FS.lookupPath(path7, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name2 = PATH.basename(path7);
          var node = FS.lookupNode(parent, name2);
          var errCode = FS.mayDelete(parent, name2, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name2);
          FS.destroyNode(node);
        }, readlink(path7) {
          var lookup = FS.lookupPath(path7);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path7, dontFollow) {
          var lookup = FS.lookupPath(path7, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path7) {
          return FS.stat(path7, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path7, mode, dontFollow) {
          var node;
          if (typeof path7 == "string") {
            var lookup = FS.lookupPath(path7, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path7;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path7, mode) {
          FS.chmod(path7, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path7, uid, gid, dontFollow) {
          var node;
          if (typeof path7 == "string") {
            var lookup = FS.lookupPath(path7, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path7;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path7, uid, gid) {
          FS.chown(path7, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path7, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path7 == "string") {
            var lookup = FS.lookupPath(path7, { follow: true });
            node = lookup.node;
          } else {
            node = path7;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path7, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path7, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path7, flags, mode = 438) {
          if (path7 === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path7 == "object") {
            node = path7;
          } else {
            isDirPath = path7.endsWith("/");
            var lookup = FS.lookupPath(path7, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path7 = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path7, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path7, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path7, opts.flags);
          var stat = FS.stat(path7);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path7, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path7, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path7) {
          var lookup = FS.lookupPath(path7, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name2) {
              var fd = +name2;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path7, dontResolveLastLink) {
          var ret = FS.analyzePath(path7, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path7, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path7, { follow: !dontResolveLastLink });
            path7 = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path7, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path7);
            lookup = FS.lookupPath(path7, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path7, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path7.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name2, properties, canRead, canWrite) {
          var path7 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path7, mode);
        }, createDataFile(parent, name2, data, canRead, canWrite, canOwn) {
          var path7 = name2;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path7 = name2 ? PATH.join2(parent, name2) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path7, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name2, input, output) {
          var path7 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path7, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name2, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name2, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key2, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key2] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path7, allowEmpty) {
          if (PATH.isAbs(path7)) {
            return path7;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path7.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path7;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run13() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve5) => setTimeout(resolve5, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run13();
        ;
        return Module;
      };
    })();
    if (typeof exports3 === "object" && typeof module3 === "object") {
      module3.exports = PgQueryModule;
      module3.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports3) {
    "use strict";
    var __createBinding = exports3 && exports3.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports3 && exports3.__exportStar || function(m, exports4) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports4, p)) __createBinding(exports4, m, p);
    };
    var __importDefault = exports3 && exports3.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.scan = exports3.normalize = exports3.fingerprint = exports3.parsePlPgSQL = exports3.parse = exports3.SqlError = void 0;
    exports3.hasSqlDetails = hasSqlDetails;
    exports3.formatSqlError = formatSqlError;
    exports3.loadModule = loadModule;
    exports3.parseSync = parseSync;
    exports3.parsePlPgSQLSync = parsePlPgSQLSync;
    exports3.fingerprintSync = fingerprintSync;
    exports3.normalizeSync = normalizeSync;
    exports3.scanSync = scanSync;
    __exportStar(require_types2(), exports3);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports3.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
          const details = [];
          if (fileName)
            details.push(`file: ${fileName}`);
          if (functionName)
            details.push(`function: ${functionName}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module4) => {
      wasmModule = module4;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str2) {
      ensureLoaded();
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str2}`);
      }
      const len = wasmModule.lengthBytesUTF8(str2) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str2, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports3.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports3.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports3.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports3.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports3.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// src/sql/parser.ts
function ensureParser() {
  ready ??= Promise.resolve().then(() => __toESM(require_wasm(), 1)).then(async (module3) => {
    await module3.loadModule();
    pg = module3;
  });
  return ready;
}
function parseSql(text) {
  const lines = new LineIndex(text);
  if (text.trim() === "") return { text, lines, statements: [], empty: true };
  let result;
  try {
    result = pg.parseSync(text);
  } catch (e) {
    const details = pg.hasSqlDetails(e) ? e.sqlDetails : void 0;
    const message = e instanceof Error ? e.message : String(e);
    const at2 = lines.fromChar(details?.cursorPosition ?? 0);
    return { text, lines, statements: [], empty: false, error: { message, ...at2 } };
  }
  const statements = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? start + raw.stmt_len : lines.byteLength;
    statements.push({ node: raw.stmt, kind: Object.keys(raw.stmt)[0] ?? "Unknown", ...trimRange(lines, start, end) });
  }
  return { text, lines, statements, empty: statements.length === 0 };
}
function parsePlpgsql(text) {
  return pg.parsePlPgSQLSync(text);
}
function parseRaw(text) {
  return pg.parseSync(text);
}
function trimRange(lines, start, end) {
  const s = lines.slice(start, end);
  let i = 0;
  for (; ; ) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (s.startsWith("--", i)) {
      let nl = i + 2;
      while (nl < s.length && s.charCodeAt(nl) !== 10 && s.charCodeAt(nl) !== 13) nl++;
      i = Math.min(s.length, nl + 1);
    } else if (s.startsWith("/*", i)) {
      const close = s.indexOf("*/", i + 2);
      i = close < 0 ? s.length : close + 2;
    } else break;
  }
  return { start: start + Buffer.byteLength(s.slice(0, i), "utf8"), end };
}
var ready, pg;
var init_parser = __esm({
  "src/sql/parser.ts"() {
    "use strict";
    init_line_index();
  }
});

// src/sql/tokens.ts
function scanRange(sql, start, end) {
  return lex(sql.lines.slice(start, end), start);
}
function isWordStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code >= 128;
}
function isWordPart(code) {
  return isWordStart(code) || code >= 48 && code <= 57 || code === 36;
}
function isDigit2(code) {
  return code >= 48 && code <= 57;
}
function lex(text, base = 0) {
  const out = [];
  let i = 0;
  let byte = base;
  let known = 0;
  let knownByte = base;
  const byteAt = (j) => {
    for (; known < j; known++) {
      const c = text.charCodeAt(known);
      knownByte += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 57343 ? 2 : 3;
    }
    return knownByte;
  };
  const push = (from, to, name2, keyword = "") => {
    byte = byteAt(from);
    out.push({ start: byte, end: byteAt(to), text: text.slice(from, to), name: name2, keyword });
  };
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r" || c === "\f") {
      i++;
    } else if (c === "-" && text[i + 1] === "-") {
      let j = i + 2;
      while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
      push(i, j, "SQL_COMMENT");
      i = j;
    } else if (c === "/" && text[i + 1] === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text[j] === "/" && text[j + 1] === "*") {
          depth++;
          j += 2;
        } else if (text[j] === "*" && text[j + 1] === "/") {
          depth--;
          j += 2;
        } else j++;
      }
      push(i, j, "C_COMMENT");
      i = j;
    } else if (c === "'") {
      const j = endOfString(text, i, false);
      push(i, j, "SCONST");
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < n; j++) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') j++;
          else break;
        }
      }
      j = Math.min(n, j + 1);
      push(i, j, "IDENT");
      i = j;
    } else if (c === "$" && !(i > 0 && isWordPart(text.charCodeAt(i - 1)))) {
      const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const close = text.indexOf(m[0], i + m[0].length);
        const j = close < 0 ? n : close + m[0].length;
        push(i, j, "SCONST");
        i = j;
      } else {
        let j = i + 1;
        while (j < n && isDigit2(text.charCodeAt(j))) j++;
        push(i, j, "PARAM");
        i = j;
      }
    } else if (isWordStart(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isWordPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if (text[j] === "'" && j - i === 1 && /[EeBbXx]/.test(word)) {
        const k = endOfString(text, j, word === "E" || word === "e");
        push(i, k, "SCONST");
        i = k;
      } else if (j - i === 1 && (word === "U" || word === "u") && text[j] === "&" && text[j + 1] === "'") {
        const k = endOfString(text, j + 1, false);
        push(i, k, "SCONST");
        i = k;
      } else {
        push(i, j, "IDENT", word.toUpperCase());
        i = j;
      }
    } else if (isDigit2(text.charCodeAt(i)) || c === "." && isDigit2(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && /[0-9.eE_xXa-fA-F]/.test(text[j])) {
        if (text[j] === "." && text[j + 1] === ".") break;
        j++;
      }
      push(i, j, "ICONST");
      i = j;
    } else if (c === ":" && text[i + 1] === ":") {
      push(i, i + 2, "TYPECAST");
      i += 2;
    } else if (OP_CHARS.includes(c)) {
      let j = i + 1;
      while (j < n && OP_CHARS.includes(text[j]) && !(text[j] === "-" && text[j + 1] === "-") && !(text[j] === "/" && text[j + 1] === "*")) j++;
      push(i, j, "Op");
      i = j;
    } else {
      const j = c.charCodeAt(0) >= 55296 && c.charCodeAt(0) <= 56319 ? i + 2 : i + 1;
      push(i, j, c);
      i = j;
    }
  }
  return out;
}
function endOfString(text, i, backslashEscapes) {
  let j = i + 1;
  for (; j < text.length; j++) {
    const ch = text[j];
    if (backslashEscapes && ch === "\\") {
      j++;
      continue;
    }
    if (ch === "'") {
      if (text[j + 1] === "'") {
        j++;
        continue;
      }
      return j + 1;
    }
  }
  return text.length;
}
function statementTokens(sql, stmt) {
  let tokens = cache.get(stmt);
  if (!tokens) {
    tokens = scanRange(sql, stmt.start, stmt.end);
    cache.set(stmt, tokens);
  }
  return tokens;
}
function identText(token) {
  if (token.text.startsWith('"') && token.text.endsWith('"')) return token.text.slice(1, -1).replace(/""/g, '"');
  return token.text.toLowerCase();
}
function findName(tokens, parts, from = 0) {
  const want = parts.map((p) => p.toLowerCase());
  for (let i = from; i < tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < want.length; k++) {
      const t = tokens[i + 2 * k];
      if (!t || identText(t).toLowerCase() !== want[k]) {
        ok = false;
        break;
      }
      if (k < want.length - 1 && tokens[i + 2 * k + 1]?.text !== ".") {
        ok = false;
        break;
      }
    }
    if (ok) return { start: tokens[i].start, end: tokens[i + 2 * (want.length - 1)].end };
  }
  return void 0;
}
var cache, OP_CHARS;
var init_tokens = __esm({
  "src/sql/tokens.ts"() {
    "use strict";
    cache = /* @__PURE__ */ new WeakMap();
    OP_CHARS = "+-*/<>=~!@#%^&|`?";
  }
});

// src/sql/ast.ts
function unwrap(node) {
  if (!node || typeof node !== "object" || Array.isArray(node)) return void 0;
  let kind;
  for (const k in node) {
    if (kind !== void 0) return void 0;
    kind = k;
  }
  if (kind === void 0) return void 0;
  const body = node[kind];
  if (!body || typeof body !== "object" || Array.isArray(body)) return void 0;
  return { kind, body };
}
function as(node, kind) {
  if (!node || typeof node !== "object") return void 0;
  const body = node[kind];
  if (!body || typeof body !== "object" || Array.isArray(body) || !Object.prototype.hasOwnProperty.call(node, kind)) return void 0;
  return body;
}
function walk(node, visit, ancestors = []) {
  walkInto(node, visit, { kind: "", body: {}, ancestors });
}
function walkInto(node, visit, v) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walkInto(node[i], visit, v);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const obj = node;
  let only;
  let count = 0;
  for (const k in obj) {
    if (++count > 1) break;
    only = k;
  }
  if (count === 1) {
    const first = only.charCodeAt(0);
    const body = obj[only];
    if (first >= 65 && first <= 90 && body !== null && typeof body === "object" && !Array.isArray(body)) {
      v.kind = only;
      v.body = body;
      if (visit(v) === false) return;
      v.ancestors.push(only);
      const b = body;
      for (const k in b) {
        const child = b[k];
        if (child !== null && typeof child === "object") walkInto(child, visit, v);
      }
      v.ancestors.pop();
      return;
    }
  }
  for (const k in obj) {
    const child = obj[k];
    if (child !== null && typeof child === "object") walkInto(child, visit, v);
  }
}
function nodeIndex(node) {
  if (!node || typeof node !== "object") return /* @__PURE__ */ new Map();
  let index = indexCache.get(node);
  if (!index) {
    const built = /* @__PURE__ */ new Map();
    walk(node, (v) => {
      const list3 = built.get(v.kind);
      if (list3) list3.push(v.body);
      else built.set(v.kind, [v.body]);
    });
    index = built;
    indexCache.set(node, index);
  }
  return index;
}
function nodesOf(node, kind) {
  return nodeIndex(node).get(kind) ?? [];
}
function rangeVarName(rv) {
  if (!rv || typeof rv.relname !== "string") return void 0;
  return {
    schema: typeof rv.schemaname === "string" ? rv.schemaname : void 0,
    name: rv.relname,
    location: typeof rv.location === "number" ? rv.location : void 0
  };
}
function stringList(list3) {
  if (!Array.isArray(list3)) return [];
  const out = [];
  for (const item of list3) {
    const s = as(item, "String");
    if (s?.sval !== void 0) out.push(s.sval);
  }
  return out;
}
function formatName(q) {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}
function quoteIdent(name2) {
  return /^[a-z_][a-z0-9_$]*$/.test(name2) ? name2 : `"${name2.replace(/"/g, '""')}"`;
}
function sqlName(q) {
  return q.schema ? `${quoteIdent(q.schema)}.${quoteIdent(q.name)}` : quoteIdent(q.name);
}
function up(t) {
  return t.text.toUpperCase();
}
function codeTokens(sql, stmt) {
  const all = statementTokens(sql, stmt);
  const cached = codeTokenCache.get(stmt);
  if (cached && cached.all === all) return cached.code;
  const code = all.filter((t) => t.name !== "SQL_COMMENT" && t.name !== "C_COMMENT");
  codeTokenCache.set(stmt, { all, code });
  return code;
}
function findToken(tokens, words, from = 0) {
  const list3 = typeof words === "string" ? [words] : words;
  return tokens.find((t) => t.start >= from && list3.includes(up(t)));
}
function typeNameRange(tokens, location) {
  if (location === void 0 || location < 0) return void 0;
  const first = tokens.findIndex((t) => t.start >= location);
  if (first < 0) return void 0;
  let end = tokens[first].end;
  let depth = 0;
  for (let i = first + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (up(t) === "(") depth++;
    else if (up(t) === ")") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && TYPE_END.has(up(t))) break;
    end = t.end;
  }
  return { start: tokens[first].start, end };
}
function typeNameOf(typeName) {
  if (!typeName || typeof typeName !== "object") return void 0;
  const body = typeName;
  const names = stringList(body.names).map((s) => s.toLowerCase());
  if (names.length === 0) return void 0;
  const builtin = names.length === 2 && names[0] === "pg_catalog";
  return {
    name: names[names.length - 1],
    builtin: builtin || names.length === 1,
    typmods: Array.isArray(body.typmods) ? body.typmods.length : 0,
    array: Array.isArray(body.arrayBounds) && body.arrayBounds.length > 0
  };
}
function funcNameOf(funcCall) {
  const names = stringList(funcCall?.funcname);
  return names.length ? names[names.length - 1].toLowerCase() : void 0;
}
function columnDefinitions(node) {
  const out = [];
  const create = as(node, "CreateStmt");
  if (create) {
    const table = rangeVarName(create.relation);
    const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
    const pk = /* @__PURE__ */ new Set();
    for (const e of elts) {
      const c = as(e, "Constraint");
      if (c?.contype === "CONSTR_PRIMARY") for (const k of stringList(c.keys)) pk.add(k);
    }
    for (const e of elts) {
      const def = as(e, "ColumnDef");
      if (def) out.push({ def, table, via: "create", tablePrimaryKey: pk });
    }
    return out;
  }
  const alter = as(node, "AlterTableStmt");
  if (alter && (alter.objtype === "OBJECT_TABLE" || alter.objtype === void 0)) {
    const table = rangeVarName(alter.relation);
    for (const cmd of Array.isArray(alter.cmds) ? alter.cmds : []) {
      const c = as(cmd, "AlterTableCmd");
      if (c?.subtype !== "AT_AddColumn") continue;
      const def = as(c.def, "ColumnDef");
      if (def) out.push({ def, table, via: "add", tablePrimaryKey: /* @__PURE__ */ new Set() });
    }
  }
  return out;
}
function columnConstraints(def) {
  const list3 = Array.isArray(def.constraints) ? def.constraints : [];
  return list3.map((c) => as(c, "Constraint")).filter((c) => c !== void 0);
}
function alterTableCommands(node) {
  const alter = as(node, "AlterTableStmt");
  if (!alter || alter.objtype !== void 0 && alter.objtype !== "OBJECT_TABLE") return void 0;
  const cmds = (Array.isArray(alter.cmds) ? alter.cmds : []).map((c) => as(c, "AlterTableCmd")).filter((c) => c !== void 0);
  return { table: rangeVarName(alter.relation), cmds };
}
function statementsBefore(sql, stmt) {
  return sql.statements.filter((s) => s.start < stmt.start);
}
function statementsAfter(sql, stmt) {
  return sql.statements.filter((s) => s.start > stmt.start);
}
function callRange(tokens, from) {
  if (from === void 0 || from < 0) return void 0;
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return void 0;
  let depth = 0;
  let end = tokens[first].end;
  for (let i = first + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (up(t) === "(") depth++;
    else if (up(t) === ")") depth--;
    else if (depth === 0 && (t.text === "." || tokens[i - 1].text === ".")) {
      end = t.end;
      continue;
    } else if (depth === 0) break;
    end = t.end;
    if (depth === 0) break;
  }
  return { start: tokens[first].start, end };
}
function nameRange(tokens, location) {
  if (location === void 0 || location < 0) return void 0;
  let i = tokens.findIndex((t) => t.start >= location);
  if (i < 0) return void 0;
  const start = tokens[i].start;
  let end = tokens[i].end;
  while (tokens[i + 1]?.text === "." && tokens[i + 2]) {
    end = tokens[i + 2].end;
    i += 2;
  }
  return { start, end };
}
function fromKeywordToEnd(sql, stmt, word) {
  const whole = statementRange(sql, stmt);
  return { start: findToken(codeTokens(sql, stmt), word)?.start ?? whole.start, end: whole.end };
}
function keywordRange(tokens, words, from = 0) {
  let partial;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < from || up(tokens[i]) !== words[0]) continue;
    let k = 1;
    while (k < words.length && tokens[i + k] !== void 0 && up(tokens[i + k]) === words[k]) k++;
    const range = { start: tokens[i].start, end: tokens[i + k - 1].end };
    if (k === words.length) return range;
    partial ??= range;
  }
  return partial;
}
function statementRange(sql, stmt) {
  const tokens = codeTokens(sql, stmt);
  const last = [...tokens].reverse().find((t) => t.text !== ";");
  return { start: tokens[0]?.start ?? stmt.start, end: last?.end ?? stmt.end };
}
function isKeyColumn(col) {
  const name2 = String(col.def.colname ?? "");
  const type = typeNameOf(col.def.typeName);
  if (name2.toLowerCase() === "id" || col.tablePrimaryKey.has(name2)) return true;
  if (type && SERIAL_TYPES.has(type.name)) return true;
  return columnConstraints(col.def).some((c) => c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_IDENTITY");
}
function columnTypes(node) {
  const out = [];
  for (const col of columnDefinitions(node)) {
    if (col.def.typeName && typeof col.def.typeName === "object") {
      out.push({ column: String(col.def.colname ?? ""), typeName: col.def.typeName, via: col.via });
    }
  }
  for (const cmd of alterTableCommands(node)?.cmds ?? []) {
    if (cmd.subtype !== "AT_AlterColumnType") continue;
    const def = as(cmd.def, "ColumnDef");
    if (def?.typeName && typeof def.typeName === "object") {
      out.push({ column: String(cmd.name ?? ""), typeName: def.typeName, via: "alter" });
    }
  }
  return out;
}
function transactionKind(stmt) {
  const t = as(stmt.node, "TransactionStmt");
  if (!t) return void 0;
  if (t.kind === "TRANS_STMT_BEGIN" || t.kind === "TRANS_STMT_START") return "begin";
  if (t.kind === "TRANS_STMT_COMMIT" || t.kind === "TRANS_STMT_ROLLBACK" || t.kind === "TRANS_STMT_PREPARE") return "end";
  return "other";
}
function openTransactionBefore(sql, stmt) {
  let open = false;
  for (const s of statementsBefore(sql, stmt)) {
    const kind = transactionKind(s);
    if (kind === "begin") open = true;
    else if (kind === "end") open = false;
  }
  return open;
}
function setsTimeout(stmt, setting) {
  const set = as(stmt.node, "VariableSetStmt");
  if (set) {
    if (set.name !== setting || set.kind !== "VAR_SET_VALUE") return false;
    const scope = set.is_local === true ? "local" : "session";
    const arg = as(set.args?.[0], "A_Const");
    if (arg?.ival) return (arg.ival.ival ?? 0) !== 0 && scope;
    return arg?.sval?.sval !== void 0 && !/^\s*0\s*(ms|s|min)?\s*$/i.test(arg.sval.sval) && scope;
  }
  for (const call of nodesOf(stmt.node, "FuncCall")) {
    if (funcNameOf(call) !== "set_config") continue;
    const args = Array.isArray(call.args) ? call.args : [];
    const name2 = as(args[0], "A_Const")?.sval?.sval;
    const value = as(args[1], "A_Const")?.sval?.sval;
    if (name2?.toLowerCase() !== setting || value === void 0 || /^\s*0\s*(ms|s|min)?\s*$/i.test(value)) continue;
    return isTrueConstant(args[2]) ? "local" : "session";
  }
  return false;
}
function isTrueConstant(node) {
  const c = as(node, "A_Const");
  if (!c) return false;
  if (c.boolval) return c.boolval.boolval === true;
  if (c.sval?.sval !== void 0) return /^\s*(t|tr|tru|true|y|ye|yes|on|1)\s*$/i.test(c.sval.sval);
  return false;
}
function firstUnprotectedStatement(sql, key2, setting, needsIt, createdBy, inTransaction) {
  let perFile = firstUnprotectedCache.get(sql);
  if (!perFile) firstUnprotectedCache.set(sql, perFile = /* @__PURE__ */ new Map());
  const cacheKey = inTransaction ? key2 : `${key2}\0outside`;
  const cached = perFile.get(cacheKey);
  if (cached !== void 0) return cached;
  let result = null;
  const created = /* @__PURE__ */ new Set();
  let inBlock = false;
  let protectedInBlock = false;
  for (const stmt of sql.statements) {
    const tx = transactionKind(stmt);
    if (tx === "begin") inBlock = true;
    else if (tx === "end") inBlock = protectedInBlock = false;
    const set = setsTimeout(stmt, setting);
    if (set === "session" || set === "local" && inTransaction) break;
    if (set === "local" && inBlock) protectedInBlock = true;
    if (!protectedInBlock && needsIt(stmt, created)) {
      result = stmt;
      break;
    }
    for (const t of createdBy(stmt)) created.add(t);
  }
  perFile.set(cacheKey, result);
  return result;
}
function unprotectedRange(sql, stmt) {
  const tokens = codeTokens(sql, stmt);
  const body = stmt.node[stmt.kind];
  const rel = body?.relation ?? (Array.isArray(body?.relations) ? body.relations[0] : void 0);
  const loc = rangeVarName(as(rel, "RangeVar") ?? rel)?.location;
  const name2 = nameRange(tokens, loc);
  const whole = statementRange(sql, stmt);
  return { start: whole.start, end: name2 && name2.start >= whole.start ? name2.end : tokens[1]?.end ?? whole.end };
}
var indexCache, codeTokenCache, TYPE_END, SERIAL_TYPES, firstUnprotectedCache;
var init_ast = __esm({
  "src/sql/ast.ts"() {
    "use strict";
    init_tokens();
    indexCache = /* @__PURE__ */ new WeakMap();
    codeTokenCache = /* @__PURE__ */ new WeakMap();
    TYPE_END = /* @__PURE__ */ new Set([
      "NOT",
      "NULL",
      "DEFAULT",
      "CONSTRAINT",
      "PRIMARY",
      "REFERENCES",
      "CHECK",
      "UNIQUE",
      "GENERATED",
      "COLLATE",
      "USING",
      "COMPRESSION",
      "STORAGE",
      ",",
      ")",
      ";",
      "ENCODE"
    ]);
    SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "smallserial", "serial2", "bigserial", "serial8"]);
    firstUnprotectedCache = /* @__PURE__ */ new WeakMap();
  }
});

// src/sql/facts.ts
function isTransactional(stmt, pgVersion) {
  const n = stmt.node;
  switch (stmt.kind) {
    case "IndexStmt":
      return n.IndexStmt?.concurrent !== true;
    case "DropStmt":
      return n.DropStmt?.concurrent !== true;
    case "ReindexStmt":
      return !list(n.ReindexStmt?.params).some((p) => as(p, "DefElem")?.defname === "concurrently");
    case "VacuumStmt":
      return n.VacuumStmt?.is_vacuumcmd !== true;
    case "ClusterStmt":
      return n.ClusterStmt?.relation !== void 0;
    case "CreatedbStmt":
    case "DropdbStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
    case "AlterSystemStmt":
    case "CreateSubscriptionStmt":
    case "DropSubscriptionStmt":
    case "TransactionStmt":
      return false;
    case "AlterEnumStmt":
      return !(typeof n.AlterEnumStmt?.newVal === "string" && n.AlterEnumStmt.oldVal === void 0 && pgVersion < 12);
    case "AlterTableStmt":
      return !list(n.AlterTableStmt?.cmds).some((c) => {
        const cmd = as(c, "AlterTableCmd");
        return cmd?.subtype === "AT_DetachPartition" && as(cmd.def, "PartitionCmd")?.concurrent === true;
      });
    default:
      return true;
  }
}
function destructiveOperations(stmt, sql) {
  const out = [];
  const whole = { start: stmt.start, end: stmt.end };
  const tokens = () => sql ? statementTokens(sql, stmt) : [];
  const at2 = (parts) => sql ? findName(tokens(), parts) ?? whole : whole;
  const n = stmt.node;
  switch (stmt.kind) {
    case "DropStmt": {
      const d = n.DropStmt;
      const kind = d.removeType === "OBJECT_TABLE" ? "drop-table" : d.removeType === "OBJECT_SCHEMA" ? "drop-schema" : void 0;
      if (!kind) break;
      for (const o of list(d.objects)) {
        const parts = kind === "drop-schema" ? stringList([o]) : stringList(as(o, "List")?.items);
        if (parts.length === 0) continue;
        const table = kind === "drop-table" ? partsName(parts) : void 0;
        out.push({ kind, ...named(parts), ...table ? { table } : {}, ...at2(parts) });
      }
      break;
    }
    case "DropdbStmt": {
      const name2 = String(n.DropdbStmt?.dbname ?? "");
      out.push({ kind: "drop-database", ...named([name2]), ...at2([name2]) });
      break;
    }
    case "AlterTableStmt": {
      const a = n.AlterTableStmt;
      if (a.objtype !== "OBJECT_TABLE") break;
      const table = rangeVarName(a.relation);
      if (!table) break;
      let from = 0;
      for (const c of list(a.cmds)) {
        const cmd = as(c, "AlterTableCmd");
        if (cmd?.subtype !== "AT_DropColumn" || !cmd.name) continue;
        let range = whole;
        if (sql) {
          const t = tokens().filter((x) => x.name !== "SQL_COMMENT" && x.name !== "C_COMMENT");
          for (let i = from; i < t.length; i++) {
            if (t[i].keyword !== "DROP") continue;
            let k = i + 1;
            if (t[k]?.keyword === "COLUMN") k++;
            if (t[k]?.keyword === "IF" && t[k + 1]?.keyword === "EXISTS") k += 2;
            const nameTok = t[k];
            if (!nameTok || identText(nameTok) !== cmd.name.toLowerCase() && identText(nameTok) !== cmd.name) continue;
            range = { start: t[i].start, end: nameTok.end };
            from = k + 1;
            break;
          }
        }
        out.push({ kind: "drop-column", ...named([...nameParts(table), cmd.name]), table: bareName(table), ...range });
      }
      break;
    }
    case "TruncateStmt":
      for (const r of list(n.TruncateStmt?.relations)) {
        const q = relationName(r);
        if (q) out.push({ kind: "truncate", ...named(nameParts(q)), table: bareName(q), ...nameRange2(q, sql, stmt) });
      }
      break;
    default:
      break;
  }
  for (const body of nodesOf(stmt.node, "DeleteStmt")) {
    const q = relationName(body.relation);
    if (q) out.push({ kind: "delete", ...named(nameParts(q)), table: bareName(q), ...whole });
  }
  return out;
}
function tableWrites(stmt, sql) {
  const cached = writesCache.get(stmt);
  if (cached && cached.sql === sql) return cached.writes;
  const writes = computeTableWrites(stmt, sql);
  if (sql || !cached) writesCache.set(stmt, { sql, writes });
  return writes;
}
function computeTableWrites(stmt, sql) {
  const out = [];
  const whole = { start: stmt.start, end: stmt.end };
  const addRv = (rv) => {
    const body = as(rv, "RangeVar") ?? rv;
    const q = rangeVarName(body);
    if (!q || body?.relpersistence === "t") return;
    out.push({ schema: q.schema, name: q.name, ...nameRange2(q, sql, stmt) });
  };
  const addParts = (parts) => {
    if (parts.length === 0) return;
    const name2 = parts[parts.length - 1];
    const schema = parts.length > 1 ? parts[parts.length - 2] : void 0;
    const range = sql ? findName(statementTokens(sql, stmt), parts) ?? whole : whole;
    out.push({ schema, name: name2, ...range });
  };
  const n = stmt.node;
  const b = n[stmt.kind];
  if (b) {
    switch (stmt.kind) {
      case "CreateStmt":
        addRv(b.relation);
        break;
      case "CreateTableAsStmt":
        if (b.objtype === "OBJECT_TABLE") addRv(as(b.into, "IntoClause")?.rel ?? b.into?.rel);
        break;
      case "AlterTableStmt":
        if (b.objtype === "OBJECT_TABLE" || b.objtype === "OBJECT_FOREIGN_TABLE") addRv(b.relation);
        break;
      case "IndexStmt":
      case "CreateTrigStmt":
      case "RuleStmt":
      case "ClusterStmt":
        addRv(b.relation);
        break;
      case "CreatePolicyStmt":
      case "AlterPolicyStmt":
        addRv(b.table);
        break;
      case "TruncateStmt":
        for (const r of list(b.relations)) addRv(r);
        break;
      case "CopyStmt":
        if (b.is_from === true) addRv(b.relation);
        break;
      case "RenameStmt":
        if (b.relationType === "OBJECT_TABLE" || b.renameType === "OBJECT_TABLE") addRv(b.relation);
        break;
      case "AlterObjectSchemaStmt":
        if (b.objectType === "OBJECT_TABLE") addRv(b.relation);
        break;
      case "DropStmt":
        if (b.removeType === "OBJECT_TABLE") {
          for (const o of list(b.objects)) addParts(stringList(as(o, "List")?.items));
        } else if (b.removeType === "OBJECT_TRIGGER" || b.removeType === "OBJECT_RULE" || b.removeType === "OBJECT_POLICY") {
          for (const o of list(b.objects)) addParts(stringList(as(o, "List")?.items).slice(0, -1));
        }
        break;
      case "CommentStmt":
        if (b.objtype === "OBJECT_TABLE") addParts(stringList(as(b.object, "List")?.items));
        else if (b.objtype === "OBJECT_COLUMN") addParts(stringList(as(b.object, "List")?.items).slice(0, -1));
        break;
      default:
        break;
    }
  }
  const index = nodeIndex(stmt.node);
  for (const kind of ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]) for (const body of index.get(kind) ?? []) addRv(body.relation);
  for (const body of index.get("SelectStmt") ?? []) {
    if (body.intoClause) addRv(as(body.intoClause, "IntoClause")?.rel ?? body.intoClause.rel);
  }
  return out;
}
function tablesWritten(stmt, defaultSchema) {
  const seen = /* @__PURE__ */ new Set();
  for (const w of writesCache.get(stmt)?.writes ?? tableWrites(stmt)) {
    const schema = w.schema ?? defaultSchema?.toLowerCase();
    seen.add(schema ? `${schema}.${w.name}` : w.name);
  }
  return [...seen];
}
function tablesCreated(stmt) {
  const out = [];
  const add = (rv) => {
    const body = as(rv, "RangeVar") ?? rv;
    const q = rangeVarName(body);
    if (q) out.push({ name: { schema: q.schema, name: q.name }, temporary: body?.relpersistence === "t" });
  };
  const n = stmt.node;
  if (stmt.kind === "CreateStmt") add(n.CreateStmt?.relation);
  else if (stmt.kind === "CreateTableAsStmt" && n.CreateTableAsStmt?.objtype === "OBJECT_TABLE") {
    add(as(n.CreateTableAsStmt.into, "IntoClause")?.rel ?? n.CreateTableAsStmt.into?.rel);
  } else if (stmt.kind === "SelectStmt" && n.SelectStmt?.intoClause) {
    add(as(n.SelectStmt.intoClause, "IntoClause")?.rel ?? n.SelectStmt.intoClause.rel);
  }
  return out;
}
function tableKey(name2) {
  return name2.schema ? `${name2.schema}.${name2.name}` : name2.name;
}
function tablesCreatedForCertain(stmt) {
  const body = stmt.node[stmt.kind];
  return body?.if_not_exists === true ? [] : createdTableKeys(stmt);
}
function createdTableKeys(stmt) {
  return tablesCreated(stmt).map((c) => tableKey(c.name));
}
function isCreatedIn(created, name2) {
  const table = name2.name;
  const schema = name2.schema;
  if (created.has(schema ? `${schema}.${table}` : table)) return true;
  if (created.has(table)) return true;
  if (!schema) {
    for (const c of created) if (c.endsWith(`.${table}`)) return true;
  }
  return false;
}
function relationName(x) {
  const body = as(x, "RangeVar") ?? (x && typeof x === "object" ? x : void 0);
  const q = rangeVarName(body);
  if (!q) return void 0;
  return { schema: q.schema, name: q.name, location: q.location, temporary: body?.relpersistence === "t" };
}
function bareName(q) {
  return q.schema ? { schema: q.schema, name: q.name } : { name: q.name };
}
function nameParts(q) {
  return q.schema ? [q.schema, q.name] : [q.name];
}
function named(parts) {
  return { names: parts, target: parts.map(quoteIdent).join(".") };
}
function partsName(parts) {
  const name2 = parts[parts.length - 1];
  return parts.length > 1 ? { schema: parts[parts.length - 2], name: name2 } : { name: name2 };
}
function qualified(q) {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}
function nameRange2(q, sql, stmt) {
  if (q.location === void 0) return { start: stmt.start, end: stmt.end };
  if (sql) {
    const written = qualified(q);
    const len = Buffer.byteLength(written, "utf8");
    if (sql.lines.slice(q.location, q.location + len).toLowerCase() === written && /^[a-z_][a-z0-9_$.]*$/.test(written)) {
      const after = sql.lines.slice(q.location + len, q.location + len + 1);
      if (!/[A-Za-z0-9_$]/.test(after)) return { start: q.location, end: q.location + len };
    }
    const tokens = statementTokens(sql, stmt);
    const parts = q.schema ? [q.schema, q.name] : [q.name];
    const i = tokens.findIndex((t) => t.start === q.location);
    if (i >= 0) {
      const found = findName(tokens, parts, i);
      if (found && found.start === q.location) return found;
      return { start: tokens[i].start, end: tokens[i].end };
    }
  }
  return { start: q.location, end: q.location + Buffer.byteLength(qualified(q), "utf8") };
}
function alterOfExistingTable(stmt, createdTables) {
  if (stmt.kind !== "AlterTableStmt") return void 0;
  const body = stmt.node.AlterTableStmt;
  if (!body || body.objtype !== "OBJECT_TABLE") return void 0;
  const table = relationName(body.relation);
  if (!table || table.temporary || isCreatedIn(createdTables, table)) return void 0;
  return { table, cmds: body.cmds ?? [] };
}
var list, writesCache;
var init_facts = __esm({
  "src/sql/facts.ts"() {
    "use strict";
    init_ast();
    init_tokens();
    list = (v) => Array.isArray(v) ? v : [];
    writesCache = /* @__PURE__ */ new WeakMap();
  }
});

// src/rules/types.ts
function createRule(rule) {
  return rule;
}
var init_types2 = __esm({
  "src/rules/types.ts"() {
    "use strict";
  }
});

// src/rules/unqualified-table.ts
function inScope(scope, name2) {
  for (let s = scope; s; s = s.parent) if (s.names.has(name2)) return true;
  return false;
}
function collect(node, scope, dml, inSchema, out) {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, scope, false, inSchema, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node;
  if (typeof obj.relname === "string") {
    if (!inSchema && (typeof obj.schemaname === "string" || !inScope(scope, obj.relname))) out.push(obj);
    return;
  }
  let inner = scope;
  const withClause = obj.withClause;
  if (withClause !== null && typeof withClause === "object") {
    const names = /* @__PURE__ */ new Set();
    const recursive = withClause.recursive === true;
    const ctes = [];
    for (const c of Array.isArray(withClause.ctes) ? withClause.ctes : []) {
      const cte = as(c, "CommonTableExpr");
      if (!cte) continue;
      ctes.push(cte);
      if (recursive && typeof cte.ctename === "string") names.add(cte.ctename);
    }
    inner = { names, parent: scope };
    for (const cte of ctes) {
      collect(cte.ctequery, inner, false, inSchema, out);
      if (typeof cte.ctename === "string") names.add(cte.ctename);
    }
  }
  for (const key2 in obj) {
    if (key2 === "withClause" || key2 === "lockedRels") continue;
    const value = obj[key2];
    if (value === null || typeof value !== "object") continue;
    const target = dml && key2 === "relation" || key2 === "intoClause" || key2 === "into";
    const upper = key2.charCodeAt(0) <= 90;
    collect(value, target ? void 0 : inner, upper && DML.has(key2), inSchema || upper && key2 === "CreateSchemaStmt", out);
  }
}
var DROPPED_RELATIONS, unqualified_table_default, DML;
var init_unqualified_table = __esm({
  "src/rules/unqualified-table.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_tokens();
    init_types2();
    DROPPED_RELATIONS = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_INDEX", "OBJECT_FOREIGN_TABLE"]);
    unqualified_table_default = createRule({
      id: "unqualified-table",
      description: "A table named without its schema (CREATE/ALTER/DROP/INSERT/UPDATE/DELETE/FROM/JOIN/REFERENCES/INDEX ON); CTE names are not tables.",
      severity: "warning",
      direction: "both",
      messages: {
        unqualified: "{{table}} is not schema-qualified, so PostgreSQL looks it up through search_path, which differs between the migration session, psql and the application: the statement can create or change an object (table, index, sequence...) in another schema (usually public) than the one the service reads."
      },
      help: "Qualify the name with the service schema: {{suggestion}}.",
      check({ stmt, facts, tempTables, report }) {
        const relations = [];
        collect(stmt.node, void 0, false, false, relations);
        const seen = /* @__PURE__ */ new Set();
        for (const rv of relations) {
          const q = relationName(rv);
          if (!q || q.schema || q.temporary) continue;
          if (tempTables?.has(q.name)) continue;
          if (q.name.startsWith("pg_")) continue;
          if (q.location !== void 0 && seen.has(q.location)) continue;
          if (q.location !== void 0) seen.add(q.location);
          const range = nameRange2(q, facts.sql, stmt);
          report({ messageId: "unqualified", data: { table: quoteIdent(q.name), suggestion: `${facts.serviceSchema}.${quoteIdent(q.name)}` }, start: range.start, end: range.end });
        }
        const drop = as(stmt.node, "DropStmt");
        if (drop && DROPPED_RELATIONS.has(drop.removeType ?? "")) {
          let tokens;
          let from = 0;
          for (const o of drop.objects ?? []) {
            const parts = stringList(as(o, "List")?.items);
            if (parts.length !== 1) continue;
            const name2 = parts[0];
            if (tempTables?.has(name2) || name2.startsWith("pg_")) continue;
            tokens ??= statementTokens(facts.sql, stmt);
            const range = findName(tokens, parts, from);
            if (range) from = tokens.findIndex((t) => t.start >= range.end);
            if (from < 0) from = tokens.length;
            report({ messageId: "unqualified", data: { table: quoteIdent(name2), suggestion: `${facts.serviceSchema}.${quoteIdent(name2)}` }, start: range?.start ?? stmt.start, end: range?.end ?? stmt.end });
          }
        }
      }
    });
    DML = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
  }
});

// src/rules/foreign-schema.ts
function targets(stmt, sql) {
  const out = [];
  tableWrites(stmt).forEach((w, i) => {
    if (!w.schema) return;
    const located2 = () => tableWrites(stmt, sql)[i] ?? w;
    out.push({ schema: w.schema, object: `${w.schema}.${w.name}`, range: () => ({ start: located2().start, end: located2().end }) });
  });
  const qualified2 = (parts) => {
    if (parts.length < 2) return;
    const schema = parts[parts.length - 2].toLowerCase();
    out.push({ schema, object: parts.join(".").toLowerCase(), range: () => findName(statementTokens(sql, stmt), parts) ?? { start: stmt.start, end: stmt.end } });
  };
  const schemaOnly = (name2) => {
    out.push({ schema: name2.toLowerCase(), object: `schema ${name2.toLowerCase()}`, range: () => findName(statementTokens(sql, stmt), [name2]) ?? { start: stmt.start, end: stmt.end } });
  };
  const rv = (x) => {
    const body = as(x, "RangeVar") ?? x;
    if (body?.schemaname && body.relname) qualified2([body.schemaname, body.relname]);
  };
  const node = stmt.node;
  const b = node[stmt.kind];
  if (!b) return out;
  switch (stmt.kind) {
    case "CreateSchemaStmt":
      if (typeof b.schemaname === "string") schemaOnly(b.schemaname);
      break;
    case "ViewStmt":
      rv(b.view);
      break;
    case "CreateSeqStmt":
    case "AlterSeqStmt":
      rv(b.sequence);
      break;
    case "CreateTableAsStmt":
      if (b.objtype === "OBJECT_MATVIEW") rv(b.into?.rel);
      break;
    case "CreateFunctionStmt":
      qualified2(stringList(b.funcname));
      break;
    case "CreateEnumStmt":
      qualified2(stringList(b.typeName));
      break;
    case "CompositeTypeStmt":
      rv(b.typevar);
      break;
    case "DefineStmt":
      qualified2(stringList(b.defnames));
      break;
    case "DropStmt":
      if (b.removeType === "OBJECT_TABLE") break;
      for (const o of Array.isArray(b.objects) ? b.objects : []) {
        if (b.removeType === "OBJECT_SCHEMA") {
          const name2 = stringList([o])[0];
          if (name2) schemaOnly(name2);
        } else if (b.removeType !== "OBJECT_TRIGGER" && b.removeType !== "OBJECT_RULE" && b.removeType !== "OBJECT_POLICY") {
          const items = as(o, "List")?.items;
          const parts = items ? stringList(items) : stringList(as(o, "ObjectWithArgs")?.objname);
          qualified2(parts);
        }
      }
      break;
    default:
      break;
  }
  return out;
}
var foreign_schema_default;
var init_foreign_schema = __esm({
  "src/rules/foreign-schema.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_tokens();
    init_types2();
    foreign_schema_default = createRule({
      id: "foreign-schema",
      description: "A service's migration that writes into another service's schema.",
      severity: "error",
      direction: "both",
      messages: {
        foreign: "{{object}} belongs to schema {{schema}}, which is owned by another service: changing it from {{service}} bypasses that service's migrations, so its history, rollbacks and deploy order no longer describe its own schema."
      },
      help: "Make the change in a migration of the service that owns {{schema}}, and declare a cross_service_dependencies entry if this service needs it first. Writes to your own schema ({{own}}) or shared schemas (public) are fine.",
      check({ stmt, facts, report }) {
        for (const t of targets(stmt, facts.sql)) {
          if (t.schema === facts.serviceSchema || !facts.allServiceSchemas.has(t.schema)) continue;
          report({ messageId: "foreign", data: { object: t.object, schema: t.schema, service: facts.service, own: facts.serviceSchema }, ...t.range() });
        }
      }
    });
  }
});

// src/rules/delete-without-where.ts
var delete_without_where_default;
var init_delete_without_where = __esm({
  "src/rules/delete-without-where.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    delete_without_where_default = createRule({
      id: "delete-without-where",
      description: "A DELETE with no WHERE clause, which removes every row of the table.",
      severity: "error",
      direction: "both",
      messages: {
        deleteAll: "DELETE FROM {{table}} has no WHERE clause: it removes every row of the table on every database this migration reaches, and it locks each of those rows while it runs."
      },
      help: "Add a WHERE clause that selects the rows to remove; if emptying the table is intended, say so with an ignore comment (`-- svc-migrate-ignore delete-without-where`).",
      check({ stmt, origin, facts, report }) {
        if (origin.container === "function") return;
        const top = unwrap(stmt.node)?.body;
        for (const body of nodesOf(stmt.node, "DeleteStmt")) {
          if (body.whereClause !== void 0) continue;
          const q = relationName(body.relation);
          if (!q) continue;
          const range = nameRange2(q, facts.sql, stmt);
          report({ messageId: "deleteAll", data: { table: q.schema ? `${q.schema}.${q.name}` : q.name }, start: body === top ? stmt.start : range.start, end: range.end });
        }
      }
    });
  }
});

// src/rules/update-without-where.ts
var update_without_where_default;
var init_update_without_where = __esm({
  "src/rules/update-without-where.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    update_without_where_default = createRule({
      id: "update-without-where",
      description: "An UPDATE with no WHERE clause, which rewrites every row of the table.",
      severity: "error",
      direction: "both",
      messages: {
        updateAll: "UPDATE {{table}} has no WHERE clause: it rewrites every row, locking each one until the migration commits (blocking the application's writes to them) and leaving a dead copy of every row behind."
      },
      help: "Add a WHERE clause that selects the rows to change (for a backfill, update in batches: `WHERE id BETWEEN ... AND ...`, or `WHERE col IS NULL`); if every row must change, say so with `-- svc-migrate-ignore update-without-where`.",
      check({ stmt, origin, facts, report }) {
        if (origin.container === "function") return;
        const top = unwrap(stmt.node)?.body;
        for (const body of nodesOf(stmt.node, "UpdateStmt")) {
          if (body.whereClause !== void 0) continue;
          const q = relationName(body.relation);
          if (!q) continue;
          const range = nameRange2(q, facts.sql, stmt);
          report({
            messageId: "updateAll",
            data: { table: q.schema ? `${q.schema}.${q.name}` : q.name },
            start: body === top ? stmt.start : range.start,
            end: range.end
          });
        }
      }
    });
  }
});

// src/rules/drop-cascade.ts
var drop_cascade_default;
var init_drop_cascade = __esm({
  "src/rules/drop-cascade.ts"() {
    "use strict";
    init_ast();
    init_tokens();
    init_types2();
    drop_cascade_default = createRule({
      id: "drop-cascade",
      description: "A DROP, TRUNCATE or ALTER TABLE ... DROP with CASCADE, which silently removes every dependent object too.",
      severity: "warning",
      direction: "both",
      messages: {
        cascade: "CASCADE also drops or empties everything that depends on this object (views, foreign keys, functions, other tables' data for TRUNCATE) \u2014 objects that this migration does not name and a reviewer never sees."
      },
      help: "Drop the dependent objects explicitly first, then drop the object without CASCADE (RESTRICT, the default, makes PostgreSQL refuse if something still depends on it).",
      check({ stmt, facts, report }) {
        let cascades = false;
        for (const bodies of nodeIndex(stmt.node).values()) {
          if (bodies.some((b) => b.behavior === "DROP_CASCADE")) cascades = true;
        }
        if (!cascades) return;
        const tokens = statementTokens(facts.sql, stmt);
        tokens.forEach((t, i) => {
          if (t.keyword !== "CASCADE") return;
          const before = tokens[i - 1]?.keyword;
          if (before === "DELETE" || before === "UPDATE") return;
          report({ messageId: "cascade", start: t.start, end: t.end });
        });
      }
    });
  }
});

// src/rules/destructive-operation.ts
function createdHere(ctx, table) {
  const key2 = tableKey(table);
  if (ctx.tempTables?.has(key2)) return true;
  if (!ctx.createdTables.has(key2)) return false;
  return !conditionallyCreatedBefore(ctx.facts.sql, ctx.stmt).has(key2);
}
function conditionallyCreatedBefore(sql, stmt) {
  const out = /* @__PURE__ */ new Set();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    if (tablesCreatedForCertain(s).length === 0) for (const key2 of createdTableKeys(s)) out.add(key2);
  }
  return out;
}
function forbiddingEnvironments(names) {
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
var WHAT, destructive_operation_default;
var init_destructive_operation = __esm({
  "src/rules/destructive-operation.ts"() {
    "use strict";
    init_facts();
    init_types2();
    WHAT = {
      "drop-table": "DROP TABLE {{target}} deletes the table and every row in it",
      "drop-schema": "DROP SCHEMA {{target}} deletes the schema with everything in it",
      "drop-column": "DROP COLUMN {{target}} deletes the column and its value in every row",
      "drop-database": "DROP DATABASE {{target}} deletes the whole database",
      truncate: "TRUNCATE {{target}} deletes every row of the table"
    };
    destructive_operation_default = createRule({
      id: "destructive-operation",
      description: "DROP TABLE/SCHEMA/COLUMN/DATABASE or TRUNCATE in an up migration: an error where an environment the migration runs in forbids destructive operations, else a warning.",
      severity: "warning",
      direction: "up",
      messages: {
        forbidden: "{{what}}; environments.json forbids destructive operations in {{environments}} (allow_destructive_operations: false), and the down migration cannot bring the data back.",
        destructive: "{{what}}; the data is gone for good once this runs \u2014 the down migration cannot bring it back, and code still deployed that reads it will fail."
      },
      help: "Stop using the data first and remove it in a later migration once a backup exists (expand/contract); or rename it (e.g. `ALTER TABLE t RENAME TO t_deprecated`) and drop it later. Where it is intended, enable allow_destructive_operations for the environment or add `-- svc-migrate-ignore destructive-operation`.",
      check({ stmt, origin, facts, createdTables, tempTables, report }) {
        if (origin.container === "function") return;
        for (const op of destructiveOperations(stmt, facts.sql)) {
          if (op.kind === "delete") continue;
          if (op.table && createdHere({ facts, stmt, createdTables, tempTables }, op.table)) continue;
          const what = WHAT[op.kind].replace("{{target}}", op.target);
          if (facts.destructiveForbiddenIn.length === 0) {
            report({ messageId: "destructive", data: { what }, start: op.start, end: op.end });
          } else {
            report({ messageId: "forbidden", data: { what, environments: forbiddingEnvironments(facts.destructiveForbiddenIn) }, start: op.start, end: op.end, severity: "error" });
          }
        }
      }
    });
  }
});

// src/rules/index-not-concurrent.ts
var index_not_concurrent_default;
var init_index_not_concurrent = __esm({
  "src/rules/index-not-concurrent.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    index_not_concurrent_default = createRule({
      id: "index-not-concurrent",
      description: "CREATE INDEX without CONCURRENTLY on a table that the same migration did not create.",
      severity: "warning",
      direction: "up",
      messages: {
        notConcurrent: "CREATE INDEX on {{table}} without CONCURRENTLY blocks all writes to the table (INSERT, UPDATE, DELETE) until the index is built, which on a large table is an outage."
      },
      help: "Write CREATE INDEX CONCURRENTLY (svc-migrate runs a migration holding it outside a transaction; keep it alone in its migration, and add IF NOT EXISTS so a retry after a failed build can proceed).",
      check({ stmt, origin, facts, createdTables, tempTables, report }) {
        if (stmt.kind !== "IndexStmt" || origin.container === "function") return;
        const body = stmt.node.IndexStmt;
        if (!body || body.concurrent) return;
        const rel = relationName(body.relation);
        if (!rel) return;
        if (body.relation.inh !== true) return;
        if (isCreatedIn(createdTables, rel) || !rel.schema && tempTables?.has(rel.name)) return;
        const tokens = codeTokens(facts.sql, stmt);
        const range = keywordRange(tokens, ["CREATE", "UNIQUE", "INDEX"], stmt.start);
        const index = tokens.find((t) => t.keyword === "INDEX");
        report({
          messageId: "notConcurrent",
          data: { table: rel.schema ? `${rel.schema}.${rel.name}` : rel.name },
          start: range?.start ?? stmt.start,
          end: index?.end ?? range?.end ?? stmt.end
        });
      }
    });
  }
});

// src/sql/defaults.ts
function perRowCall(expr, declared = /* @__PURE__ */ new Map()) {
  let unknown;
  let volatile;
  walk(expr, (v) => {
    if (volatile || v.kind !== "FuncCall") return;
    const names = stringList(v.body.funcname).map((s) => s.toLowerCase());
    const name2 = names[names.length - 1];
    if (!name2) return;
    const schema = names.length > 1 ? names[names.length - 2] : void 0;
    const call = { fn: names.join("."), location: typeof v.body.location === "number" ? v.body.location : void 0 };
    const own2 = declaredVolatility(declared, names.join("."), name2, schema);
    if (own2 !== void 0) {
      if (own2 === "volatile") volatile = { ...call, volatility: "volatile" };
      return;
    }
    if (VOLATILE_FUNCTIONS.has(name2)) {
      volatile = { ...call, volatility: "volatile" };
      return;
    }
    const builtin = schema === void 0 || schema === "pg_catalog";
    if (builtin && (NON_VOLATILE_BUILTINS.has(name2) || v.body.funcformat === "COERCE_SQL_SYNTAX")) return;
    unknown ??= { ...call, volatility: "unknown" };
  });
  return volatile ?? unknown;
}
function declaredVolatility(declared, full, name2, schema) {
  const exact = declared.get(full);
  if (exact !== void 0 || declared.size === 0) return exact;
  for (const [key2, volatility] of declared) {
    const dot = key2.lastIndexOf(".");
    if (key2.slice(dot + 1) === name2 && (schema === void 0 || dot < 0)) return volatility;
  }
  return void 0;
}
function functionsDeclaredBefore(sql, stmt) {
  const out = /* @__PURE__ */ new Map();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    const f = as(s.node, "CreateFunctionStmt");
    if (!f || f.is_procedure === true) continue;
    const names = stringList(f.funcname).map((n) => n.toLowerCase());
    if (names.length === 0) continue;
    let volatility = "volatile";
    for (const o of f.options ?? []) {
      const d = as(o, "DefElem");
      const value = as(d?.arg, "String")?.sval;
      if (d?.defname === "volatility" && (value === "immutable" || value === "stable" || value === "volatile")) volatility = value;
    }
    out.set(names.join("."), volatility);
  }
  return out;
}
function isNullConstant(expr) {
  let e = expr;
  for (let cast = as(e, "TypeCast"); cast; cast = as(e, "TypeCast")) e = cast.arg;
  return as(e, "A_Const")?.isnull === true;
}
var VOLATILE_FUNCTIONS, NON_VOLATILE_BUILTINS;
var init_defaults = __esm({
  "src/sql/defaults.ts"() {
    "use strict";
    init_ast();
    VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
      "random",
      "random_normal",
      "gen_random_uuid",
      "uuid_generate_v1",
      "uuid_generate_v1mc",
      "uuid_generate_v4",
      "uuidv4",
      "uuidv7",
      "clock_timestamp",
      "timeofday",
      "nextval",
      "currval",
      "lastval",
      "setseed",
      "gen_random_bytes",
      "gen_salt"
    ]);
    NON_VOLATILE_BUILTINS = /* @__PURE__ */ new Set([
      // date and time
      "now",
      "transaction_timestamp",
      "statement_timestamp",
      "date_trunc",
      "date_part",
      "extract",
      "date_bin",
      "age",
      "make_date",
      "make_time",
      "make_timestamp",
      "make_timestamptz",
      "make_interval",
      "to_timestamp",
      "to_date",
      "to_char",
      "to_number",
      "timezone",
      "justify_days",
      "justify_hours",
      "justify_interval",
      "isfinite",
      // text
      "lower",
      "upper",
      "initcap",
      "concat",
      "concat_ws",
      "format",
      "length",
      "char_length",
      "character_length",
      "octet_length",
      "substr",
      "substring",
      "replace",
      "translate",
      "btrim",
      "ltrim",
      "rtrim",
      "lpad",
      "rpad",
      "repeat",
      "reverse",
      "left",
      "right",
      "split_part",
      "strpos",
      "position",
      "overlay",
      "normalize",
      "regexp_replace",
      "starts_with",
      "md5",
      "sha224",
      "sha256",
      "sha384",
      "sha512",
      "encode",
      "decode",
      "quote_ident",
      "quote_literal",
      "quote_nullable",
      "to_hex",
      "ascii",
      "chr",
      // numbers
      "abs",
      "round",
      "trunc",
      "floor",
      "ceil",
      "ceiling",
      "mod",
      "div",
      "power",
      "sqrt",
      "exp",
      "ln",
      "log",
      "sign",
      "pi",
      "width_bucket",
      // json, arrays, ranges
      "to_json",
      "to_jsonb",
      "json_build_object",
      "jsonb_build_object",
      "json_build_array",
      "jsonb_build_array",
      "json_object",
      "jsonb_object",
      "jsonb_set",
      "jsonb_insert",
      "json_strip_nulls",
      "jsonb_strip_nulls",
      "jsonb_typeof",
      "array_to_json",
      "row_to_json",
      "array_append",
      "array_prepend",
      "array_cat",
      "array_fill",
      "array_length",
      "array_position",
      "array_remove",
      "array_replace",
      "array_to_string",
      "string_to_array",
      "cardinality",
      "int4range",
      "int8range",
      "numrange",
      "tsrange",
      "tstzrange",
      "daterange",
      "to_tsvector",
      "to_tsquery",
      // session
      "current_setting",
      "current_database",
      "current_schema",
      "current_schemas",
      "inet_client_addr",
      "version",
      "pg_backend_pid",
      "txid_current",
      "pg_current_xact_id"
    ]);
  }
});

// src/rules/not-null-without-default.ts
var not_null_without_default_default;
var init_not_null_without_default = __esm({
  "src/rules/not-null-without-default.ts"() {
    "use strict";
    init_ast();
    init_defaults();
    init_facts();
    init_types2();
    not_null_without_default_default = createRule({
      id: "not-null-without-default",
      description: "ADD COLUMN ... NOT NULL with no DEFAULT on an existing table.",
      severity: "error",
      direction: "up",
      messages: {
        noDefault: "Column {{column}} is added as NOT NULL with no DEFAULT: on a table that holds any row PostgreSQL rejects it (existing rows would be NULL), so the migration fails in production while passing on an empty database.",
        nullDefault: "Column {{column}} is added as NOT NULL with DEFAULT NULL, which is no default: existing rows get NULL, so on a table that holds any row PostgreSQL rejects it, and the migration fails in production while passing on an empty database."
      },
      help: "Add a DEFAULT (constant defaults are instant since PostgreSQL 11), or add the column as NULL, backfill it in batches, then add a CHECK (col IS NOT NULL) NOT VALID constraint, VALIDATE it, and SET NOT NULL.",
      check({ stmt, origin, facts, createdTables, report }) {
        if (origin.container === "function") return;
        const alter = alterOfExistingTable(stmt, createdTables);
        if (!alter) return;
        for (const c of alter.cmds) {
          const cmd = c.AlterTableCmd;
          const col = cmd?.subtype === "AT_AddColumn" ? cmd.def?.ColumnDef : void 0;
          if (!col) continue;
          const constraints = (col.constraints ?? []).map((x) => x.Constraint ?? {});
          const notNull = constraints.find((k) => k.contype === "CONSTR_NOTNULL" || k.contype === "CONSTR_PRIMARY");
          const nullDefault = constraints.some((k) => k.contype === "CONSTR_DEFAULT" && isNullConstant(k.raw_expr));
          const filled = constraints.some((k) => k.contype === "CONSTR_DEFAULT" && !isNullConstant(k.raw_expr) || k.contype === "CONSTR_IDENTITY" || k.contype === "CONSTR_GENERATED");
          if (!notNull || filled) continue;
          const tokens = codeTokens(facts.sql, stmt);
          const at2 = notNull.location ?? col.location ?? stmt.start;
          const range = keywordRange(tokens, notNull.contype === "CONSTR_PRIMARY" ? ["PRIMARY", "KEY"] : ["NOT", "NULL"], at2);
          report({
            messageId: nullDefault ? "nullDefault" : "noDefault",
            data: { column: String(col.colname ?? "?") },
            start: col.location ?? at2,
            end: range?.end ?? at2
          });
        }
      }
    });
  }
});

// src/rules/column-type-change.ts
var column_type_change_default;
var init_column_type_change = __esm({
  "src/rules/column-type-change.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    column_type_change_default = createRule({
      id: "column-type-change",
      description: "ALTER COLUMN ... TYPE on an existing table.",
      severity: "warning",
      direction: "up",
      messages: {
        typeChange: "Changing the type of {{column}} locks the table against reads and writes (ACCESS EXCLUSIVE) and, unless the types are binary-compatible, rewrites the table and every index on it while the lock is held; running code that expects the old type may also break."
      },
      help: "Add a new column of the new type, backfill it in batches, switch the application over, then drop the old column (expand/contract). Binary-compatible changes (varchar(n) to text or a larger n) skip the rewrite but still take the lock briefly.",
      check({ stmt, origin, facts, createdTables, report }) {
        if (origin.container === "function") return;
        const alter = alterOfExistingTable(stmt, createdTables);
        if (!alter) return;
        for (const c of alter.cmds) {
          const cmd = c.AlterTableCmd;
          if (cmd?.subtype !== "AT_AlterColumnType") continue;
          const def = cmd.def?.ColumnDef;
          const start = def?.location ?? stmt.start;
          const type = typeNameRange(codeTokens(facts.sql, stmt), def?.typeName?.location);
          report({ messageId: "typeChange", data: { column: cmd.name ?? "?" }, start, end: type?.end ?? start });
        }
      }
    });
  }
});

// src/rules/foreign-key-not-valid.ts
function reportColumnConstraints(def, table, sql, stmt, report) {
  const col = as(def, "ColumnDef");
  if (!col) return;
  const cons = columnConstraints(col);
  const filled = cons.some((c) => c.contype === "CONSTR_DEFAULT" || c.contype === "CONSTR_GENERATED");
  cons.forEach((con, i) => {
    if (con.contype !== "CONSTR_FOREIGN" && con.contype !== "CONSTR_CHECK") return;
    if (cons[i + 1]?.contype === "CONSTR_ATTR_NOT_ENFORCED") return;
    if (con.contype === "CONSTR_FOREIGN" && !filled) return;
    const tokens = codeTokens(sql, stmt);
    const at2 = typeof con.location === "number" ? con.location : stmt.start;
    const column = String(col.colname ?? "");
    if (con.contype === "CONSTR_CHECK") {
      const range = keywordRange(tokens, ["CHECK"], at2);
      report({ messageId: "columnCheck", data: { column, table }, start: at2, end: range?.end ?? at2 });
      return;
    }
    const pk = relationName(con.pktable);
    const name2 = nameRange(tokens, pk?.location);
    report({ messageId: "columnForeignKey", data: { column, table, referenced: pk ? formatName(pk) : "(unknown)" }, start: at2, end: name2?.end ?? at2 });
  });
}
function reportValidationInSameTransaction({ facts, statements, report }) {
  const added = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  let unit = 0;
  let inBlock = false;
  for (const { stmt, origin } of statements) {
    if (origin.container === "function") continue;
    if (origin.kind === "top" && !facts.inTransaction) {
      const tx = transactionKind(stmt);
      if (tx === "begin" || tx === "end") inBlock = tx === "begin";
      if (tx !== void 0 || !inBlock) unit++;
    }
    const body = as(stmt.node, "AlterTableStmt");
    const table = body?.objtype === "OBJECT_TABLE" ? relationName(body.relation) : void 0;
    if (table && !table.temporary && !isCreatedIn(created, table)) {
      let from = stmt.start;
      for (const c of body.cmds ?? []) {
        const cmd = as(c, "AlterTableCmd");
        const con = cmd?.subtype === "AT_AddConstraint" ? as(cmd.def, "Constraint") : void 0;
        if (con?.skip_validation === true && con.conname && (con.contype === "CONSTR_CHECK" || con.contype === "CONSTR_FOREIGN")) {
          const same = added.get(con.conname);
          if (same) same.push({ table, contype: con.contype, unit });
          else added.set(con.conname, [{ table, contype: con.contype, unit }]);
        }
        if (cmd?.subtype !== "AT_ValidateConstraint" || !cmd.name) continue;
        const tokens = codeTokens(facts.sql, stmt);
        const keyword = keywordRange(tokens, ["VALIDATE", "CONSTRAINT"], from);
        const nameToken = keyword ? tokens.find((t) => t.start >= keyword.end) : void 0;
        if (keyword) from = nameToken?.end ?? keyword.end;
        const add = added.get(cmd.name)?.find((a) => a.unit === unit && sameTable(a.table, table));
        if (!add) continue;
        report({
          messageId: "validatedInSameTransaction",
          data: { name: cmd.name, table: tableKey(table), lock: LOCK_HELD[add.contype] },
          start: keyword?.start ?? stmt.start,
          end: nameToken?.end ?? keyword?.end ?? stmt.end
        });
      }
    }
    for (const t of tablesCreated(stmt)) created.add(tableKey(t.name));
  }
}
function sameTable(a, b) {
  return a.name === b.name && (a.schema === void 0 || b.schema === void 0 || a.schema === b.schema);
}
var foreign_key_not_valid_default, LOCK_HELD;
var init_foreign_key_not_valid = __esm({
  "src/rules/foreign-key-not-valid.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    foreign_key_not_valid_default = createRule({
      id: "foreign-key-not-valid",
      description: "A FOREIGN KEY or CHECK constraint added to an existing table without NOT VALID.",
      severity: "warning",
      direction: "up",
      messages: {
        foreignKey: "Adding foreign key {{name}} checks every existing row while blocking writes to {{table}} and to the referenced table, for as long as the scan takes.",
        check: "Adding CHECK constraint {{name}} scans every existing row while holding an ACCESS EXCLUSIVE lock on {{table}}: no reads or writes until it finishes.",
        columnForeignKey: "Adding column {{column}} with REFERENCES {{referenced}} and a value for the existing rows (a DEFAULT or a generated expression) checks every row of {{table}} against {{referenced}} before the statement returns, holding the ACCESS EXCLUSIVE lock of ADD COLUMN on {{table}} (no reads or writes) and blocking writes to {{referenced}} for the whole scan.",
        columnCheck: "Adding column {{column}} with a CHECK constraint scans every existing row of {{table}} to check it, even when the new column is NULL everywhere, while holding the ACCESS EXCLUSIVE lock of ADD COLUMN: no reads or writes until it finishes.",
        validatedInSameTransaction: "VALIDATE CONSTRAINT {{name}} runs in the same transaction that added it NOT VALID, so its scan of every row of {{table}} runs while the lock the ADD took is still held ({{lock}}) until the migration commits: NOT VALID saved nothing."
      },
      help: "Add the constraint with NOT VALID (instant; new rows are checked; for a new column, add the column first and the constraint with its own ADD CONSTRAINT ... NOT VALID, since a column constraint cannot be NOT VALID), then in a separate migration run ALTER TABLE ... VALIDATE CONSTRAINT name, which checks old rows without blocking writes.",
      check({ stmt, origin, facts, createdTables, report }) {
        if (origin.container === "function") return;
        const alter = alterOfExistingTable(stmt, createdTables);
        if (!alter) return;
        const rel = alter.table;
        const table = rel.schema ? `${rel.schema}.${rel.name}` : rel.name;
        for (const c of alter.cmds) {
          const cmd = c.AlterTableCmd;
          if (cmd?.subtype === "AT_AddColumn") {
            reportColumnConstraints(cmd.def, table, facts.sql, stmt, report);
            continue;
          }
          const con = cmd?.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
          if (!con || con.skip_validation === true) continue;
          if (con.contype !== "CONSTR_FOREIGN" && con.contype !== "CONSTR_CHECK") continue;
          const at2 = con.location ?? stmt.start;
          const range = keywordRange(codeTokens(facts.sql, stmt), con.contype === "CONSTR_FOREIGN" ? ["FOREIGN", "KEY"] : ["CHECK"], at2);
          report({
            messageId: con.contype === "CONSTR_FOREIGN" ? "foreignKey" : "check",
            data: { name: con.conname ?? "(unnamed)", table },
            start: at2,
            end: range?.end ?? at2
          });
        }
      },
      checkFile: reportValidationInSameTransaction
    });
    LOCK_HELD = {
      CONSTR_CHECK: "ACCESS EXCLUSIVE: no reads or writes",
      CONSTR_FOREIGN: "SHARE ROW EXCLUSIVE on both tables: no writes"
    };
  }
});

// src/rules/affects-tables-mismatch.ts
function parseName(s) {
  const parts = [];
  let part = "";
  const text = s.trim();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') part += text[i];
        else if (text[i + 1] === '"') part += text[++i];
        else break;
      }
    } else if (ch === ".") {
      parts.push(part);
      part = "";
    } else {
      part += ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch;
    }
  }
  parts.push(part);
  const name2 = parts[parts.length - 1];
  return parts.length > 1 ? { schema: parts[parts.length - 2], name: name2 } : { name: name2 };
}
function sameTable2(a, b) {
  return a.name === b.name && (!a.schema || !b.schema || a.schema === b.schema);
}
var affects_tables_mismatch_default;
var init_affects_tables_mismatch = __esm({
  "src/rules/affects-tables-mismatch.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    affects_tables_mismatch_default = createRule({
      id: "affects-tables-mismatch",
      description: "affects_tables in dependencies.json differs from the tables the migration's SQL changes (DDL on a table and DML on it both count).",
      severity: "warning",
      direction: "up",
      messages: {
        unlisted: "This migration changes {{table}}, but its affects_tables in dependencies.json does not list it: reviews, changed-only checks and rollback safety checks that rely on affects_tables will miss this table.",
        unwritten: "affects_tables in dependencies.json lists {{table}}, but no statement of this migration changes it: the declared impact is wrong, so reviews and rollback checks look at the wrong table."
      },
      help: "Make affects_tables list exactly the tables this migration creates, alters, drops or writes rows to (schema-qualified, as the JSON string {{example}}; entries are read like SQL names: unquoted folded to lower case, double-quoted exact).",
      check() {
      },
      checkFile({ facts, statements, report }) {
        if (!facts.affectsTables || facts.sql.error) return;
        const listed = facts.affectsTables.map(parseName);
        const temp = /* @__PURE__ */ new Set();
        const writes = [];
        for (const { stmt, origin } of statements) {
          if (origin.container === "function") continue;
          for (const c of tablesCreated(stmt)) if (c.temporary) temp.add(c.name.name);
          tableWrites(stmt).forEach((w, index) => {
            if (w.schema || !temp.has(w.name)) writes.push({ write: w, stmt, index });
          });
        }
        const reported = /* @__PURE__ */ new Set();
        for (const { write: w, stmt, index } of writes) {
          if (listed.some((l) => sameTable2(l, w))) continue;
          const key2 = sqlName(w);
          if (reported.has(key2)) continue;
          reported.add(key2);
          const at2 = tableWrites(stmt, facts.sql)[index] ?? w;
          report({ messageId: "unlisted", data: { table: key2, example: JSON.stringify(sqlName({ schema: w.schema ?? facts.serviceSchema, name: w.name })) }, start: at2.start, end: at2.end });
        }
        for (const [i, l] of listed.entries()) {
          if (writes.some(({ write }) => sameTable2(l, write))) continue;
          report({ messageId: "unwritten", data: { table: facts.affectsTables[i], example: JSON.stringify(sqlName({ schema: l.schema ?? facts.serviceSchema, name: l.name })) }, start: 0, end: 0 });
        }
      }
    });
  }
});

// src/rules/adding-field-with-volatile-default.ts
var SERIAL, adding_field_with_volatile_default_default;
var init_adding_field_with_volatile_default = __esm({
  "src/rules/adding-field-with-volatile-default.ts"() {
    "use strict";
    init_ast();
    init_defaults();
    init_facts();
    init_types2();
    SERIAL = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
    adding_field_with_volatile_default_default = createRule({
      id: "adding-field-with-volatile-default",
      description: "ADD COLUMN on an existing table with a value PostgreSQL must compute per row (a volatile default, serial, identity, a stored generated column, or any default before PostgreSQL 11) rewrites the table.",
      severity: "warning",
      direction: "up",
      messages: {
        volatile: "Adding column {{column}} with the volatile default {{fn}}() rewrites the whole table under an ACCESS EXCLUSIVE lock: every read and write waits until it finishes.",
        possiblyVolatile: "Adding column {{column}} with a default that calls {{fn}}(): svc-migrate cannot see how that function was declared, and a function is VOLATILE unless CREATE FUNCTION says IMMUTABLE or STABLE. If it is volatile, PostgreSQL computes it for every existing row and rewrites the whole table under an ACCESS EXCLUSIVE lock.",
        serial: "Adding the {{type}} column {{column}} fills every existing row from a sequence: the whole table is rewritten under an ACCESS EXCLUSIVE lock.",
        identity: "Adding the identity column {{column}} fills every existing row from a sequence: the whole table is rewritten under an ACCESS EXCLUSIVE lock.",
        generated: "Adding the stored generated column {{column}} computes it for every existing row: the whole table is rewritten under an ACCESS EXCLUSIVE lock.",
        anyDefault: "Before PostgreSQL 11 any DEFAULT on ADD COLUMN ({{column}}) rewrites the whole table under an ACCESS EXCLUSIVE lock."
      },
      help: "Add the column without a default (or with a constant one), then ALTER COLUMN ... SET DEFAULT for new rows and backfill existing rows in small batches.",
      check(ctx) {
        const sql = ctx.facts.sql;
        for (const col of columnDefinitions(ctx.stmt.node)) {
          if (col.via !== "add" || !col.table || isCreatedIn(ctx.createdTables, col.table)) continue;
          const tokens = () => codeTokens(sql, ctx.stmt);
          const column = String(col.def.colname ?? "");
          const fallback = () => statementRange(sql, ctx.stmt);
          const type = typeNameOf(col.def.typeName);
          if (type && SERIAL.has(type.name)) {
            const r = typeNameRange(tokens(), col.def.typeName.location) ?? fallback();
            ctx.report({ messageId: "serial", data: { column, type: type.name }, ...r });
            continue;
          }
          for (const c of columnConstraints(col.def)) {
            const loc = typeof c.location === "number" ? c.location : void 0;
            if (c.contype === "CONSTR_IDENTITY") {
              ctx.report({ messageId: "identity", data: { column }, ...keywordRange(tokens(), ["GENERATED"], loc ?? 0) ?? fallback() });
            } else if (c.contype === "CONSTR_GENERATED" && c.generated_kind !== "v") {
              ctx.report({ messageId: "generated", data: { column }, ...keywordRange(tokens(), ["GENERATED"], loc ?? 0) ?? fallback() });
            } else if (c.contype === "CONSTR_DEFAULT") {
              const call = perRowCall(c.raw_expr, functionsDeclaredBefore(sql, ctx.stmt));
              if (call?.volatility === "volatile") {
                ctx.report({ messageId: "volatile", data: { column, fn: call.fn }, ...callRange(tokens(), call.location) ?? fallback() });
              } else if (ctx.facts.pgVersion < 11 && !isNullConstant(c.raw_expr)) {
                ctx.report({ messageId: "anyDefault", data: { column }, ...keywordRange(tokens(), ["DEFAULT"], loc ?? 0) ?? fallback() });
              } else if (call) {
                ctx.report({ messageId: "possiblyVolatile", data: { column, fn: call.fn }, ...callRange(tokens(), call.location) ?? fallback() });
              }
            }
          }
        }
      }
    });
  }
});

// src/rules/adding-serial-primary-key-field.ts
var adding_serial_primary_key_field_default;
var init_adding_serial_primary_key_field = __esm({
  "src/rules/adding-serial-primary-key-field.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    adding_serial_primary_key_field_default = createRule({
      id: "adding-serial-primary-key-field",
      description: "ALTER TABLE ... ADD COLUMN ... PRIMARY KEY on an existing table builds the primary key index (and usually rewrites the table) while holding an ACCESS EXCLUSIVE lock.",
      severity: "warning",
      direction: "up",
      messages: {
        primaryKey: "Adding column {{column}} as PRIMARY KEY to the existing table {{table}} builds its unique index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build."
      },
      help: "Add the column without PRIMARY KEY, fill it, CREATE UNIQUE INDEX CONCURRENTLY on it, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.",
      check(ctx) {
        for (const col of columnDefinitions(ctx.stmt.node)) {
          if (col.via !== "add" || !col.table || isCreatedIn(ctx.createdTables, col.table)) continue;
          for (const c of columnConstraints(col.def)) {
            if (c.contype !== "CONSTR_PRIMARY") continue;
            const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
            const range = keywordRange(tokens, ["PRIMARY", "KEY"], typeof c.location === "number" ? c.location : 0);
            ctx.report({
              messageId: "primaryKey",
              data: { column: String(col.def.colname ?? ""), table: col.table.schema ? `${col.table.schema}.${col.table.name}` : col.table.name },
              ...range ?? statementRange(ctx.facts.sql, ctx.stmt)
            });
          }
        }
      }
    });
  }
});

// src/rules/prefer-bigint-over-int.ts
var INT, prefer_bigint_over_int_default;
var init_prefer_bigint_over_int = __esm({
  "src/rules/prefer-bigint-over-int.ts"() {
    "use strict";
    init_ast();
    init_types2();
    INT = /* @__PURE__ */ new Set(["int4", "int", "integer", "serial", "serial4"]);
    prefer_bigint_over_int_default = createRule({
      id: "prefer-bigint-over-int",
      description: "An integer (int4 / serial) primary key, identity or id column runs out at 2,147,483,647, and widening it later rewrites the table and every index on it.",
      severity: "warning",
      direction: "up",
      messages: {
        int: "Column {{column}} is a 32-bit {{type}} key: it overflows at 2,147,483,647 rows, and changing it to bigint later rewrites the table under an ACCESS EXCLUSIVE lock."
      },
      help: "Use bigint (or bigserial / bigint GENERATED ... AS IDENTITY) for primary keys and id columns; the extra 4 bytes are cheaper than the migration.",
      check(ctx) {
        for (const col of columnDefinitions(ctx.stmt.node)) {
          const type = typeNameOf(col.def.typeName);
          if (!type || !type.builtin || type.array || !INT.has(type.name) || !isKeyColumn(col)) continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, col.def.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "int", data: { column: String(col.def.colname ?? ""), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
        }
      }
    });
  }
});

// src/rules/prefer-bigint-over-smallint.ts
var SMALL, prefer_bigint_over_smallint_default;
var init_prefer_bigint_over_smallint = __esm({
  "src/rules/prefer-bigint-over-smallint.ts"() {
    "use strict";
    init_ast();
    init_types2();
    SMALL = /* @__PURE__ */ new Set(["int2", "smallint", "smallserial", "serial2"]);
    prefer_bigint_over_smallint_default = createRule({
      id: "prefer-bigint-over-smallint",
      description: "A smallint (int2 / smallserial) primary key, identity or id column runs out at 32,767, and widening it later rewrites the table and every index on it.",
      severity: "warning",
      direction: "up",
      messages: {
        smallint: "Column {{column}} is a 16-bit {{type}} key: it overflows at 32,767 rows, and changing it to bigint later rewrites the table under an ACCESS EXCLUSIVE lock."
      },
      help: "Use bigint (or bigint GENERATED ... AS IDENTITY) for primary keys and id columns.",
      check(ctx) {
        for (const col of columnDefinitions(ctx.stmt.node)) {
          const type = typeNameOf(col.def.typeName);
          if (!type || !type.builtin || type.array || !SMALL.has(type.name) || !isKeyColumn(col)) continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, col.def.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "smallint", data: { column: String(col.def.colname ?? ""), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
        }
      }
    });
  }
});

// src/rules/prefer-identity.ts
var SERIAL2, prefer_identity_default;
var init_prefer_identity = __esm({
  "src/rules/prefer-identity.ts"() {
    "use strict";
    init_ast();
    init_types2();
    SERIAL2 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
    prefer_identity_default = createRule({
      id: "prefer-identity",
      description: "serial columns own a separate sequence with its own permissions and ownership quirks; identity columns (PostgreSQL 10+) are the standard replacement.",
      severity: "warning",
      direction: "up",
      minPgVersion: 10,
      messages: {
        serial: "Column {{column}} uses {{type}}: its sequence is a separate object that grants, dumps and table copies (CREATE TABLE ... LIKE) handle inconsistently, and explicit ids can silently collide with it."
      },
      help: "Write bigint GENERATED BY DEFAULT AS IDENTITY (or GENERATED ALWAYS AS IDENTITY) instead of serial / bigserial.",
      check(ctx) {
        for (const col of columnDefinitions(ctx.stmt.node)) {
          const type = typeNameOf(col.def.typeName);
          if (!type || !SERIAL2.has(type.name)) continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, col.def.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "serial", data: { column: String(col.def.colname ?? ""), type: type.name }, ...range });
        }
      }
    });
  }
});

// src/rules/prefer-text-field.ts
var prefer_text_field_default;
var init_prefer_text_field = __esm({
  "src/rules/prefer-text-field.ts"() {
    "use strict";
    init_ast();
    init_types2();
    prefer_text_field_default = createRule({
      id: "prefer-text-field",
      description: "A varchar(n) column puts a length limit in the type: changing the limit later is an ALTER COLUMN ... TYPE that takes an ACCESS EXCLUSIVE lock (and rewrites the table when it shrinks).",
      severity: "warning",
      direction: "up",
      messages: {
        varchar: "Column {{column}} is {{type}} with a length limit: raising or lowering it later takes an ACCESS EXCLUSIVE lock on the table, and lowering it rewrites the table."
      },
      help: "Use text (or varchar without a length) and enforce the limit with a CHECK (char_length(col) <= n) constraint, which can be replaced with NOT VALID + VALIDATE without blocking.",
      check(ctx) {
        for (const col of columnDefinitions(ctx.stmt.node)) {
          const type = typeNameOf(col.def.typeName);
          if (!type || !type.builtin || type.name !== "varchar" || type.typmods === 0) continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, col.def.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "varchar", data: { column: String(col.def.colname ?? ""), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
        }
      }
    });
  }
});

// src/rules/prefer-timestamptz.ts
var prefer_timestamptz_default;
var init_prefer_timestamptz = __esm({
  "src/rules/prefer-timestamptz.ts"() {
    "use strict";
    init_ast();
    init_types2();
    prefer_timestamptz_default = createRule({
      id: "prefer-timestamptz",
      description: "timestamp (without time zone) stores wall-clock values whose meaning depends on the session time zone; converting the column to timestamptz later rewrites the table.",
      severity: "warning",
      direction: "up",
      messages: {
        timestamp: "Column {{column}} is timestamp without time zone: values are interpreted in whatever TimeZone each session has, and converting it to timestamptz later rewrites the table under an ACCESS EXCLUSIVE lock."
      },
      help: "Use timestamptz (timestamp with time zone): it stores an absolute instant and displays it in the session time zone.",
      check(ctx) {
        for (const t of columnTypes(ctx.stmt.node)) {
          const type = typeNameOf(t.typeName);
          if (!type || !type.builtin || type.name !== "timestamp") continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, t.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "timestamp", data: { column: t.column }, ...range });
        }
      }
    });
  }
});

// src/rules/ban-char-field.ts
var ban_char_field_default;
var init_ban_char_field = __esm({
  "src/rules/ban-char-field.ts"() {
    "use strict";
    init_ast();
    init_types2();
    ban_char_field_default = createRule({
      id: "ban-char-field",
      description: "char(n) pads every value with spaces to n characters, compares with surprising trailing-space rules and is no faster than text; fixing it later rewrites the table.",
      severity: "warning",
      direction: "up",
      messages: {
        char: "Column {{column}} is char(n): values are blank-padded and compared ignoring trailing spaces, and changing the type later rewrites the table under an ACCESS EXCLUSIVE lock."
      },
      help: "Use text (with a CHECK constraint on the length when one is needed) or varchar.",
      check(ctx) {
        for (const t of columnTypes(ctx.stmt.node)) {
          const names = stringList(t.typeName.names).map((s) => s.toLowerCase());
          if (names.length !== 2 || names[0] !== "pg_catalog" || names[1] !== "bpchar") continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const range = typeNameRange(tokens, t.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "char", data: { column: t.column }, ...range });
        }
      }
    });
  }
});

// src/rules/adding-unique-constraint.ts
var adding_unique_constraint_default;
var init_adding_unique_constraint = __esm({
  "src/rules/adding-unique-constraint.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    adding_unique_constraint_default = createRule({
      id: "adding-unique-constraint",
      description: "Adding a UNIQUE or EXCLUDE constraint to an existing table builds its index while holding an ACCESS EXCLUSIVE lock, unless the constraint reuses an index built concurrently (USING INDEX).",
      severity: "warning",
      direction: "up",
      messages: {
        unique: "Adding a UNIQUE constraint to the existing table {{table}} builds a unique index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build.",
        exclusion: "Adding an EXCLUDE constraint to the existing table {{table}} builds its index while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build."
      },
      help: "CREATE UNIQUE INDEX CONCURRENTLY first (in its own migration), then ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX index_name. EXCLUDE constraints have no USING INDEX form: schedule them for a maintenance window.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
        const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
        const constraints = [];
        for (const cmd of alter.cmds) {
          if (cmd.subtype === "AT_AddConstraint") {
            const c = as(cmd.def, "Constraint");
            if (c) constraints.push(c);
          } else if (cmd.subtype === "AT_AddColumn") {
            const def = as(cmd.def, "ColumnDef");
            if (def) constraints.push(...columnConstraints(def));
          }
        }
        for (const c of constraints) {
          const unique2 = c.contype === "CONSTR_UNIQUE" && !c.indexname;
          const exclusion = c.contype === "CONSTR_EXCLUSION";
          if (!unique2 && !exclusion) continue;
          const loc = typeof c.location === "number" ? c.location : 0;
          const keyword = findToken(codeTokens(ctx.facts.sql, ctx.stmt), unique2 ? "UNIQUE" : "EXCLUDE", loc);
          const range = keyword ? { start: loc || keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: unique2 ? "unique" : "exclusion", data: { table }, ...range });
        }
      }
    });
  }
});

// src/rules/adding-primary-key-constraint.ts
var adding_primary_key_constraint_default;
var init_adding_primary_key_constraint = __esm({
  "src/rules/adding-primary-key-constraint.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    adding_primary_key_constraint_default = createRule({
      id: "adding-primary-key-constraint",
      description: "ALTER TABLE ... ADD PRIMARY KEY on an existing table builds the index (and checks NOT NULL on its columns) while holding an ACCESS EXCLUSIVE lock, unless it reuses an index built concurrently (USING INDEX).",
      severity: "warning",
      direction: "up",
      messages: {
        primaryKey: "Adding a PRIMARY KEY to the existing table {{table}} builds a unique index and scans for NULLs while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build."
      },
      help: "CREATE UNIQUE INDEX CONCURRENTLY on the key columns first (in its own migration), make them NOT NULL, then ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY USING INDEX index_name.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
        const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        for (const cmd of alter.cmds) {
          if (cmd.subtype !== "AT_AddConstraint") continue;
          const c = as(cmd.def, "Constraint");
          if (c?.contype !== "CONSTR_PRIMARY" || c.indexname) continue;
          const loc = typeof c.location === "number" ? c.location : 0;
          const key2 = keywordRange(tokens, ["PRIMARY", "KEY"], loc);
          const range = key2 ? { start: loc || key2.start, end: key2.end } : statementRange(ctx.facts.sql, ctx.stmt);
          ctx.report({ messageId: "primaryKey", data: { table }, ...range });
        }
      }
    });
  }
});

// src/rules/renaming-column.ts
var renaming_column_default;
var init_renaming_column = __esm({
  "src/rules/renaming-column.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    renaming_column_default = createRule({
      id: "renaming-column",
      description: "Renaming a column of an existing table breaks every running instance of the application that still uses the old name.",
      severity: "warning",
      direction: "up",
      messages: {
        rename: "Renaming column {{column}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{column}} fails until all instances run the new code."
      },
      help: "Expand and contract: add the new column, write to both, backfill, move readers, and drop the old column in a later release (or keep the old name visible through a view).",
      check(ctx) {
        const r = ctx.stmt.node.RenameStmt;
        if (!r || r.renameType !== "OBJECT_COLUMN" || r.relationType !== "OBJECT_TABLE") return;
        const table = rangeVarName(r.relation);
        if (!table || isCreatedIn(ctx.createdTables, table)) return;
        ctx.report({
          messageId: "rename",
          data: { column: String(r.subname ?? ""), newName: String(r.newname ?? "") },
          ...fromKeywordToEnd(ctx.facts.sql, ctx.stmt, "RENAME")
        });
      }
    });
  }
});

// src/rules/renaming-table.ts
var renaming_table_default;
var init_renaming_table = __esm({
  "src/rules/renaming-table.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    renaming_table_default = createRule({
      id: "renaming-table",
      description: "Renaming an existing table breaks every running instance of the application that still uses the old name.",
      severity: "warning",
      direction: "up",
      messages: {
        rename: "Renaming table {{table}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{table}} fails until all instances run the new code."
      },
      help: "Create the new table (or rename and leave a view with the old name, CREATE VIEW old AS SELECT * FROM new, until every reader moved), then drop the old name in a later release.",
      check(ctx) {
        const r = ctx.stmt.node.RenameStmt;
        if (!r || r.renameType !== "OBJECT_TABLE") return;
        const table = rangeVarName(r.relation);
        if (!table || isCreatedIn(ctx.createdTables, table)) return;
        ctx.report({
          messageId: "rename",
          data: { table: table.schema ? `${table.schema}.${table.name}` : table.name, newName: String(r.newname ?? "") },
          ...fromKeywordToEnd(ctx.facts.sql, ctx.stmt, "RENAME")
        });
      }
    });
  }
});

// src/rules/require-lock-timeout.ts
function heavyLock(stmt) {
  const n = stmt.node;
  const b = n[stmt.kind];
  if (!b) return void 0;
  const rv = (v) => rangeVarName(as(v, "RangeVar") ?? v);
  switch (stmt.kind) {
    case "AlterTableStmt": {
      if (b.objtype !== "OBJECT_TABLE") return void 0;
      const cmds = (Array.isArray(b.cmds) ? b.cmds : []).map((c) => as(c, "AlterTableCmd"));
      const heavy = cmds.some((c) => c && !LIGHT_ALTER.has(c.subtype ?? "") && !(c.subtype === "AT_DetachPartition" && as(c.def, "PartitionCmd")?.concurrent));
      return heavy ? { table: rv(b.relation) } : void 0;
    }
    case "IndexStmt":
      return b.concurrent === true ? void 0 : { table: rv(b.relation) };
    case "CreateTrigStmt":
    case "ClusterStmt":
      return { table: rv(b.relation) };
    case "RenameStmt":
      return b.relation && RENAMES_TABLE.has(String(b.renameType)) ? { table: rv(b.relation) } : void 0;
    case "LockStmt":
    case "TruncateStmt": {
      if (stmt.kind === "LockStmt" && typeof b.mode === "number" && b.mode < 5) return void 0;
      const first = Array.isArray(b.relations) ? b.relations[0] : void 0;
      return { table: rv(first) };
    }
    case "DropStmt":
      if (b.removeType === "OBJECT_TABLE") {
        const parts = stringList(as(b.objects?.[0], "List")?.items);
        return parts.length ? { table: { name: parts[parts.length - 1], schema: parts.length > 1 ? parts[parts.length - 2] : void 0 } } : void 0;
      }
      return b.removeType === "OBJECT_INDEX" && b.concurrent !== true ? {} : void 0;
    case "VacuumStmt": {
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => as(o, "DefElem")?.defname === "full");
      const first = Array.isArray(b.rels) ? as(b.rels[0], "VacuumRelation")?.relation : void 0;
      return full ? { table: rv(first) } : void 0;
    }
    case "ReindexStmt": {
      const concurrent = (Array.isArray(b.params) ? b.params : []).some((p) => as(p, "DefElem")?.defname === "concurrently");
      return concurrent ? void 0 : { table: b.relation ? rv(b.relation) : void 0 };
    }
    case "RefreshMatViewStmt":
      return b.concurrent === true ? void 0 : { table: rv(b.relation) };
    default:
      return void 0;
  }
}
function locksExisting(stmt, created) {
  const lock = heavyLock(stmt);
  if (!lock) return false;
  return !lock.table || !isCreatedIn(created, lock.table);
}
var LIGHT_ALTER, RENAMES_TABLE, require_lock_timeout_default;
var init_require_lock_timeout = __esm({
  "src/rules/require-lock-timeout.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    LIGHT_ALTER = /* @__PURE__ */ new Set(["AT_ValidateConstraint", "AT_SetStatistics", "AT_SetOptions", "AT_ResetOptions", "AT_ClusterOn", "AT_DropCluster", "AT_SetRelOptions", "AT_ResetRelOptions"]);
    RENAMES_TABLE = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT", "OBJECT_TRIGGER"]);
    require_lock_timeout_default = createRule({
      id: "require-lock-timeout",
      description: "A migration that takes a heavy lock on an existing table without first setting lock_timeout can queue behind a long query and block every other query on the table while it waits.",
      severity: "warning",
      direction: "up",
      messages: {
        missing: "This statement needs a lock that blocks reads or writes on an existing table, and no lock_timeout is set before it: if a long transaction holds the table, this migration waits forever and every query that arrives after it queues behind it, taking the service down.",
        localOutsideTransaction: 'This statement needs a lock that blocks reads or writes on an existing table, and the SET LOCAL lock_timeout above does not cover it: this migration runs outside a transaction (statement by statement), so SET LOCAL ends with its own statement (PostgreSQL only warns "SET LOCAL can only be used in transaction blocks"). If a long transaction holds the table, this statement waits forever and every query after it queues behind it. Use SET lock_timeout (no LOCAL) in such a migration.'
      },
      help: "Start the migration with SET lock_timeout = '5s'; (and retry the deploy if it times out) so a blocked migration fails fast instead of stalling the table.",
      check(ctx) {
        if (ctx.origin.kind !== "top") return;
        const { sql, inTransaction } = ctx.facts;
        if (firstUnprotectedStatement(sql, "require-lock-timeout", "lock_timeout", locksExisting, createdTableKeys, inTransaction) !== ctx.stmt) return;
        const local = !inTransaction && statementsBefore(sql, ctx.stmt).some((s) => setsTimeout(s, "lock_timeout") === "local");
        ctx.report({ messageId: local ? "localOutsideTransaction" : "missing", ...unprotectedRange(sql, ctx.stmt) });
      }
    });
  }
});

// src/rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default;
var init_require_concurrent_index_deletion = __esm({
  "src/rules/require-concurrent-index-deletion.ts"() {
    "use strict";
    init_ast();
    init_types2();
    require_concurrent_index_deletion_default = createRule({
      id: "require-concurrent-index-deletion",
      description: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: while it waits for running queries, every new query on the table queues behind it.",
      severity: "warning",
      direction: "up",
      messages: {
        notConcurrent: "DROP INDEX without CONCURRENTLY locks the whole table in ACCESS EXCLUSIVE mode: once it queues behind a long query, every read and write on the table waits too."
      },
      help: "Write DROP INDEX CONCURRENTLY IF EXISTS ... (svc-migrate then runs the migration outside a transaction; keep it to that one statement).",
      check(ctx) {
        const d = as(ctx.stmt.node, "DropStmt");
        if (!d || d.removeType !== "OBJECT_INDEX" || d.concurrent === true) return;
        const createdHere2 = /* @__PURE__ */ new Set();
        for (const s of statementsBefore(ctx.facts.sql, ctx.stmt)) {
          const idx = as(s.node, "IndexStmt");
          if (typeof idx?.idxname === "string") createdHere2.add(idx.idxname.toLowerCase());
        }
        const names = (Array.isArray(d.objects) ? d.objects : []).map((o) => stringList(as(o, "List")?.items));
        const lockedTables = ctx.facts.sql.statements.flatMap((s) => {
          const drop = as(s.node, "DropStmt");
          if (drop?.removeType === "OBJECT_TABLE") return (Array.isArray(drop.objects) ? drop.objects : []).map((o) => stringList(as(o, "List")?.items).pop() ?? "");
          const alter = alterTableCommands(s.node);
          return alter?.table ? [alter.table.name] : [];
        }).filter((t) => t !== "").map((t) => t.toLowerCase());
        const covered = (name2) => createdHere2.has(name2) || lockedTables.some((t) => name2.startsWith(`${t}_`));
        if (names.length > 0 && names.every((n) => n.length > 0 && covered(n[n.length - 1].toLowerCase()))) return;
        const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["DROP", "INDEX"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({ messageId: "notConcurrent", ...range });
      }
    });
  }
});

// src/rules/reindex-not-concurrent.ts
var reindex_not_concurrent_default;
var init_reindex_not_concurrent = __esm({
  "src/rules/reindex-not-concurrent.ts"() {
    "use strict";
    init_ast();
    init_types2();
    reindex_not_concurrent_default = createRule({
      id: "reindex-not-concurrent",
      description: "REINDEX without CONCURRENTLY blocks writes to the table (and reads that use the index) for the whole rebuild; PostgreSQL 12+ can rebuild concurrently.",
      severity: "warning",
      direction: "up",
      minPgVersion: 12,
      messages: {
        notConcurrent: "REINDEX without CONCURRENTLY locks out writes to the table, and queries that would use the index, until the rebuild finishes."
      },
      help: "Write REINDEX ... CONCURRENTLY (PostgreSQL 12+); svc-migrate then runs the migration outside a transaction.",
      check(ctx) {
        const r = as(ctx.stmt.node, "ReindexStmt");
        if (!r || r.kind === "REINDEX_OBJECT_SYSTEM") return;
        const params = Array.isArray(r.params) ? r.params : [];
        if (params.some((p) => as(p, "DefElem")?.defname === "concurrently")) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const range = keywordRange(tokens, ["REINDEX"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
        const next = tokens.find((t) => t.start > range.start);
        const end = next && /^(TABLE|INDEX|SCHEMA|DATABASE)$/i.test(next.text) ? next.end : range.end;
        ctx.report({ messageId: "notConcurrent", start: range.start, end });
      }
    });
  }
});

// src/rules/detach-partition-not-concurrent.ts
var detach_partition_not_concurrent_default;
var init_detach_partition_not_concurrent = __esm({
  "src/rules/detach-partition-not-concurrent.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    detach_partition_not_concurrent_default = createRule({
      id: "detach-partition-not-concurrent",
      description: "ALTER TABLE ... DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table; PostgreSQL 14+ can detach with a weaker lock.",
      severity: "warning",
      direction: "up",
      minPgVersion: 14,
      messages: {
        notConcurrent: "DETACH PARTITION without CONCURRENTLY locks the whole partitioned table {{table}} in ACCESS EXCLUSIVE mode: every query on any partition waits."
      },
      help: "Write ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, outside a transaction: keep it alone in its migration).",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
        for (const cmd of alter.cmds) {
          if (cmd.subtype !== "AT_DetachPartition") continue;
          const def = cmd.def?.PartitionCmd;
          if (def?.concurrent === true) continue;
          const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["DETACH", "PARTITION"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
          const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
          ctx.report({ messageId: "notConcurrent", data: { table }, ...range });
        }
      }
    });
  }
});

// src/rules/concurrent-in-transaction.ts
function describe(stmt, words) {
  switch (stmt.kind) {
    case "IndexStmt":
      return "CREATE INDEX CONCURRENTLY";
    case "DropStmt":
      return "DROP INDEX CONCURRENTLY";
    case "ReindexStmt":
      return "REINDEX CONCURRENTLY";
    case "AlterTableStmt":
      return "DETACH PARTITION CONCURRENTLY";
    default:
      return words.slice(0, 2).join(" ") || stmt.kind;
  }
}
var concurrent_in_transaction_default;
var init_concurrent_in_transaction = __esm({
  "src/rules/concurrent-in-transaction.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    concurrent_in_transaction_default = createRule({
      id: "concurrent-in-transaction",
      description: "A statement that PostgreSQL refuses inside a transaction block (CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM, ...) placed inside an explicit BEGIN ... COMMIT or a DO block fails when the migration runs.",
      severity: "error",
      direction: "both",
      messages: {
        inBlock: "{{what}} cannot run inside a transaction block, and this one sits between BEGIN and COMMIT: PostgreSQL rejects it and the migration fails half applied.",
        inDoBlock: "{{what}} cannot run inside a DO block or function, which always runs in a transaction: the migration fails.",
        inFunction: "{{what}} cannot run inside a function, which always runs in a transaction: every call of the function fails."
      },
      help: "Put the statement at the top level of the migration, outside BEGIN ... COMMIT (svc-migrate runs such a file statement by statement); better, give it a migration of its own.",
      check(ctx) {
        const stmt = ctx.stmt;
        if (stmt.kind === "TransactionStmt" || stmt.kind === "AlterEnumStmt") return;
        if (isTransactional(stmt, ctx.facts.pgVersion)) return;
        let messageId;
        if (ctx.origin.kind === "plpgsql") messageId = ctx.origin.container === "function" ? "inFunction" : "inDoBlock";
        else if (openTransactionBefore(ctx.facts.sql, stmt)) messageId = "inBlock";
        else return;
        const tokens = codeTokens(ctx.facts.sql, stmt);
        const keyword = findToken(tokens, "CONCURRENTLY");
        const range = keyword ? { start: keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, stmt);
        ctx.report({ messageId, data: { what: describe(stmt, tokens.map((t) => t.text.toUpperCase())) }, ...range });
      }
    });
  }
});

// src/rules/transaction-nesting.ts
var transaction_nesting_default;
var init_transaction_nesting = __esm({
  "src/rules/transaction-nesting.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    transaction_nesting_default = createRule({
      id: "transaction-nesting",
      description: "Explicit BEGIN / COMMIT in a migration: svc-migrate manages the transaction itself, so an explicit one takes the migration out of the transaction that protects its tracking row, and a nested or stray one does not do what it says.",
      severity: "warning",
      direction: "both",
      messages: {
        explicit: "svc-migrate runs each migration and its tracking row in one transaction; this explicit BEGIN makes it run the file statement by statement instead, so a failure after COMMIT leaves the migration applied but marked dirty.",
        nested: "BEGIN inside an open transaction does not nest: PostgreSQL only warns, and the first COMMIT ends both, so statements after it run outside any transaction.",
        stray: "This {{keyword}} has no BEGIN before it in the file: there is no transaction to end, and PostgreSQL only warns."
      },
      help: "Remove BEGIN and COMMIT: svc-migrate already runs a migration in one transaction (or, when it holds CONCURRENTLY, statement by statement).",
      check(ctx) {
        if (ctx.origin.kind !== "top") return;
        const kind = transactionKind(ctx.stmt);
        if (kind !== "begin" && kind !== "end") return;
        const open = openTransactionBefore(ctx.facts.sql, ctx.stmt);
        const range = statementRange(ctx.facts.sql, ctx.stmt);
        const keyword = codeTokens(ctx.facts.sql, ctx.stmt)[0];
        const narrow = keyword ? { start: keyword.start, end: keyword.end } : range;
        if (kind === "begin") {
          const needsNoTransaction = ctx.facts.sql.statements.some((s) => s.kind !== "TransactionStmt" && !isTransactional(s, ctx.facts.pgVersion));
          if (open) ctx.report({ messageId: "nested", ...narrow });
          else if (!needsNoTransaction) ctx.report({ messageId: "explicit", ...narrow });
        } else if (!open) {
          ctx.report({ messageId: "stray", data: { keyword: keyword?.text.toUpperCase() ?? "COMMIT" }, ...narrow });
        }
      }
    });
  }
});

// src/rules/ban-uncommitted-transaction.ts
var ban_uncommitted_transaction_default;
var init_ban_uncommitted_transaction = __esm({
  "src/rules/ban-uncommitted-transaction.ts"() {
    "use strict";
    init_ast();
    init_types2();
    ban_uncommitted_transaction_default = createRule({
      id: "ban-uncommitted-transaction",
      description: "A BEGIN with no COMMIT (or ROLLBACK) after it leaves the migration's transaction open at the end of the file.",
      severity: "warning",
      direction: "both",
      messages: {
        uncommitted: "This transaction is never committed in the file: its changes and locks stay pending until the connection closes, and then they are rolled back although the migration is recorded as applied."
      },
      help: "End the transaction with COMMIT; or, better, remove BEGIN entirely and let svc-migrate manage the transaction.",
      check(ctx) {
        if (ctx.origin.kind !== "top" || transactionKind(ctx.stmt) !== "begin") return;
        for (const s of statementsAfter(ctx.facts.sql, ctx.stmt)) {
          const kind = transactionKind(s);
          if (kind === "end" || kind === "begin") return;
        }
        const first = codeTokens(ctx.facts.sql, ctx.stmt)[0];
        ctx.report({ messageId: "uncommitted", ...first ? { start: first.start, end: first.end } : statementRange(ctx.facts.sql, ctx.stmt) });
      }
    });
  }
});

// src/rules/adding-enum-value-in-transaction.ts
function enumLiteralUses(node, added) {
  const typed = /* @__PURE__ */ new Map();
  const typeOf = (typeName, value) => {
    const names = stringList(typeName?.names).map((n) => n.toLowerCase());
    const isArray = Array.isArray(typeName?.arrayBounds);
    const enumType = isArray ? void 0 : added.find((a) => a.value === value && sameType(a.type, names));
    return enumType ? enumType.type.join(".") : null;
  };
  const literal2 = (expr) => {
    const c = as(expr, "A_Const");
    return c?.sval?.sval !== void 0 ? c : void 0;
  };
  for (const cast of nodesOf(node, "TypeCast")) {
    const c = literal2(cast.arg);
    if (c) typed.set(c, typeOf(cast.typeName, c.sval.sval));
  }
  for (const col of nodesOf(node, "ColumnDef")) {
    for (const k of Array.isArray(col.constraints) ? col.constraints : []) {
      const con = as(k, "Constraint");
      const c = con?.contype === "CONSTR_DEFAULT" ? literal2(con.raw_expr) : void 0;
      if (c) typed.set(c, typeOf(col.typeName, c.sval.sval));
    }
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of nodesOf(node, "A_Const")) {
    const value = c.sval?.sval;
    const location = c.location;
    if (value === void 0 || typeof location !== "number") continue;
    const types2 = added.filter((a) => a.value === value);
    if (types2.length === 0) continue;
    const type = typed.get(c);
    if (type === null) continue;
    const key2 = `${value}\0${type ?? ""}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push({ value, location, type, candidates: [...new Set(types2.map((a) => a.type.join(".")))].join(", ") });
  }
  return out;
}
function sameType(a, b) {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[a.length - 2] === b[b.length - 2];
}
function valuesAddedBefore(sql, stmt) {
  let added = addedCache.get(sql);
  if (!added) {
    added = [];
    for (const s of sql.statements) {
      const e = as(s.node, "AlterEnumStmt");
      if (e?.newVal !== void 0 && e.oldVal === void 0) {
        added.push({ start: s.start, value: e.newVal, type: stringList(e.typeName).map((n) => n.toLowerCase()) });
      }
    }
    addedCache.set(sql, added);
  }
  return added.filter((a) => a.start < stmt.start);
}
var adding_enum_value_in_transaction_default, addedCache;
var init_adding_enum_value_in_transaction = __esm({
  "src/rules/adding-enum-value-in-transaction.ts"() {
    "use strict";
    init_ast();
    init_types2();
    adding_enum_value_in_transaction_default = createRule({
      id: "adding-enum-value-in-transaction",
      description: "ALTER TYPE ... ADD VALUE cannot run in a transaction block before PostgreSQL 12, and from 12 on the new value cannot be used until the transaction that added it commits.",
      severity: "warning",
      direction: "up",
      messages: {
        beforePg12: "Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block (BEGIN ... COMMIT or a DO block): the migration fails.",
        usedInTransaction: "The enum value '{{value}}' is added to {{type}} earlier in this migration, which runs in one transaction: PostgreSQL refuses to use a new enum value before the transaction that added it commits (unsafe use of new value), so the migration fails.",
        maybeUsedInTransaction: "'{{value}}' equals an enum value added to {{type}} earlier in this migration, which runs in one transaction. If this literal meets a column or value of that enum type, PostgreSQL refuses it before the transaction that added the value commits (unsafe use of new value) and the migration fails; if it is plain text (a text column), nothing is wrong. svc-migrate cannot see the column's type: write '{{value}}'::{{type}} to make it certain, or ::text to say it is text."
      },
      help: "Add the enum value in a migration of its own and use it in a later migration.",
      check(ctx) {
        const sql = ctx.facts.sql;
        const added = as(ctx.stmt.node, "AlterEnumStmt");
        if (added?.newVal !== void 0 && added.oldVal === void 0) {
          if (ctx.facts.pgVersion < 12 && (ctx.origin.kind === "plpgsql" || openTransactionBefore(sql, ctx.stmt))) {
            const range = keywordRange(codeTokens(sql, ctx.stmt), ["ADD", "VALUE"]) ?? statementRange(sql, ctx.stmt);
            ctx.report({ messageId: "beforePg12", ...range });
          }
          return;
        }
        if (ctx.facts.pgVersion < 12 || !ctx.facts.inTransaction) return;
        const values = valuesAddedBefore(sql, ctx.stmt);
        if (values.length === 0) return;
        for (const use of enumLiteralUses(ctx.stmt.node, values)) {
          const token = codeTokens(sql, ctx.stmt).find((t) => t.start === use.location);
          const range = { start: use.location, end: token?.end ?? use.location + 1 };
          if (use.type) ctx.report({ messageId: "usedInTransaction", data: { value: use.value, type: use.type }, ...range });
          else ctx.report({ messageId: "maybeUsedInTransaction", data: { value: use.value, type: use.candidates }, ...range, severity: "info" });
        }
      }
    });
    addedCache = /* @__PURE__ */ new WeakMap();
  }
});

// src/rules/identifier-too-long.ts
function mayHoldLongIdentifier(text) {
  let run13 = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) !== 34 || text.charCodeAt(j + 1) === 34)) j += text.charCodeAt(j) === 34 ? 2 : 1;
      if (j - i - 1 >= 16 && Buffer.byteLength(text.slice(i + 1, j), "utf8") > MAX_BYTES) return true;
      i = j;
      run13 = 0;
      continue;
    }
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36 || c >= 128) {
      run13++;
      continue;
    }
    if (run13 >= 16 && Buffer.byteLength(text.slice(i - run13, i).toLowerCase(), "utf8") > MAX_BYTES) return true;
    run13 = 0;
  }
  return false;
}
function truncate(name2) {
  let out = "";
  for (const ch of name2) {
    if (Buffer.byteLength(out + ch, "utf8") > MAX_BYTES) break;
    out += ch;
  }
  return out;
}
var MAX_BYTES, identifier_too_long_default;
var init_identifier_too_long = __esm({
  "src/rules/identifier-too-long.ts"() {
    "use strict";
    init_ast();
    init_types2();
    MAX_BYTES = 63;
    identifier_too_long_default = createRule({
      id: "identifier-too-long",
      description: "An identifier longer than 63 bytes is silently truncated by PostgreSQL, so the object gets a different name than the migration says and two long names can collide.",
      severity: "warning",
      direction: "both",
      messages: {
        tooLong: 'This identifier is {{bytes}} bytes long; PostgreSQL keeps only the first 63 and names the object "{{truncated}}": later migrations, tools and schema diffs that use the full name do not find it, and two names sharing the first 63 bytes collide.'
      },
      help: "Shorten the name to 63 bytes or less (count bytes, not characters: \xE9 takes two).",
      check(ctx) {
        if (!mayHoldLongIdentifier(ctx.facts.sql.lines.slice(ctx.stmt.start, ctx.stmt.end))) return;
        for (const t of codeTokens(ctx.facts.sql, ctx.stmt)) {
          if (t.name !== "IDENT") continue;
          const quoted = t.text.startsWith('"');
          const name2 = quoted ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
          const bytes = Buffer.byteLength(name2, "utf8");
          if (bytes <= MAX_BYTES) continue;
          ctx.report({ messageId: "tooLong", data: { bytes, truncated: truncate(name2) }, start: t.start, end: t.end });
        }
      }
    });
  }
});

// src/rules/ban-alter-domain-with-add-constraint.ts
var ban_alter_domain_with_add_constraint_default;
var init_ban_alter_domain_with_add_constraint = __esm({
  "src/rules/ban-alter-domain-with-add-constraint.ts"() {
    "use strict";
    init_ast();
    init_types2();
    ban_alter_domain_with_add_constraint_default = createRule({
      id: "ban-alter-domain-with-add-constraint",
      description: "ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain while holding locks on them, unless the constraint is added NOT VALID.",
      severity: "warning",
      direction: "up",
      messages: {
        addConstraint: "Adding a constraint to a domain scans every table column of that domain to check existing values, locking those tables against writes for the whole scan."
      },
      help: "Add the constraint with NOT VALID (new values are checked at once), then run ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration; or constrain the columns with table CHECK constraints (NOT VALID + VALIDATE).",
      check(ctx) {
        const d = as(ctx.stmt.node, "AlterDomainStmt");
        if (d?.subtype !== "C") return;
        const c = as(d.def, "Constraint");
        if (!c || c.skip_validation === true) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const add = findToken(tokens, "ADD");
        const kind = add ? findToken(tokens, ["CHECK", "NOT"], add.start) : void 0;
        const range = add ? { start: add.start, end: (kind ?? add).end } : statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({ messageId: "addConstraint", ...range });
      }
    });
  }
});

// src/rules/ban-create-domain-with-constraint.ts
var ban_create_domain_with_constraint_default;
var init_ban_create_domain_with_constraint = __esm({
  "src/rules/ban-create-domain-with-constraint.ts"() {
    "use strict";
    init_ast();
    init_types2();
    ban_create_domain_with_constraint_default = createRule({
      id: "ban-create-domain-with-constraint",
      description: "A domain with a CHECK constraint cannot be changed online later: altering the constraint re-checks every column of the domain in every table under lock.",
      severity: "info",
      direction: "up",
      messages: {
        check: "This domain carries a CHECK constraint: changing it later means ALTER DOMAIN, which re-checks every column that uses the domain in every table while locking them, with no concurrent alternative."
      },
      help: "Declare the domain without CHECK and put CHECK constraints on the table columns, where NOT VALID + VALIDATE CONSTRAINT can change them without blocking.",
      check(ctx) {
        const d = as(ctx.stmt.node, "CreateDomainStmt");
        if (!d) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        for (const raw of d.constraints ?? []) {
          const c = as(raw, "Constraint");
          if (c?.contype !== "CONSTR_CHECK") continue;
          const loc = c.location ?? 0;
          const check = findToken(tokens, "CHECK", loc);
          ctx.report({ messageId: "check", ...check ? { start: loc || check.start, end: check.end } : statementRange(ctx.facts.sql, ctx.stmt) });
        }
      }
    });
  }
});

// src/rules/prefer-robust-stmts.ts
function fragileRange(stmt, tokens) {
  const create = as(stmt.node, "CreateStmt");
  if (create && create.if_not_exists !== true) return span(tokens, "CREATE", "TABLE");
  const index = as(stmt.node, "IndexStmt");
  if (index && index.if_not_exists !== true && typeof index.idxname === "string") return span(tokens, "CREATE", "INDEX");
  const drop = as(stmt.node, "DropStmt");
  if (drop && drop.missing_ok !== true && ["OBJECT_TABLE", "OBJECT_INDEX", "OBJECT_VIEW", "OBJECT_SEQUENCE", "OBJECT_TYPE", "OBJECT_SCHEMA"].includes(String(drop.removeType))) {
    const next = tokens[1];
    return tokens[0] ? { start: tokens[0].start, end: (next ?? tokens[0]).end } : void 0;
  }
  for (const cmd of alterTableCommands(stmt.node)?.cmds ?? []) {
    if (cmd.missing_ok === true) continue;
    if (cmd.subtype === "AT_AddColumn") return keywordRange(tokens, ["ADD", "COLUMN"]);
    if (cmd.subtype === "AT_DropColumn") return keywordRange(tokens, ["DROP", "COLUMN"]);
  }
  return void 0;
}
function span(tokens, first, last) {
  const a = findToken(tokens, first);
  const b = a ? findToken(tokens, last, a.start) : void 0;
  return a ? { start: a.start, end: (b ?? a).end } : void 0;
}
function droppedBefore(statements, stmt, name2) {
  return statements.some((s) => {
    if (s.start >= stmt.start) return false;
    const d = as(s.node, "DropStmt");
    if (d?.removeType !== "OBJECT_INDEX" || d.missing_ok !== true) return false;
    return JSON.stringify(d.objects ?? []).toLowerCase().includes(`"sval":"${name2.toLowerCase()}"`);
  });
}
function transactionUnits(statements) {
  const units = /* @__PURE__ */ new Map();
  let unit = 0;
  let open = false;
  for (const s of statements) {
    const kind = transactionKind(s);
    if (kind === "begin") {
      unit++;
      open = true;
    } else if (kind === "end") {
      open = false;
    } else if (kind === void 0 && s.kind !== "VariableSetStmt") {
      if (!open) unit++;
      units.set(s, unit);
    }
  }
  return units;
}
var prefer_robust_stmts_default;
var init_prefer_robust_stmts = __esm({
  "src/rules/prefer-robust-stmts.ts"() {
    "use strict";
    init_ast();
    init_types2();
    prefer_robust_stmts_default = createRule({
      id: "prefer-robust-stmts",
      description: "In a migration that runs outside a transaction, a statement that fails when re-run (CREATE without IF NOT EXISTS, DROP without IF EXISTS) turns a partial failure into a migration that can never be re-applied as is.",
      severity: "info",
      direction: "both",
      messages: {
        notRobust: 'This migration runs outside a transaction (it holds a statement that cannot run in one), so when a later statement fails, this one stays applied; re-running the migration then fails here with "already exists" / "does not exist".',
        invalidIndex: 'A failed CREATE INDEX CONCURRENTLY leaves an INVALID index with this name behind: re-running the migration fails with "already exists", and IF NOT EXISTS would keep the broken index.'
      },
      help: "Make each statement re-runnable: CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS; before CREATE INDEX CONCURRENTLY, write DROP INDEX CONCURRENTLY IF EXISTS for the same name.",
      check(ctx) {
        if (ctx.facts.inTransaction || ctx.origin.kind !== "top") return;
        const sql = ctx.facts.sql;
        const units = transactionUnits(sql.statements);
        const last = (units.get(ctx.stmt) ?? 0) >= Math.max(0, ...units.values());
        const index = as(ctx.stmt.node, "IndexStmt");
        if (index?.concurrent === true && typeof index.idxname === "string" && !droppedBefore(sql.statements, ctx.stmt, index.idxname)) {
          const tokens = codeTokens(sql, ctx.stmt);
          const range2 = keywordRange(tokens, ["CREATE"]) ?? statementRange(sql, ctx.stmt);
          ctx.report({ messageId: "invalidIndex", start: range2.start, end: (findToken(tokens, "INDEX") ?? range2).end });
          return;
        }
        if (last) return;
        const range = fragileRange(ctx.stmt, codeTokens(sql, ctx.stmt));
        if (range) ctx.report({ messageId: "notRobust", ...range });
      }
    });
  }
});

// src/rules/vacuum-full.ts
function isFalse(arg) {
  const s = as(arg, "String");
  if (s) return /^(false|off|0|no)$/i.test(s.sval ?? "");
  const i = as(arg, "Integer");
  if (i) return !i.ival;
  const b = as(arg, "Boolean");
  return b !== void 0 && !b.boolval;
}
var vacuum_full_default;
var init_vacuum_full = __esm({
  "src/rules/vacuum-full.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    vacuum_full_default = createRule({
      id: "vacuum-full",
      description: "VACUUM FULL rewrites the table into a new file while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.",
      severity: "warning",
      direction: "up",
      messages: {
        full: "VACUUM FULL rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy."
      },
      help: "Leave space reclamation to autovacuum, or use pg_repack / pg_squeeze, which rebuild the table online; never run VACUUM FULL from a deploy.",
      check(ctx) {
        const v = as(ctx.stmt.node, "VacuumStmt");
        if (!v || v.is_vacuumcmd !== true) return;
        let full;
        for (const o of v.options ?? []) {
          const d = as(o, "DefElem");
          if (d?.defname !== "full" || isFalse(d.arg)) continue;
          full = { location: d.location ?? ctx.stmt.start };
        }
        if (!full) return;
        const tables = (v.rels ?? []).map((r) => rangeVarName(as(r, "VacuumRelation")?.relation));
        if (tables.length > 0 && tables.every((t) => t && isCreatedIn(ctx.createdTables, t))) return;
        const names = tables.filter((t) => t !== void 0).map((t) => t.schema ? `${t.schema}.${t.name}` : t.name);
        ctx.report({ messageId: "full", data: { table: names.length ? names.join(", ") : "every table of the database" }, start: full.location, end: full.location + 4 });
      }
    });
  }
});

// src/rules/cluster.ts
var cluster_default;
var init_cluster = __esm({
  "src/rules/cluster.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    cluster_default = createRule({
      id: "cluster",
      description: "CLUSTER rewrites the table in index order while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.",
      severity: "warning",
      direction: "up",
      messages: {
        cluster: "CLUSTER rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy."
      },
      help: "Use pg_repack (with --order-by) to reorder the table online, or schedule CLUSTER in a maintenance window outside the migration.",
      check(ctx) {
        const c = as(ctx.stmt.node, "ClusterStmt");
        if (!c) return;
        const table = rangeVarName(c.relation);
        if (table && isCreatedIn(ctx.createdTables, table)) return;
        const keyword = findToken(codeTokens(ctx.facts.sql, ctx.stmt), "CLUSTER");
        ctx.report({
          messageId: "cluster",
          data: { table: table ? table.schema ? `${table.schema}.${table.name}` : table.name : "every previously clustered table" },
          ...keyword ? { start: keyword.start, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt)
        });
      }
    });
  }
});

// src/rules/lock-table.ts
var MODES, lock_table_default;
var init_lock_table = __esm({
  "src/rules/lock-table.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    MODES = { 7: "EXCLUSIVE", 8: "ACCESS EXCLUSIVE" };
    lock_table_default = createRule({
      id: "lock-table",
      description: "An explicit LOCK TABLE in EXCLUSIVE or ACCESS EXCLUSIVE mode blocks other sessions on that table until the migration's transaction ends.",
      severity: "warning",
      direction: "up",
      messages: {
        lock: "LOCK TABLE in {{mode}} mode blocks {{blocked}} on {{table}} for the rest of the migration, not just for one statement, and queues every query behind it while it waits for the lock."
      },
      help: "Take no explicit lock: each statement takes the lock it needs for as short as possible. If you really need one, take the weakest mode that works (e.g. SHARE ROW EXCLUSIVE) and set lock_timeout first.",
      check(ctx) {
        const l = as(ctx.stmt.node, "LockStmt");
        if (!l || !MODES[l.mode ?? 8]) return;
        const tables = (l.relations ?? []).map((r) => rangeVarName(as(r, "RangeVar")));
        if (tables.length > 0 && tables.every((t) => t && isCreatedIn(ctx.createdTables, t))) return;
        const mode = MODES[l.mode ?? 8];
        const names = tables.filter((t) => t !== void 0).map((t) => t.schema ? `${t.schema}.${t.name}` : t.name);
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const whole = statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({
          messageId: "lock",
          data: { mode, table: names.join(", "), blocked: mode === "EXCLUSIVE" ? "every write" : "every read and write" },
          start: tokens[0]?.start ?? whole.start,
          end: whole.end
        });
      }
    });
  }
});

// src/rules/disable-trigger.ts
function enabledAfter(sql, stmt, table) {
  const out = /* @__PURE__ */ new Set();
  for (const s of statementsAfter(sql, stmt)) {
    const alter = alterTableCommands(s.node);
    if (!alter?.table || alter.table.name.toLowerCase() !== table) continue;
    for (const cmd of alter.cmds) {
      const subtype = String(cmd.subtype ?? "");
      if (subtype === "AT_EnableTrigAll" || subtype === "AT_EnableTrigUser") out.add("*");
      else if (subtype.startsWith("AT_EnableTrig") || subtype.startsWith("AT_EnableAlwaysTrig") || subtype.startsWith("AT_EnableReplicaTrig")) {
        out.add(String(cmd.name ?? "").toLowerCase());
      }
    }
  }
  return out;
}
var disable_trigger_default;
var init_disable_trigger = __esm({
  "src/rules/disable-trigger.ts"() {
    "use strict";
    init_ast();
    init_types2();
    disable_trigger_default = createRule({
      id: "disable-trigger",
      description: "ALTER TABLE ... DISABLE TRIGGER ALL switches off the internal triggers that enforce foreign keys, and a trigger disabled without being re-enabled in the same migration stays off for the application.",
      severity: "warning",
      direction: "up",
      messages: {
        all: "DISABLE TRIGGER ALL also disables the system triggers that enforce foreign keys on {{table}}: rows written meanwhile are never checked, so orphans slip in silently (and it needs superuser).",
        notReenabled: "Trigger {{trigger}} on {{table}} is disabled and not enabled again in this migration: the application runs without it after the deploy."
      },
      help: "Disable only the trigger you must (DISABLE TRIGGER name) and ENABLE it again in the same migration; for bulk loads prefer batching over switching off integrity checks.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || !alter.cmds.some((cmd) => String(cmd.subtype ?? "").startsWith("AT_DisableTrig"))) return;
        const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const enabledLater = enabledAfter(ctx.facts.sql, ctx.stmt, alter.table.name.toLowerCase());
        let from = 0;
        for (const cmd of alter.cmds) {
          const subtype = String(cmd.subtype ?? "");
          if (!subtype.startsWith("AT_DisableTrig")) continue;
          const disable = findToken(tokens, "DISABLE", from);
          const end = disable ? tokens[tokens.indexOf(disable) + 2] : void 0;
          const range = disable ? { start: disable.start, end: (end ?? disable).end } : statementRange(ctx.facts.sql, ctx.stmt);
          from = range.end;
          if (subtype === "AT_DisableTrigAll") {
            ctx.report({ messageId: "all", data: { table }, ...range });
            continue;
          }
          const trigger = subtype === "AT_DisableTrig" ? String(cmd.name ?? "").toLowerCase() : "USER";
          if (enabledLater.has(trigger) || enabledLater.has("*")) continue;
          ctx.report({ messageId: "notReenabled", data: { trigger: subtype === "AT_DisableTrig" ? String(cmd.name) : "USER (every user trigger)", table }, ...range });
        }
      }
    });
  }
});

// src/rules/rls-without-policy.ts
var rls_without_policy_default;
var init_rls_without_policy = __esm({
  "src/rules/rls-without-policy.ts"() {
    "use strict";
    init_ast();
    init_types2();
    rls_without_policy_default = createRule({
      id: "rls-without-policy",
      description: "ENABLE ROW LEVEL SECURITY on a table with no CREATE POLICY for it in the same migration hides every row from every role but the owner.",
      severity: "info",
      direction: "up",
      messages: {
        noPolicy: "Row level security is enabled on {{table}} and this migration creates no policy for it: with no policy, every query by a non-owner role sees no rows and writes nothing, which looks like data loss to the application."
      },
      help: "Create the policies (CREATE POLICY ... ON the table) in the same migration as ENABLE ROW LEVEL SECURITY, or check that earlier migrations already did.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table) return;
        if (!alter.cmds.some((c) => c.subtype === "AT_EnableRowSecurity" || c.subtype === "AT_ForceRowSecurity")) return;
        const name2 = alter.table.name.toLowerCase();
        const schema = alter.table.schema?.toLowerCase();
        const hasPolicy = ctx.facts.sql.statements.some((s) => {
          const p = rangeVarName(as(s.node, "CreatePolicyStmt")?.table);
          return p !== void 0 && p.name.toLowerCase() === name2 && (!schema || !p.schema || p.schema.toLowerCase() === schema);
        });
        if (hasPolicy) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const start = findToken(tokens, ["ENABLE", "FORCE"]);
        const end = start ? findToken(tokens, "SECURITY", start.start) : void 0;
        const table = schema ? `${schema}.${alter.table.name}` : alter.table.name;
        ctx.report({ messageId: "noPolicy", data: { table }, ...start && end ? { start: start.start, end: end.end } : statementRange(ctx.facts.sql, ctx.stmt) });
      }
    });
  }
});

// src/rules/unbatched-backfill.ts
function isUnselective(expr) {
  if (!expr || typeof expr !== "object") return false;
  const [kind, body] = Object.entries(expr)[0] ?? [];
  switch (kind) {
    case "NullTest":
    case "BooleanTest":
      return body.arg !== void 0 && isColumn(body.arg);
    case "ColumnRef":
      return true;
    case "A_Const":
      return true;
    case "BoolExpr":
      return Array.isArray(body.args) && body.args.every(isUnselective);
    default:
      return false;
  }
}
function isColumn(expr) {
  return !!expr && typeof expr === "object" && "ColumnRef" in expr;
}
var unbatched_backfill_default;
var init_unbatched_backfill = __esm({
  "src/rules/unbatched-backfill.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    unbatched_backfill_default = createRule({
      id: "unbatched-backfill",
      description: "An UPDATE or DELETE on an existing table whose WHERE only tests NULLs or booleans (the backfill pattern) changes an unbounded number of rows in one transaction.",
      severity: "info",
      direction: "up",
      messages: {
        backfill: "This {{verb}} on the existing table {{table}} only filters on NULL / boolean tests, so it likely touches most rows in one transaction: it locks every changed row until the migration commits, bloats the table, and can stall replication."
      },
      help: "Backfill in batches outside the schema migration (e.g. UPDATE ... WHERE id IN (SELECT id ... LIMIT 10000) repeated until no row changes), or bound this statement by key ranges.",
      check(ctx) {
        if (ctx.origin.kind !== "top") return;
        const node = ctx.stmt.node;
        const body = node.UpdateStmt ?? node.DeleteStmt;
        if (!body || body.whereClause === void 0) return;
        const table = rangeVarName(body.relation);
        if (!table || isCreatedIn(ctx.createdTables, table)) return;
        if (!isUnselective(body.whereClause)) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const name2 = nameRange(tokens, table.location);
        const whole = statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({
          messageId: "backfill",
          data: { verb: node.UpdateStmt ? "UPDATE" : "DELETE", table: table.schema ? `${table.schema}.${table.name}` : table.name },
          start: whole.start,
          end: name2?.end ?? whole.end
        });
      }
    });
  }
});

// src/rules/set-not-null-on-existing.ts
function provenNotNull(sql, stmt, table) {
  const proven = /* @__PURE__ */ new Set();
  for (const s of statementsBefore(sql, stmt)) {
    const alter = alterTableCommands(s.node);
    if (!alter?.table || alter.table.name.toLowerCase() !== table) continue;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== "AT_AddConstraint") continue;
      const c = as(cmd.def, "Constraint");
      if (c?.contype !== "CONSTR_CHECK") continue;
      walk(c.raw_expr, (v) => {
        if (v.kind !== "NullTest" || v.body.nulltesttype !== "IS_NOT_NULL") return;
        const ref = as(v.body.arg, "ColumnRef");
        const last = ref?.fields?.[ref.fields.length - 1];
        const name2 = as(last, "String")?.sval;
        if (name2) proven.add(name2.toLowerCase());
      });
    }
  }
  return proven;
}
var set_not_null_on_existing_default;
var init_set_not_null_on_existing = __esm({
  "src/rules/set-not-null-on-existing.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    set_not_null_on_existing_default = createRule({
      id: "set-not-null-on-existing",
      description: "ALTER COLUMN ... SET NOT NULL on an existing table scans the whole table under an ACCESS EXCLUSIVE lock, unless a validated CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+).",
      severity: "warning",
      direction: "up",
      messages: {
        scan: "SET NOT NULL on {{column}} scans every row of {{table}} to check for NULLs while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole scan.",
        scanBefore12: "SET NOT NULL on {{column}} scans every row of {{table}} while holding an ACCESS EXCLUSIVE lock, and before PostgreSQL 12 no constraint can spare that scan."
      },
      help: "On PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c in a later migration (no write lock); then SET NOT NULL (no scan) and DROP CONSTRAINT c.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
        if (!alter.cmds.some((cmd) => cmd.subtype === "AT_SetNotNull")) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
        const proven = provenNotNull(ctx.facts.sql, ctx.stmt, alter.table.name.toLowerCase());
        let from = 0;
        for (const cmd of alter.cmds) {
          if (cmd.subtype !== "AT_SetNotNull") continue;
          const column = String(cmd.name ?? "");
          const range = keywordRange(tokens, ["SET", "NOT", "NULL"], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
          from = range.end;
          if (ctx.facts.pgVersion >= 12 && proven.has(column.toLowerCase())) continue;
          ctx.report({ messageId: ctx.facts.pgVersion >= 12 ? "scan" : "scanBefore12", data: { column, table }, ...range });
        }
      }
    });
  }
});

// src/rules/create-table-without-primary-key.ts
var create_table_without_primary_key_default;
var init_create_table_without_primary_key = __esm({
  "src/rules/create-table-without-primary-key.ts"() {
    "use strict";
    init_ast();
    init_types2();
    create_table_without_primary_key_default = createRule({
      id: "create-table-without-primary-key",
      description: "A table without a primary key cannot replicate UPDATE and DELETE through logical replication, cannot be repacked online, and lets duplicate rows in.",
      severity: "info",
      direction: "up",
      messages: {
        noPrimaryKey: "Table {{table}} has no primary key: logical replication (and tools built on it, such as blue-green upgrades and CDC) rejects its UPDATEs and DELETEs, pg_repack cannot rebuild it online, and nothing stops duplicate rows."
      },
      help: "Give the table a primary key (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, or a natural key), in CREATE TABLE or in an ALTER TABLE ... ADD PRIMARY KEY in the same migration.",
      check(ctx) {
        const c = as(ctx.stmt.node, "CreateStmt");
        if (!c) return;
        const rel = c.relation;
        if (rel?.relpersistence === "t" || c.partbound || c.ofTypename || Array.isArray(c.inhRelations) && c.inhRelations.length) return;
        const elts = Array.isArray(c.tableElts) ? c.tableElts : [];
        if (elts.some((e) => as(e, "TableLikeClause"))) return;
        if (elts.some((e) => as(e, "Constraint")?.contype === "CONSTR_PRIMARY")) return;
        if (elts.some((e) => {
          const d = as(e, "ColumnDef");
          return d ? columnConstraints(d).some((k) => k.contype === "CONSTR_PRIMARY") : false;
        })) return;
        const table = rangeVarName(rel);
        if (!table) return;
        const addedLater = statementsAfter(ctx.facts.sql, ctx.stmt).some((s) => {
          const alter = alterTableCommands(s.node);
          return alter?.table?.name.toLowerCase() === table.name.toLowerCase() && alter.cmds.some((cmd) => cmd.subtype === "AT_AddConstraint" && as(cmd.def, "Constraint")?.contype === "CONSTR_PRIMARY");
        });
        if (addedLater) return;
        const range = nameRange(codeTokens(ctx.facts.sql, ctx.stmt), table.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({ messageId: "noPrimaryKey", data: { table: table.schema ? `${table.schema}.${table.name}` : table.name }, ...range });
      }
    });
  }
});

// src/rules/refresh-materialized-view-not-concurrent.ts
var refresh_materialized_view_not_concurrent_default;
var init_refresh_materialized_view_not_concurrent = __esm({
  "src/rules/refresh-materialized-view-not-concurrent.ts"() {
    "use strict";
    init_ast();
    init_types2();
    refresh_materialized_view_not_concurrent_default = createRule({
      id: "refresh-materialized-view-not-concurrent",
      description: "REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view for the whole refresh: every query that reads it waits.",
      severity: "warning",
      direction: "up",
      messages: {
        notConcurrent: "REFRESH MATERIALIZED VIEW {{view}} without CONCURRENTLY locks the view in ACCESS EXCLUSIVE mode while its query reruns: every read of the view waits until the refresh finishes."
      },
      help: "Write REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index on plain columns), or refresh outside the deploy.",
      check(ctx) {
        const r = as(ctx.stmt.node, "RefreshMatViewStmt");
        if (!r || r.concurrent === true || r.skipData === true) return;
        const view = rangeVarName(r.relation);
        if (!view) return;
        const createdHere2 = statementsBefore(ctx.facts.sql, ctx.stmt).some((s) => {
          const c = as(s.node, "CreateTableAsStmt");
          return c?.objtype === "OBJECT_MATVIEW" && rangeVarName(c.into?.rel)?.name.toLowerCase() === view.name.toLowerCase();
        });
        if (createdHere2) return;
        const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["REFRESH", "MATERIALIZED", "VIEW"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({ messageId: "notConcurrent", data: { view: view.schema ? `${view.schema}.${view.name}` : view.name }, ...range });
      }
    });
  }
});

// src/rules/ban-duplicate-column-assignments.ts
var ban_duplicate_column_assignments_default;
var init_ban_duplicate_column_assignments = __esm({
  "src/rules/ban-duplicate-column-assignments.ts"() {
    "use strict";
    init_ast();
    init_types2();
    ban_duplicate_column_assignments_default = createRule({
      id: "ban-duplicate-column-assignments",
      description: "An UPDATE that assigns the same column twice, or an INSERT that lists a column twice, is rejected by PostgreSQL when the migration runs.",
      severity: "error",
      direction: "both",
      messages: {
        update: 'Column {{column}} is assigned twice in this UPDATE: PostgreSQL fails with "multiple assignments to same column" and the migration stops.',
        insert: 'Column {{column}} is listed twice in this INSERT: PostgreSQL fails with "column specified more than once" and the migration stops.'
      },
      help: "Assign each column once (combine the expressions, e.g. with CASE) and list each INSERT column once.",
      check(ctx) {
        for (const kind of ["UpdateStmt", "InsertStmt"]) for (const body of nodesOf(ctx.stmt.node, kind)) {
          const list3 = kind === "UpdateStmt" ? body.targetList : body.cols;
          const seen = /* @__PURE__ */ new Set();
          for (const item of Array.isArray(list3) ? list3 : []) {
            const target = item.ResTarget;
            if (!target?.name || target.indirection && target.indirection.length > 0) continue;
            const name2 = target.name;
            if (!seen.has(name2)) {
              seen.add(name2);
              continue;
            }
            const token = codeTokens(ctx.facts.sql, ctx.stmt).find((t) => t.start === target.location);
            const start = target.location ?? ctx.stmt.start;
            ctx.report({ messageId: kind === "UpdateStmt" ? "update" : "insert", data: { column: name2 }, start, end: token?.end ?? start + 1 });
          }
        }
      }
    });
  }
});

// src/rules/require-enum-value-ordering.ts
var require_enum_value_ordering_default;
var init_require_enum_value_ordering = __esm({
  "src/rules/require-enum-value-ordering.ts"() {
    "use strict";
    init_ast();
    init_types2();
    require_enum_value_ordering_default = createRule({
      id: "require-enum-value-ordering",
      description: "ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value at the end of the enum, which decides how it sorts and compares.",
      severity: "info",
      direction: "up",
      messages: {
        unordered: "ADD VALUE '{{value}}' without BEFORE or AFTER puts it after every existing value: ORDER BY, <, > and min()/max() on the column use that position, and enum values can never be reordered or removed afterwards."
      },
      help: "Say where the value belongs: ALTER TYPE ... ADD VALUE 'new' BEFORE 'existing' (or AFTER); if the end is right, accept it with an ignore comment.",
      check(ctx) {
        const e = as(ctx.stmt.node, "AlterEnumStmt");
        if (e?.newVal === void 0 || e.oldVal !== void 0 || e.newValNeighbor !== void 0) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const range = keywordRange(tokens, ["ADD", "VALUE"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
        ctx.report({ messageId: "unordered", data: { value: e.newVal }, ...range });
      }
    });
  }
});

// src/rules/ban-drop-not-null.ts
var ban_drop_not_null_default;
var init_ban_drop_not_null = __esm({
  "src/rules/ban-drop-not-null.ts"() {
    "use strict";
    init_ast();
    init_facts();
    init_types2();
    ban_drop_not_null_default = createRule({
      id: "ban-drop-not-null",
      description: "ALTER COLUMN ... DROP NOT NULL on an existing table lets NULLs in that code written for the old schema does not expect, and once one is written the down migration (SET NOT NULL) fails.",
      severity: "info",
      direction: "up",
      messages: {
        dropNotNull: "Dropping NOT NULL on {{column}} lets NULLs into {{table}}: application code that assumes a value breaks on them, and as soon as one NULL is written, rolling back with SET NOT NULL fails."
      },
      help: "Make sure every reader handles NULL before dropping the constraint, and write the down migration to backfill NULLs before SET NOT NULL.",
      check(ctx) {
        const alter = alterTableCommands(ctx.stmt.node);
        if (!alter?.table || isCreatedIn(ctx.createdTables, alter.table)) return;
        const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
        const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
        let from = 0;
        for (const cmd of alter.cmds) {
          if (cmd.subtype !== "AT_DropNotNull") continue;
          const range = keywordRange(tokens, ["DROP", "NOT", "NULL"], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
          from = range.end;
          ctx.report({ messageId: "dropNotNull", data: { column: String(cmd.name ?? ""), table }, ...range });
        }
      }
    });
  }
});

// src/rules/require-statement-timeout.ts
function longUnderLock(stmt) {
  const n = stmt.node;
  const rv = (v) => rangeVarName(as(v, "RangeVar") ?? v);
  const alter = alterTableCommands(stmt.node);
  if (alter) {
    const slow = alter.cmds.some((cmd) => {
      switch (cmd.subtype) {
        case "AT_AlterColumnType":
        case "AT_SetNotNull":
          return true;
        case "AT_AddConstraint": {
          const c = as(cmd.def, "Constraint");
          if (!c) return false;
          if (c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY") return !c.indexname;
          if (c.contype === "CONSTR_EXCLUSION") return true;
          return (c.contype === "CONSTR_CHECK" || c.contype === "CONSTR_FOREIGN") && c.skip_validation !== true;
        }
        case "AT_AddColumn": {
          const def = as(cmd.def, "ColumnDef");
          if (!def) return false;
          const type = typeNameOf(def.typeName);
          if (type && SERIAL3.has(type.name)) return true;
          return columnConstraints(def).some((c) => c.contype === "CONSTR_IDENTITY" || c.contype === "CONSTR_GENERATED" && c.generated_kind !== "v" || c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_DEFAULT" && perRowCall(c.raw_expr) !== void 0);
        }
        default:
          return false;
      }
    });
    return slow ? alter.table : void 0;
  }
  const b = n[stmt.kind];
  if (!b) return void 0;
  switch (stmt.kind) {
    case "IndexStmt":
      return b.concurrent === true ? void 0 : rv(b.relation);
    case "ClusterStmt":
      return rv(b.relation) ?? { name: "" };
    case "RefreshMatViewStmt":
      return b.concurrent === true || b.skipData === true ? void 0 : rv(b.relation);
    case "VacuumStmt": {
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => as(o, "DefElem")?.defname === "full");
      const first = Array.isArray(b.rels) ? as(b.rels[0], "VacuumRelation")?.relation : void 0;
      return full ? rv(first) ?? { name: "" } : void 0;
    }
    default:
      return void 0;
  }
}
function slowOnExisting(stmt, created) {
  const table = longUnderLock(stmt);
  if (!table) return false;
  return table.name === "" || !isCreatedIn(created, table);
}
var SERIAL3, require_statement_timeout_default;
var init_require_statement_timeout = __esm({
  "src/rules/require-statement-timeout.ts"() {
    "use strict";
    init_ast();
    init_defaults();
    init_facts();
    init_types2();
    SERIAL3 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
    require_statement_timeout_default = createRule({
      id: "require-statement-timeout",
      description: "A migration that rewrites, scans or indexes an existing table while holding a blocking lock, without a statement_timeout set before it, can keep the table blocked for as long as the work takes.",
      severity: "info",
      direction: "up",
      messages: {
        missing: "This statement rewrites, scans or indexes an existing table while holding a lock that blocks reads or writes, and no statement_timeout is set before it: on a table bigger than expected the service stays blocked until someone cancels the migration by hand.",
        localOutsideTransaction: 'This statement rewrites, scans or indexes an existing table while holding a lock that blocks reads or writes, and the SET LOCAL statement_timeout above does not cover it: this migration runs outside a transaction (statement by statement), so SET LOCAL ends with its own statement (PostgreSQL only warns "SET LOCAL can only be used in transaction blocks"). Use SET statement_timeout (no LOCAL) in such a migration.'
      },
      help: "Set SET statement_timeout = '1min'; (sized to the table) before it, so an unexpectedly slow migration fails and can be redone the safe way (concurrently, NOT VALID + VALIDATE, in batches) instead of blocking the service.",
      check(ctx) {
        if (ctx.origin.kind !== "top") return;
        const { sql, inTransaction } = ctx.facts;
        if (firstUnprotectedStatement(sql, "require-statement-timeout", "statement_timeout", slowOnExisting, createdTableKeys, inTransaction) !== ctx.stmt) return;
        const local = !inTransaction && statementsBefore(sql, ctx.stmt).some((s) => setsTimeout(s, "statement_timeout") === "local");
        ctx.report({ messageId: local ? "localOutsideTransaction" : "missing", ...unprotectedRange(sql, ctx.stmt) });
      }
    });
  }
});

// src/rules/grant-to-public.ts
var WRITE, grant_to_public_default;
var init_grant_to_public = __esm({
  "src/rules/grant-to-public.ts"() {
    "use strict";
    init_ast();
    init_types2();
    WRITE = /* @__PURE__ */ new Set(["insert", "update", "delete", "truncate", "references", "trigger", "maintain"]);
    grant_to_public_default = createRule({
      id: "grant-to-public",
      description: "GRANT ... TO PUBLIC on tables or sequences gives every role in the database, present and future, access to the data.",
      severity: "info",
      direction: "up",
      messages: {
        read: "GRANT {{privileges}} TO PUBLIC lets every role in the database, including ones created later for other services or tools, read {{objects}}.",
        write: "GRANT {{privileges}} TO PUBLIC lets every role in the database, including ones created later for other services or tools, change the data of {{objects}}."
      },
      help: "Grant to the roles that need access (GRANT SELECT ON ... TO app_reader), or to a group role they are members of.",
      check(ctx) {
        const g = as(ctx.stmt.node, "GrantStmt");
        if (!g?.is_grant || g.objtype !== "OBJECT_TABLE" && g.objtype !== "OBJECT_SEQUENCE") return;
        const publicRole = (g.grantees ?? []).map((r) => as(r, "RoleSpec")).find((r) => r?.roletype === "ROLESPEC_PUBLIC");
        if (!publicRole) return;
        const privileges = (g.privileges ?? []).map((p) => String(as(p, "AccessPriv")?.priv_name ?? "all"));
        const all = privileges.length === 0;
        const writes = g.objtype === "OBJECT_TABLE" && (all || privileges.some((p) => p === "all" || WRITE.has(p)));
        const objects = g.targtype === "ACL_TARGET_ALL_IN_SCHEMA" ? `every ${g.objtype === "OBJECT_TABLE" ? "table" : "sequence"} of the schema` : (g.objects ?? []).map((o) => {
          const rv = as(o, "RangeVar");
          return rv?.relname ? rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname : "?";
        }).join(", ");
        const location = publicRole.location ?? ctx.stmt.start;
        const token = codeTokens(ctx.facts.sql, ctx.stmt).find((t) => t.start === location);
        ctx.report({
          messageId: writes ? "write" : "read",
          severity: writes ? "warning" : "info",
          data: { privileges: all ? "ALL" : privileges.map((p) => p.toUpperCase()).join(", "), objects },
          start: location,
          end: token?.end ?? location + 6
        });
      }
    });
  }
});

// src/rules/foreign-key-without-index.ts
function name(q) {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}
function covers(index, fk) {
  if (index.columns.length < fk.length) return false;
  const lead = new Set(index.columns.slice(0, fk.length));
  return fk.every((c) => lead.has(c)) && index.notNullOn.every((c) => fk.includes(c));
}
function notNullColumns(where) {
  const test = as(where, "NullTest");
  if (test) {
    const ref = as(test.arg, "ColumnRef");
    const column = ref ? stringList(ref.fields).at(-1) : void 0;
    return test.nulltesttype === "IS_NOT_NULL" && column ? [column] : void 0;
  }
  const and = as(where, "BoolExpr");
  if (and?.boolop !== "AND_EXPR") return void 0;
  const out = [];
  for (const arg of and.args ?? []) {
    const cols = notNullColumns(arg);
    if (!cols) return void 0;
    out.push(...cols);
  }
  return out;
}
function indexedColumnLists(sql, table, elts) {
  const out = [];
  const sameTable3 = (q) => q !== void 0 && q.name.toLowerCase() === table.name.toLowerCase() && (!q.schema || !table.schema || q.schema.toLowerCase() === table.schema.toLowerCase());
  const keyed = (c) => c && (c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_UNIQUE");
  for (const e of elts) {
    const def = as(e, "ColumnDef");
    if (def && columnConstraints(def).some(keyed)) out.push({ columns: [String(def.colname)], notNullOn: [] });
    const c = as(e, "Constraint");
    if (keyed(c)) out.push({ columns: stringList(c.keys), notNullOn: [] });
  }
  for (const s of sql.statements) {
    const idx = as(s.node, "IndexStmt");
    const notNullOn = idx?.whereClause === void 0 ? [] : notNullColumns(idx.whereClause);
    if (idx && notNullOn && sameTable3(rangeVarName(idx.relation)) && (idx.accessMethod ?? "btree") === "btree") {
      const cols = [];
      for (const p of Array.isArray(idx.indexParams) ? idx.indexParams : []) {
        const elem = as(p, "IndexElem");
        if (!elem?.name) break;
        cols.push(elem.name);
      }
      if (cols.length) out.push({ columns: cols, notNullOn });
    }
    const alter = alterTableCommands(s.node);
    if (alter && sameTable3(alter.table)) {
      for (const cmd of alter.cmds) {
        const c = cmd.subtype === "AT_AddConstraint" ? as(cmd.def, "Constraint") : void 0;
        if (keyed(c) && Array.isArray(c.keys)) out.push({ columns: stringList(c.keys), notNullOn: [] });
      }
    }
  }
  return out;
}
var foreign_key_without_index_default;
var init_foreign_key_without_index = __esm({
  "src/rules/foreign-key-without-index.ts"() {
    "use strict";
    init_ast();
    init_types2();
    foreign_key_without_index_default = createRule({
      id: "foreign-key-without-index",
      description: "A new table whose foreign key columns get no index in the same migration makes every DELETE or key UPDATE on the referenced table scan it.",
      severity: "info",
      direction: "up",
      messages: {
        noIndex: "This migration creates no index that starts with the foreign key column(s) {{columns}} of {{table}}: until one exists, every DELETE (or key UPDATE) on {{target}} scans {{table}} for referencing rows while holding its locks, slower and longer as the table fills."
      },
      help: "Create an index whose leading columns are the foreign key columns in the same migration as the table (CREATE INDEX ... ON table (fk_column)); if a later migration already adds it, silence this with an ignore comment.",
      check(ctx) {
        const create = as(ctx.stmt.node, "CreateStmt");
        if (!create) return;
        const table = rangeVarName(create.relation);
        if (!table || create.relation?.relpersistence === "t") return;
        const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
        const fks = [];
        for (const e of elts) {
          const def = as(e, "ColumnDef");
          if (def) {
            for (const c2 of columnConstraints(def)) {
              if (c2.contype === "CONSTR_FOREIGN") fks.push({ columns: [String(def.colname)], constraint: c2 });
            }
          }
          const c = as(e, "Constraint");
          if (c?.contype === "CONSTR_FOREIGN") fks.push({ columns: stringList(c.fk_attrs), constraint: c });
        }
        if (fks.length === 0) return;
        const indexes = indexedColumnLists(ctx.facts.sql, table, elts);
        for (const fk of fks) {
          if (fk.columns.length === 0 || indexes.some((idx) => covers(idx, fk.columns))) continue;
          const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
          const loc = typeof fk.constraint.location === "number" ? fk.constraint.location : ctx.stmt.start;
          const keyword = findToken(tokens, ["REFERENCES", "KEY"], loc);
          const target = rangeVarName(fk.constraint.pktable);
          ctx.report({
            messageId: "noIndex",
            data: {
              columns: fk.columns.join(", "),
              table: name(table),
              target: target ? name(target) : "the referenced table"
            },
            ...keyword ? { start: loc, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt)
          });
        }
      }
    });
  }
});

// src/rules/unsupported-syntax.ts
function aggLocation(b) {
  const ctor = Object.hasOwn(b, "constructor") ? b["constructor"] : void 0;
  return ctor && typeof ctor === "object" ? ctor.location : void 0;
}
function selectClauses(b, s) {
  if (b.groupDistinct === true) s.add("groupByDistinct", () => s.next("groupByDistinct", ["GROUP", "BY", "DISTINCT"]));
  if (b.limitOption === "LIMIT_OPTION_WITH_TIES") s.add("withTies", () => s.next("withTies", ["WITH", "TIES"]));
  for (const arm of [b.larg, b.rarg]) if (arm && typeof arm === "object") selectClauses(arm, s);
}
function returningOldNew(b, s) {
  const returning = b.returningClause;
  if (!returning) return;
  for (const o of list2(returning.options)) s.add("returningOldNew", () => s.at(bodyOf(o, "ReturningOption")?.location));
  let names;
  for (const e of list2(returning.exprs)) {
    for (const ref of nodeIndex(e).get("ColumnRef") ?? []) {
      const fields = stringList(ref.fields);
      if (list2(ref.fields).length < 2 || fields[0] !== "old" && fields[0] !== "new") continue;
      names ??= rangeNames(b);
      if (names.has(fields[0])) continue;
      s.add("returningOldNew", () => nameRange(s.tokens, ref.location));
    }
  }
}
function rangeNames(b) {
  const out = /* @__PURE__ */ new Set();
  const add = (x) => {
    const alias = x?.alias?.aliasname;
    if (typeof alias === "string") out.add(alias);
    else if (typeof x?.relname === "string") out.add(x.relname);
  };
  add(b.relation);
  const index = nodeIndex(b);
  for (const kind of ["RangeVar", "RangeSubselect", "RangeFunction"]) for (const x of index.get(kind) ?? []) add(x);
  return out;
}
function usingAlias(tokens, alias) {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].keyword !== "USING" || tokens[i + 1]?.text !== "(") continue;
    let k = i + 2;
    for (let depth = 1; k < tokens.length && depth > 0; k++) {
      if (tokens[k].text === "(") depth++;
      else if (tokens[k].text === ")") depth--;
    }
    const as2 = tokens[k];
    const name2 = tokens[k + 1];
    if (as2?.keyword === "AS" && name2 && identText(name2) === alias) return { start: as2.start, end: name2.end };
  }
  return void 0;
}
var FEATURES, NEWEST, Scan, list2, bodyOf, DETECTORS, unsupported_syntax_default;
var init_unsupported_syntax = __esm({
  "src/rules/unsupported-syntax.ts"() {
    "use strict";
    init_ast();
    init_tokens();
    init_types2();
    FEATURES = {
      procedure: { name: "CREATE PROCEDURE", since: 11 },
      call: { name: "CALL", since: 11 },
      include: { name: "INCLUDE (...) columns of an index or constraint", since: 11 },
      hashPartition: { name: "PARTITION BY HASH", since: 11 },
      defaultPartition: { name: "a DEFAULT partition", since: 11 },
      attachIndex: { name: "ALTER INDEX ... ATTACH PARTITION", since: 11 },
      generated: { name: "a generated column (GENERATED ALWAYS AS (...) STORED)", since: 12 },
      reindexConcurrently: { name: "REINDEX ... CONCURRENTLY", since: 12 },
      cteMaterialized: { name: "WITH ... AS [NOT] MATERIALIZED", since: 12 },
      copyWhere: { name: "COPY ... FROM ... WHERE", since: 12 },
      tableAccessMethod: { name: "CREATE TABLE ... USING (a table access method)", since: 12 },
      dropExpression: { name: "ALTER COLUMN ... DROP EXPRESSION", since: 13 },
      withTies: { name: "FETCH FIRST ... WITH TIES", since: 13 },
      detachConcurrently: { name: "DETACH PARTITION ... CONCURRENTLY", since: 14 },
      detachFinalize: { name: "DETACH PARTITION ... FINALIZE", since: 14 },
      createOrReplaceTrigger: { name: "CREATE OR REPLACE TRIGGER", since: 14 },
      sqlBody: { name: "a SQL-standard function body (BEGIN ATOMIC ... END, or RETURN)", since: 14 },
      compression: { name: "column COMPRESSION", since: 14 },
      searchCycle: { name: "SEARCH / CYCLE of a recursive query", since: 14 },
      groupByDistinct: { name: "GROUP BY DISTINCT", since: 14 },
      joinUsingAlias: { name: "JOIN ... USING (...) AS alias", since: 14 },
      reindexTablespace: { name: "REINDEX (TABLESPACE ...)", since: 14 },
      merge: { name: "MERGE", since: 15 },
      nullsNotDistinct: { name: "NULLS NOT DISTINCT", since: 15 },
      setAccessMethod: { name: "ALTER TABLE ... SET ACCESS METHOD", since: 15 },
      jsonConstructor: { name: "SQL/JSON constructors (JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG, JSON_ARRAYAGG)", since: 16 },
      isJson: { name: "IS JSON", since: 16 },
      jsonTable: { name: "JSON_TABLE", since: 17 },
      jsonQuery: { name: "JSON_EXISTS / JSON_QUERY / JSON_VALUE", since: 17 },
      jsonFunctions: { name: "JSON() / JSON_SCALAR() / JSON_SERIALIZE()", since: 17 },
      mergeReturning: { name: "MERGE ... RETURNING", since: 17 },
      mergeBySource: { name: "MERGE ... WHEN NOT MATCHED BY SOURCE", since: 17 },
      setExpression: { name: "ALTER COLUMN ... SET EXPRESSION", since: 17 },
      virtualGenerated: { name: "a virtual generated column (GENERATED ALWAYS AS (...) without STORED)", since: 18 },
      returningOldNew: { name: "RETURNING old / new values", since: 18 },
      enforced: { name: "[NOT] ENFORCED constraints", since: 18 },
      temporal: { name: "WITHOUT OVERLAPS / PERIOD (temporal keys)", since: 18 }
    };
    NEWEST = Math.max(...Object.values(FEATURES).map((f) => f.since));
    Scan = class {
      constructor(sql, stmt, version, report) {
        this.sql = sql;
        this.stmt = stmt;
        this.version = version;
        this.report = report;
      }
      sql;
      stmt;
      version;
      report;
      tokenList;
      cursor = /* @__PURE__ */ new Map();
      seen = /* @__PURE__ */ new Set();
      get tokens() {
        return this.tokenList ??= codeTokens(this.sql, this.stmt);
      }
      supported(id) {
        return FEATURES[id].since <= this.version;
      }
      /** Reports `id` at the range `where` computes (the statement when it finds none), unless the version has it. */
      add(id, where) {
        const f = FEATURES[id];
        if (f.since <= this.version) return;
        const range = where() ?? { start: this.stmt.start, end: this.tokens[1]?.end ?? this.stmt.end };
        const key2 = `${id}:${range.start}`;
        if (this.seen.has(key2)) return;
        this.seen.add(key2);
        this.report({ messageId: "unsupported", data: { feature: f.name, since: f.since, version: this.version }, start: range.start, end: range.end });
      }
      /**
       * The first run of `words` at or after `from` (a node's location), or, for a node without one, the run after the
       * one this feature found last: nodes of one kind are visited in the order they are written.
       */
      next(id, words, from) {
        if (from !== void 0 && from >= 0) return keywordRange(this.tokens, words, from);
        const key2 = `${id} ${words.join(" ")}`;
        const range = keywordRange(this.tokens, words, this.cursor.get(key2) ?? this.stmt.start);
        if (range) this.cursor.set(key2, range.end);
        return range;
      }
      /** The token at byte `location`. */
      at(location) {
        if (typeof location !== "number" || location < 0) return void 0;
        const t = this.tokens.find((x) => x.start >= location);
        return t ? { start: t.start, end: t.end } : void 0;
      }
      /** A call-like construct from its location through its closing parenthesis (`JSON_TABLE(...)`). */
      call(location) {
        return typeof location === "number" ? callRange(this.tokens, location) : void 0;
      }
      /** The first `word` at parenthesis depth 0 of the statement (`CREATE TABLE t (...) USING heap`). */
      topLevel(word) {
        let depth = 0;
        for (const t of this.tokens) {
          if (t.text === "(") depth++;
          else if (t.text === ")") depth--;
          else if (depth === 0 && t.keyword === word) return { start: t.start, end: t.end };
        }
        return void 0;
      }
    };
    list2 = (v) => Array.isArray(v) ? v : [];
    bodyOf = (v, kind) => {
      const b = v && typeof v === "object" ? v[kind] : void 0;
      return b && typeof b === "object" ? b : void 0;
    };
    DETECTORS = new Map(Object.entries({
      CreateFunctionStmt(b, s) {
        if (b.is_procedure === true) s.add("procedure", () => s.next("procedure", ["PROCEDURE"]));
        if (b.sql_body !== void 0) s.add("sqlBody", () => s.next("sqlBody", ["BEGIN", "ATOMIC"]) ?? s.next("sqlBody", ["RETURN"]));
      },
      CreateTrigStmt(b, s) {
        if (b.replace === true) s.add("createOrReplaceTrigger", () => s.next("createOrReplaceTrigger", ["CREATE", "OR", "REPLACE", "TRIGGER"]));
      },
      CallStmt(_b, s) {
        s.add("call", () => s.next("call", ["CALL"]));
      },
      IndexStmt(b, s) {
        if (list2(b.indexIncludingParams).length > 0) s.add("include", () => s.next("include", ["INCLUDE"]));
        if (b.nulls_not_distinct === true) s.add("nullsNotDistinct", () => s.next("nullsNotDistinct", ["NULLS", "NOT", "DISTINCT"]));
      },
      CreateStmt(b, s) {
        const spec = b.partspec;
        if (spec?.strategy === "PARTITION_STRATEGY_HASH") s.add("hashPartition", () => s.next("hashPartition", ["PARTITION", "BY", "HASH"]));
        const bound = b.partbound;
        if (bound?.is_default === true) s.add("defaultPartition", () => s.next("defaultPartition", ["DEFAULT"], bound.location));
        if (typeof b.accessMethod === "string") s.add("tableAccessMethod", () => s.topLevel("USING"));
      },
      CreateTableAsStmt(b, s) {
        if (typeof b.into?.accessMethod === "string") s.add("tableAccessMethod", () => s.topLevel("USING"));
      },
      ColumnDef(b, s) {
        if (typeof b.compression === "string") s.add("compression", () => s.next("compression", ["COMPRESSION"], b.location));
      },
      Constraint(b, s) {
        const at2 = b.location;
        switch (b.contype) {
          case "CONSTR_GENERATED":
            if (!s.supported("generated")) s.add("generated", () => s.next("generated", ["GENERATED", "ALWAYS", "AS"], at2));
            else if (b.generated_kind === "v") s.add("virtualGenerated", () => s.next("virtualGenerated", ["GENERATED", "ALWAYS", "AS"], at2));
            break;
          case "CONSTR_ATTR_ENFORCED":
          case "CONSTR_ATTR_NOT_ENFORCED":
            s.add("enforced", () => s.at(at2));
            break;
          case "CONSTR_CHECK":
          case "CONSTR_FOREIGN":
            if (b.is_enforced !== true) s.add("enforced", () => s.next("enforced", ["NOT", "ENFORCED"], at2));
            break;
          default:
            break;
        }
        if (list2(b.including).length > 0) s.add("include", () => s.next("include", ["INCLUDE"], at2));
        if (b.nulls_not_distinct === true) s.add("nullsNotDistinct", () => s.next("nullsNotDistinct", ["NULLS", "NOT", "DISTINCT"], at2));
        if (b.without_overlaps === true) s.add("temporal", () => s.next("temporal", ["WITHOUT", "OVERLAPS"], at2));
        if (b.fk_with_period === true || b.pk_with_period === true) s.add("temporal", () => s.next("temporal", ["PERIOD"], at2));
      },
      AlterTableStmt(b, s) {
        for (const c of list2(b.cmds)) {
          const cmd = bodyOf(c, "AlterTableCmd");
          const part = bodyOf(cmd?.def, "PartitionCmd");
          const after = part?.name?.location;
          switch (cmd?.subtype) {
            case "AT_AttachPartition":
              if (b.objtype === "OBJECT_INDEX") s.add("attachIndex", () => s.next("attachIndex", ["ATTACH", "PARTITION"]));
              break;
            case "AT_DetachPartition":
              if (part?.concurrent === true) s.add("detachConcurrently", () => s.next("detachConcurrently", ["CONCURRENTLY"], after));
              break;
            case "AT_DetachPartitionFinalize":
              s.add("detachFinalize", () => s.next("detachFinalize", ["FINALIZE"], after));
              break;
            case "AT_DropExpression":
              s.add("dropExpression", () => s.next("dropExpression", ["DROP", "EXPRESSION"]));
              break;
            case "AT_SetExpression":
              s.add("setExpression", () => s.next("setExpression", ["SET", "EXPRESSION"]));
              break;
            case "AT_SetCompression":
              s.add("compression", () => s.next("compression", ["SET", "COMPRESSION"]));
              break;
            case "AT_SetAccessMethod":
              s.add("setAccessMethod", () => s.next("setAccessMethod", ["SET", "ACCESS", "METHOD"]));
              break;
            case "AT_AlterConstraint":
              if (bodyOf(cmd.def, "ATAlterConstraint")?.alterEnforceability === true) s.add("enforced", () => s.next("enforced", ["ENFORCED"]));
              break;
            default:
              break;
          }
        }
      },
      ReindexStmt(b, s) {
        for (const p of list2(b.params)) {
          const d = bodyOf(p, "DefElem");
          if (d?.defname === "concurrently") s.add("reindexConcurrently", () => s.at(d.location));
          if (d?.defname === "tablespace") s.add("reindexTablespace", () => s.at(d.location));
        }
      },
      CommonTableExpr(b, s) {
        const at2 = b.location;
        if (b.ctematerialized === "CTEMaterializeAlways") s.add("cteMaterialized", () => s.next("cteMaterialized", ["MATERIALIZED"], at2));
        if (b.ctematerialized === "CTEMaterializeNever") s.add("cteMaterialized", () => s.next("cteMaterialized", ["NOT", "MATERIALIZED"], at2));
        for (const clause of [b.search_clause, b.cycle_clause]) {
          if (clause && typeof clause === "object") s.add("searchCycle", () => s.at(clause.location));
        }
      },
      CopyStmt(b, s) {
        if (b.whereClause !== void 0) s.add("copyWhere", () => s.topLevel("WHERE"));
      },
      SelectStmt(b, s) {
        selectClauses(b, s);
      },
      JoinExpr(b, s) {
        const alias = b.join_using_alias?.aliasname;
        if (typeof alias === "string") s.add("joinUsingAlias", () => usingAlias(s.tokens, alias));
      },
      MergeStmt(b, s) {
        s.add("merge", () => s.next("merge", ["MERGE", "INTO"]));
        if (!s.supported("merge")) return;
        if (b.returningClause !== void 0) s.add("mergeReturning", () => s.next("mergeReturning", ["RETURNING"]));
        if (s.supported("mergeReturning")) returningOldNew(b, s);
        for (const w of list2(b.mergeWhenClauses)) {
          if (bodyOf(w, "MergeWhenClause")?.matchKind === "MERGE_WHEN_NOT_MATCHED_BY_SOURCE") {
            s.add("mergeBySource", () => s.next("mergeBySource", ["NOT", "MATCHED", "BY", "SOURCE"]));
          }
        }
      },
      InsertStmt: returningOldNew,
      UpdateStmt: returningOldNew,
      DeleteStmt: returningOldNew,
      JsonObjectConstructor: (b, s) => s.add("jsonConstructor", () => s.call(b.location)),
      JsonArrayConstructor: (b, s) => s.add("jsonConstructor", () => s.call(b.location)),
      JsonArrayQueryConstructor: (b, s) => s.add("jsonConstructor", () => s.call(b.location)),
      JsonObjectAgg: (b, s) => s.add("jsonConstructor", () => s.call(aggLocation(b))),
      JsonArrayAgg: (b, s) => s.add("jsonConstructor", () => s.call(aggLocation(b))),
      JsonIsPredicate: (b, s) => s.add("isJson", () => s.next("isJson", ["IS", "NOT", "JSON"], b.location) ?? s.next("isJson", ["IS", "JSON"], b.location)),
      JsonTable: (b, s) => s.add("jsonTable", () => s.call(b.location)),
      JsonFuncExpr: (b, s) => s.add("jsonQuery", () => s.call(b.location)),
      JsonParseExpr: (b, s) => s.add("jsonFunctions", () => s.call(b.location)),
      JsonScalarExpr: (b, s) => s.add("jsonFunctions", () => s.call(b.location)),
      JsonSerializeExpr: (b, s) => s.add("jsonFunctions", () => s.call(b.location))
    }));
    unsupported_syntax_default = createRule({
      id: "unsupported-syntax",
      description: "SQL syntax that the configured PostgreSQL version (pg_version) does not have yet, such as MERGE before 15.",
      severity: "error",
      direction: "both",
      // From the newest version a feature needs on, the target accepts everything the parser does.
      maxPgVersion: NEWEST - 1,
      messages: {
        unsupported: "{{feature}} needs PostgreSQL {{since}} or later, but pg_version in svc-migrate.json is {{version}}: PostgreSQL {{version}} rejects this, so the migration fails on the database it is meant for."
      },
      help: "Write it with syntax PostgreSQL {{version}} has (the rule page lists alternatives), or raise pg_version in svc-migrate.json if every database the migrations run on is PostgreSQL {{since}} or later.",
      check({ stmt, facts, report }) {
        const index = nodeIndex(stmt.node);
        let scan;
        for (const [kind, nodes] of index) {
          const detect = DETECTORS.get(kind);
          if (!detect) continue;
          scan ??= new Scan(facts.sql, stmt, facts.pgVersion, report);
          for (const b of nodes) detect(b, scan);
        }
      }
    });
  }
});

// src/rules/index.ts
var rules;
var init_rules = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_unqualified_table();
    init_foreign_schema();
    init_delete_without_where();
    init_update_without_where();
    init_drop_cascade();
    init_destructive_operation();
    init_index_not_concurrent();
    init_not_null_without_default();
    init_column_type_change();
    init_foreign_key_not_valid();
    init_affects_tables_mismatch();
    init_adding_field_with_volatile_default();
    init_adding_serial_primary_key_field();
    init_prefer_bigint_over_int();
    init_prefer_bigint_over_smallint();
    init_prefer_identity();
    init_prefer_text_field();
    init_prefer_timestamptz();
    init_ban_char_field();
    init_adding_unique_constraint();
    init_adding_primary_key_constraint();
    init_renaming_column();
    init_renaming_table();
    init_require_lock_timeout();
    init_require_concurrent_index_deletion();
    init_reindex_not_concurrent();
    init_detach_partition_not_concurrent();
    init_concurrent_in_transaction();
    init_transaction_nesting();
    init_ban_uncommitted_transaction();
    init_adding_enum_value_in_transaction();
    init_identifier_too_long();
    init_ban_alter_domain_with_add_constraint();
    init_ban_create_domain_with_constraint();
    init_prefer_robust_stmts();
    init_vacuum_full();
    init_cluster();
    init_lock_table();
    init_disable_trigger();
    init_rls_without_policy();
    init_unbatched_backfill();
    init_set_not_null_on_existing();
    init_create_table_without_primary_key();
    init_refresh_materialized_view_not_concurrent();
    init_ban_duplicate_column_assignments();
    init_require_enum_value_ordering();
    init_ban_drop_not_null();
    init_require_statement_timeout();
    init_grant_to_public();
    init_foreign_key_without_index();
    init_unsupported_syntax();
    rules = [
      unqualified_table_default,
      foreign_schema_default,
      delete_without_where_default,
      update_without_where_default,
      drop_cascade_default,
      destructive_operation_default,
      index_not_concurrent_default,
      not_null_without_default_default,
      column_type_change_default,
      foreign_key_not_valid_default,
      affects_tables_mismatch_default,
      adding_field_with_volatile_default_default,
      adding_serial_primary_key_field_default,
      prefer_bigint_over_int_default,
      prefer_bigint_over_smallint_default,
      prefer_identity_default,
      prefer_text_field_default,
      prefer_timestamptz_default,
      ban_char_field_default,
      adding_unique_constraint_default,
      adding_primary_key_constraint_default,
      renaming_column_default,
      renaming_table_default,
      require_lock_timeout_default,
      require_concurrent_index_deletion_default,
      reindex_not_concurrent_default,
      detach_partition_not_concurrent_default,
      concurrent_in_transaction_default,
      transaction_nesting_default,
      ban_uncommitted_transaction_default,
      adding_enum_value_in_transaction_default,
      identifier_too_long_default,
      ban_alter_domain_with_add_constraint_default,
      ban_create_domain_with_constraint_default,
      prefer_robust_stmts_default,
      vacuum_full_default,
      cluster_default,
      lock_table_default,
      disable_trigger_default,
      rls_without_policy_default,
      unbatched_backfill_default,
      set_not_null_on_existing_default,
      create_table_without_primary_key_default,
      refresh_materialized_view_not_concurrent_default,
      ban_duplicate_column_assignments_default,
      require_enum_value_ordering_default,
      ban_drop_not_null_default,
      require_statement_timeout_default,
      grant_to_public_default,
      foreign_key_without_index_default,
      unsupported_syntax_default
    ];
  }
});

// src/sql/plpgsql-error.ts
function locateBodyError(body, message, compile) {
  const tokens = bodyTokens(body);
  if (tokens.length === 0) return { start: body.length, end: body.length };
  let budget = MAX_PARSES;
  const failsWith = (candidate) => {
    budget--;
    return compile(candidate) === message;
  };
  if (/at end of input$/.test(message)) {
    const semicolons = tokens.filter((t) => t.text === ";");
    let lo2 = 0;
    let hi2 = semicolons.length;
    while (lo2 < hi2 && budget > 0) {
      const mid = lo2 + hi2 >> 1;
      if (failsWith(`${body.slice(0, semicolons[mid].end)} }`)) hi2 = mid;
      else lo2 = mid + 1;
    }
    return semicolons[hi2] ?? { start: body.length, end: body.length };
  }
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi && budget > 0) {
    const mid = lo + hi >> 1;
    if (failsWith(body.slice(0, tokens[mid].end))) hi = mid;
    else lo = mid + 1;
  }
  const k = hi;
  const stop = tokens[k];
  const near = /at or near "(.*)"$/s.exec(message)?.[1];
  if (near !== void 0) {
    if (stop.text === near) return stop;
    for (let j = 0; j < k && budget > 0; j++) {
      const t = tokens[j];
      if (t.text === near && failsWith(`${body.slice(0, t.end)} ;`)) return t;
    }
    for (let j = k - 1; j >= 0; j--) if (tokens[j].text === near) return tokens[j];
    return stop;
  }
  const quoted = /"([^"]+)"/.exec(message)?.[1]?.toLowerCase();
  if (quoted !== void 0) {
    const first = quoted.split(".")[0];
    for (let j = k; j >= 0; j--) {
      const text = tokens[j].text.toLowerCase();
      if (text === quoted || text === first) return tokens[j];
    }
  }
  return stop;
}
function bodyTokens(body) {
  const out = [];
  let char = 0;
  let byte = 0;
  const toChar = (target) => {
    while (byte < target && char < body.length) {
      const c = body.charCodeAt(char);
      byte += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 57343 ? 2 : 3;
      char++;
    }
    return char;
  };
  for (const t of lex(body)) {
    if (t.name === "SQL_COMMENT" || t.name === "C_COMMENT") continue;
    const start = toChar(t.start);
    out.push({ start, end: toChar(t.end), text: t.text });
  }
  return out;
}
var MAX_PARSES;
var init_plpgsql_error = __esm({
  "src/sql/plpgsql-error.ts"() {
    "use strict";
    init_tokens();
    MAX_PARSES = 40;
  }
});

// src/sql/plpgsql.ts
function embeddedStatements(sql, stmt, depth = 0) {
  const body = bodyOf2(stmt);
  if (!body) return void 0;
  const result = { container: body.container, statements: [] };
  if (depth >= MAX_DEPTH) return result;
  let parsed;
  try {
    parsed = parsePlpgsql(sql.lines.slice(stmt.start, stmt.end));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result.error = message;
    result.locateError = () => errorRange(sql, stmt, body, message);
    return result;
  }
  const token = bodyToken(sql, stmt, body.asLocation);
  const toFile = token ? bodyMapper(token, body.text) : void 0;
  const queries2 = collectQueries(parsed);
  let cursor = 0;
  for (const query of queries2) {
    let at2 = findQuery(body.text, query, cursor);
    if (at2 < 0) at2 = findQuery(body.text, query, 0);
    if (at2 >= 0) cursor = Math.max(cursor, at2 + query.length);
    let inner;
    try {
      inner = parseRaw(query);
    } catch {
      continue;
    }
    const map = (queryByte) => {
      if (at2 < 0 || !toFile) return token ? token.start : stmt.start;
      return toFile(at2 + byteToChar(query, queryByte));
    };
    for (const raw of inner.stmts ?? []) {
      if (!raw.stmt) continue;
      const qStart = raw.stmt_location ?? 0;
      const qEnd = raw.stmt_len ? qStart + raw.stmt_len : Buffer.byteLength(query.trimEnd(), "utf8");
      moveLocations(raw.stmt, map);
      const nested = { node: raw.stmt, kind: Object.keys(raw.stmt)[0] ?? "Unknown", start: map(qStart), end: map(qEnd) };
      result.statements.push(nested);
      const deeper = embeddedStatements(sql, nested, depth + 1);
      if (deeper) result.statements.push(...deeper.statements);
    }
  }
  result.statements.sort((a, b) => a.start - b.start);
  return result;
}
function bodyOf2(stmt) {
  let container;
  let args;
  if (stmt.kind === "DoStmt") {
    container = "do";
    args = as(stmt.node, "DoStmt")?.args ?? [];
  } else if (stmt.kind === "CreateFunctionStmt") {
    container = "function";
    args = as(stmt.node, "CreateFunctionStmt")?.options ?? [];
  } else return void 0;
  let language = "plpgsql";
  let text;
  let asLocation = stmt.start;
  for (const a of args) {
    const d = as(a, "DefElem");
    if (!d) continue;
    if (d.defname === "language") language = (as(d.arg, "String")?.sval ?? "").toLowerCase();
    if (d.defname === "as") {
      text = as(d.arg, "String")?.sval ?? stringList(as(d.arg, "List")?.items)[0];
      if (typeof d.location === "number") asLocation = d.location;
    }
  }
  if (language !== "plpgsql" || text === void 0) return void 0;
  return { container, text, asLocation };
}
function errorRange(sql, stmt, body, message) {
  const token = bodyToken(sql, stmt, body.asLocation);
  const toFile = token ? bodyMapper(token, body.text) : void 0;
  if (!token) return { start: stmt.start, end: stmt.end };
  if (!toFile) return { start: token.start, end: token.end };
  const before = sql.lines.slice(stmt.start, token.start);
  const after = sql.lines.slice(token.end, stmt.end);
  const compile = (candidate) => {
    let tag = "$b$";
    for (let n = 0; `${candidate}${tag}`.indexOf(tag) !== candidate.length; n++) tag = `$b${n}$`;
    try {
      parsePlpgsql(`${before}${tag}${candidate}${tag}${after}`);
      return void 0;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
  const at2 = locateBodyError(body.text, message, compile);
  return { start: toFile(at2.start), end: toFile(Math.max(at2.start, at2.end)) };
}
function checkFunctionBodiesSetting(stmt) {
  const set = as(stmt.node, "VariableSetStmt");
  if (!set) return void 0;
  if (set.kind === "VAR_RESET_ALL") return true;
  if (set.name?.toLowerCase() !== "check_function_bodies") return void 0;
  if (set.kind === "VAR_RESET" || set.kind === "VAR_SET_DEFAULT") return true;
  if (set.kind !== "VAR_SET_VALUE" || set.args?.length !== 1) return void 0;
  const value = as(set.args[0], "A_Const");
  if (!value) return void 0;
  if (value.boolval) return value.boolval.boolval === true;
  const v = value.ival ? String(value.ival.ival ?? 0) : value.sval?.sval?.toLowerCase() ?? "";
  if (v === "") return void 0;
  if ("true".startsWith(v) || "yes".startsWith(v) || v === "on" || v === "1") return true;
  if ("false".startsWith(v) || "no".startsWith(v) || v === "off" || v === "of" || v === "0") return false;
  return void 0;
}
function bodyToken(sql, stmt, from) {
  return statementTokens(sql, stmt).find((t) => t.name === "SCONST" && t.start >= from);
}
function bodyMapper(token, body) {
  const raw = token.text;
  let rawIndex;
  if (raw.startsWith("$")) {
    const tag = raw.indexOf("$", 1) + 1;
    if (raw.slice(tag, raw.length - tag) !== body) return void 0;
    rawIndex = [];
    for (let i = 0; i <= body.length; i++) rawIndex.push(tag + i);
  } else if (raw.startsWith("'")) {
    rawIndex = [];
    let r = 1;
    for (let i = 0; i < body.length; i++) {
      rawIndex.push(r);
      r += body[i] === "'" && raw[r + 1] === "'" ? 2 : 1;
    }
    rawIndex.push(r);
  } else if (raw.startsWith("E'") || raw.startsWith("e'")) {
    rawIndex = escapeStringIndex(raw, body);
  }
  if (!rawIndex) return void 0;
  const prefixBytes = new Int32Array(raw.length + 1);
  for (let i = 0; i < raw.length; i++) {
    prefixBytes[i + 1] = prefixBytes[i] + utf8Width(raw.charCodeAt(i));
  }
  const index = rawIndex;
  return (i) => token.start + prefixBytes[index[Math.max(0, Math.min(i, index.length - 1))]];
}
function utf8Width(c) {
  return c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 57343 ? 2 : 3;
}
function escapeStringIndex(raw, body) {
  const bytes = [];
  const origin = [];
  const emit = (codePoint, at2) => {
    for (const b of Buffer.from(String.fromCodePoint(codePoint), "utf8")) {
      bytes.push(b);
      origin.push(at2);
    }
  };
  let r = 2;
  const end = raw.length - 1;
  if (raw[end] !== "'") return void 0;
  while (r < end) {
    const c = raw[r];
    if (c === "'") {
      if (raw[r + 1] !== "'") return void 0;
      emit(39, r);
      r += 2;
    } else if (c !== "\\") {
      const cp = raw.codePointAt(r);
      emit(cp, r);
      r += cp > 65535 ? 2 : 1;
    } else {
      const d = raw[r + 1] ?? "";
      const simple = { b: 8, f: 12, n: 10, r: 13, t: 9 };
      let m;
      if (d in simple) {
        emit(simple[d], r);
        r += 2;
      } else if (m = /^[0-7]{1,3}/.exec(raw.slice(r + 1, r + 4))) {
        bytes.push(parseInt(m[0], 8) & 255);
        origin.push(r);
        r += 1 + m[0].length;
      } else if (d === "x" && (m = /^[0-9a-fA-F]{1,2}/.exec(raw.slice(r + 2, r + 4)))) {
        bytes.push(parseInt(m[0], 16));
        origin.push(r);
        r += 2 + m[0].length;
      } else if ((d === "u" || d === "U") && (m = (d === "u" ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{8}/).exec(raw.slice(r + 2, r + 10)))) {
        let cp = parseInt(m[0], 16);
        let next = r + 2 + m[0].length;
        const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(raw.slice(next, next + 6));
        if (cp >= 55296 && cp <= 56319 && low) {
          cp = 65536 + (cp - 55296 << 10) + (parseInt(low[1], 16) - 56320);
          next += 6;
        }
        if (cp > 1114111 || cp >= 55296 && cp <= 57343) return void 0;
        emit(cp, r);
        r = next;
      } else {
        const cp = raw.codePointAt(r + 1) ?? 92;
        emit(cp, r);
        r += 1 + (cp > 65535 ? 2 : 1);
      }
    }
  }
  if (Buffer.from(bytes).toString("utf8") !== body) return void 0;
  const index = [];
  let byte = 0;
  for (let i = 0; i < body.length; i++) {
    index.push(origin[byte]);
    byte += utf8Width(body.charCodeAt(i));
  }
  index.push(end);
  return index;
}
function collectQueries(tree) {
  const out = [];
  const visit = (node, parentKey) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, parentKey);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key2, value] of Object.entries(node)) {
      if (key2 === "PLpgSQL_stmt_perform" || key2 === "PLpgSQL_stmt_dynexecute" || key2 === "datums") continue;
      if (key2 === "PLpgSQL_expr") {
        const e = value;
        if (typeof e.query === "string" && (e.parseMode ?? 0) === 0) out.push(e.query);
        continue;
      }
      visit(value, key2);
    }
  };
  visit(tree, "");
  return out;
}
function findQuery(body, query, from) {
  const firstWord = query.split(/\s/, 1)[0] ?? "";
  if (!firstWord) return -1;
  for (let at2 = body.indexOf(firstWord, from); at2 >= 0; at2 = body.indexOf(firstWord, at2 + 1)) {
    let ok = at2 + query.length <= body.length;
    for (let i = firstWord.length; ok && i < query.length; i++) {
      const q = query[i];
      if (q !== body[at2 + i] && !(q === " " || q === "	" || q === "\n")) ok = false;
    }
    if (ok) return at2;
  }
  return -1;
}
function byteToChar(s, byte) {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    if (bytes >= byte) return i;
    const c = s.charCodeAt(i);
    bytes += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 57343 ? 2 : 3;
  }
  return s.length;
}
function moveLocations(node, map) {
  if (Array.isArray(node)) {
    for (const item of node) moveLocations(item, map);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node;
  for (const key2 of Object.keys(obj)) {
    const v = obj[key2];
    if (key2 === "location" && typeof v === "number") {
      if (v >= 0) obj[key2] = map(v);
    } else if (v && typeof v === "object") moveLocations(v, map);
  }
}
var MAX_DEPTH;
var init_plpgsql = __esm({
  "src/sql/plpgsql.ts"() {
    "use strict";
    init_parser();
    init_ast();
    init_tokens();
    init_plpgsql_error();
    MAX_DEPTH = 3;
  }
});

// src/sql/ignores.ts
function findIgnores(sql, bodies = []) {
  if (!ANYWHERE.test(sql.text)) return [];
  const out = [];
  const take = (tokens) => {
    for (const t of tokens) {
      if (t.name !== "SQL_COMMENT" && t.name !== "C_COMMENT") continue;
      const parsed = parseIgnore(t.text, t.start);
      if (parsed) out.push(parsed);
    }
  };
  take(scanRange(sql, 0, sql.lines.byteLength));
  for (const body of bodies) {
    for (const t of scanRange(sql, body.start, body.end)) {
      if (t.name !== "SCONST" || !t.text.startsWith("$") || !ANYWHERE.test(t.text)) continue;
      const tag = t.text.slice(0, t.text.indexOf("$", 1) + 1);
      take(lex(t.text.slice(tag.length, t.text.length - tag.length), t.start + Buffer.byteLength(tag, "utf8")));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
function parseIgnore(comment, start) {
  let content = comment.startsWith("--") ? comment.slice(2) : comment.slice(2, comment.endsWith("*/") ? -2 : void 0);
  const lead = content.length - content.trimStart().length;
  content = content.trimStart();
  const marker = LOOKS_LIKE.exec(content);
  if (!marker) return void 0;
  const end = start + Buffer.byteLength(comment, "utf8");
  const at2 = (index, text) => {
    const s = start + Buffer.byteLength(comment.slice(0, 2 + lead + index), "utf8");
    return { id: text, start: s, end: s + Buffer.byteLength(text, "utf8") };
  };
  let rest = content.slice(marker[0].length);
  let scope = "next";
  if (/^-file/i.test(rest)) {
    scope = "file";
    rest = rest.slice("-file".length);
  }
  const colon = /^\s*:/.exec(rest);
  if (colon) rest = rest.slice(colon[0].length);
  if (marker[0].toLowerCase() !== MARKER || !colon && rest !== "" && !/^\s/.test(rest)) {
    const written = marker[0] + /^\S*/.exec(content.slice(marker[0].length))[0];
    return { scope, rules: [], start, end, malformed: at2(0, written) };
  }
  const restOffset = content.length - rest.length;
  const reason = rest.indexOf(" --");
  if (reason >= 0) rest = rest.slice(0, reason);
  const rules2 = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const r = at2(restOffset + m.index, m[0]);
    rules2.push({ ...r, id: r.id.toLowerCase() });
  }
  return { scope, rules: rules2, start, end };
}
var MARKER, LOOKS_LIKE, ANYWHERE;
var init_ignores = __esm({
  "src/sql/ignores.ts"() {
    "use strict";
    init_tokens();
    MARKER = "svc-migrate-ignore";
    LOOKS_LIKE = /^svc[-_]?migrate[-_]?ignore/i;
    ANYWHERE = /svc[-_]?migrate[-_]?ignore/i;
  }
});

// src/lint/lint-file.ts
function prepareRules(rules2, severities, pgVersion) {
  const active = (direction) => rules2.filter((r) => severities[r.id] !== "off" && (r.direction === "both" || r.direction === direction) && (r.minPgVersion === void 0 || pgVersion >= r.minPgVersion) && (r.maxPgVersion === void 0 || pgVersion <= r.maxPgVersion));
  return {
    up: active("up"),
    down: active("down"),
    known: /* @__PURE__ */ new Set([...rules2.map((r) => r.id), ...Object.keys(ENGINE_RULES), ...FILE_AND_GRAPH_FINDINGS, "affects-tables-mismatch"])
  };
}
function lintFile(input, rules2, options = {}) {
  const sql = input.parsed ?? parseSql(input.text);
  const severities = options.severities ?? {};
  const enabled = (id) => severities[id] !== "off";
  const raw = [];
  const entries = [];
  const bodies = [];
  let checkBodies = true;
  for (const stmt of sql.statements) {
    entries.push({ stmt, origin: { kind: "top" }, index: entries.length });
    if (stmt.kind === "VariableSetStmt") checkBodies = checkFunctionBodiesSetting(stmt) ?? checkBodies;
    if (stmt.kind !== "DoStmt" && stmt.kind !== "CreateFunctionStmt") continue;
    const embedded = embeddedStatements(sql, stmt);
    if (!embedded) continue;
    bodies.push({ start: stmt.start, end: stmt.end });
    if (embedded.error) {
      const why = firstLine(embedded.error);
      const at2 = enabled("plpgsql-syntax") && embedded.locateError ? embedded.locateError() : stmt;
      if (embedded.container === "do" || checkBodies) {
        raw.push({
          ruleId: "plpgsql-syntax",
          messageId: embedded.container === "do" ? "doRejected" : "functionRejected",
          severity: ENGINE_RULES["plpgsql-syntax"].severity,
          start: at2.start,
          end: at2.end,
          engine: true,
          message: embedded.container === "do" ? `PostgreSQL rejects this DO block: ${why}. The migration would fail when applied; the statements inside the block were not checked.` : `PostgreSQL rejects this PL/pgSQL function body: ${why}. check_function_bodies is on by default, so CREATE FUNCTION and with it the migration would fail; the statements inside the body were not checked.`,
          help: "Fix the PL/pgSQL at this position."
        });
      } else {
        raw.push({
          ruleId: "plpgsql-syntax",
          messageId: "uncheckedBody",
          severity: "info",
          start: at2.start,
          end: at2.end,
          engine: true,
          message: `This PL/pgSQL function body does not compile (${why}). check_function_bodies is off here, so CREATE FUNCTION succeeds, but every call of the function will fail; the statements inside the body were not checked.`,
          help: "Fix the PL/pgSQL at this position."
        });
      }
    }
    for (const nested of embedded.statements) {
      entries.push({ stmt: nested, origin: { kind: "plpgsql", container: embedded.container }, index: entries.length });
    }
  }
  const nonTransactional = sql.statements.some((s) => !isTransactional(s, input.facts.pgVersion));
  const f = input.facts;
  const facts = {
    file: f.file,
    service: f.service,
    serviceSchema: f.serviceSchema,
    allServiceSchemas: f.allServiceSchemas,
    migration: f.migration,
    direction: f.direction,
    folder: f.folder,
    environments: f.environments,
    pgVersion: f.pgVersion,
    destructiveForbiddenIn: f.destructiveForbiddenIn,
    affectsTables: f.affectsTables,
    inTransaction: !nonTransactional,
    sql
  };
  if (sql.error) {
    raw.push({
      ruleId: "sql-syntax",
      messageId: "syntax",
      severity: "error",
      start: 0,
      end: 0,
      engine: true,
      line: sql.error.line,
      column: sql.error.column,
      message: `PostgreSQL rejects this SQL: ${sql.error.message}. The migration would fail when applied.`,
      help: "Fix the statement at this position; the file must parse as PostgreSQL SQL."
    });
  } else if (sql.empty) {
    raw.push({
      ruleId: "empty-migration",
      messageId: "empty",
      severity: "warning",
      start: 0,
      end: 0,
      engine: true,
      line: 1,
      column: 1,
      message: "This migration holds no SQL statement: applying it records a version that changed nothing.",
      help: "Write the statements, or delete the migration (and its dependencies.json entry) if it is not needed."
    });
  }
  const prepared = options.prepared ?? prepareRules(rules2, severities, facts.pgVersion);
  const active = facts.direction === "down" ? prepared.down : prepared.up;
  const report = (rule) => (v) => {
    const template = rule.messages[v.messageId] ?? v.messageId;
    raw.push({
      ruleId: rule.id,
      messageId: v.messageId,
      severity: v.severity ?? rule.severity,
      start: v.start,
      end: v.end,
      message: fill(template, v.data),
      help: fill(rule.help, v.data)
    });
  };
  const reporters = active.map((r) => report(r));
  const created = /* @__PURE__ */ new Set();
  const temp = /* @__PURE__ */ new Set();
  for (const entry2 of entries) {
    const ctx = { facts, stmt: entry2.stmt, origin: entry2.origin, createdTables: created, tempTables: temp, report: reporters[0] };
    for (let r = 0; r < active.length; r++) {
      ctx.report = reporters[r];
      active[r].check(ctx);
    }
    if (entry2.origin.container === "function") continue;
    for (const c of tablesCreated(entry2.stmt)) {
      (c.temporary ? temp : created).add(tableKey(c.name));
    }
  }
  active.forEach((rule, r) => rule.checkFile?.({ facts, statements: entries, report: reporters[r] }));
  const ignores = sql.error ? [] : findIgnores(sql, bodies);
  const known = prepared.known;
  const silenced = /* @__PURE__ */ new Set();
  for (const ig of ignores) {
    let target;
    if (ig.scope === "next") {
      const next = firstStartingAt(entries, ig.end);
      target = next ? { start: next.stmt.start, end: next.stmt.end } : void 0;
    }
    if (ig.malformed) {
      const m = ig.malformed;
      raw.push({
        ruleId: "ignore-malformed",
        messageId: "malformed",
        severity: ENGINE_RULES["ignore-malformed"].severity,
        start: m.start,
        end: m.end,
        engine: true,
        message: `"${m.id}" is not an ignore comment svc-migrate can read, so this comment silences nothing.`,
        help: "Write `-- svc-migrate-ignore rule-a, rule-b` (the next statement) or `-- svc-migrate-ignore-file rule-a` (the whole file)."
      });
      continue;
    }
    if (ig.rules.length === 0) {
      raw.push({
        ruleId: "ignore-unknown-rule",
        messageId: "noRule",
        severity: "warning",
        start: ig.start,
        end: ig.end,
        engine: true,
        message: "This ignore comment names no rule, so it silences nothing.",
        help: "Name the rules to silence: `-- svc-migrate-ignore rule-a, rule-b`."
      });
      continue;
    }
    for (const r of ig.rules) {
      if (!known.has(r.id)) {
        raw.push({
          ruleId: "ignore-unknown-rule",
          messageId: "unknownRule",
          severity: "warning",
          start: r.start,
          end: r.end,
          engine: true,
          message: `The ignore comment names "${r.id}", which is not a rule, so it silences nothing.`,
          help: "Check the rule id (svc-migrate rule ids are kebab-case, e.g. drop-cascade)."
        });
        continue;
      }
      if (FILE_AND_GRAPH_FINDINGS.includes(r.id)) {
        raw.push({
          ruleId: "ignore-unused",
          messageId: "notSilenceable",
          severity: "warning",
          start: r.start,
          end: r.end,
          engine: true,
          message: `"${r.id}" is a finding about the migration's files, config or dependencies, not about a statement: an ignore comment cannot silence it.`,
          help: `Fix the cause (see docs/rules/${r.id}.md); svc-migrate.json \`rules\` severities cannot turn it off either.`
        });
        continue;
      }
      let used = false;
      raw.forEach((v, i) => {
        if (v.ruleId !== r.id || v.ruleId.startsWith("ignore-")) return;
        if (target && !(v.start >= target.start && v.start < target.end && v.line === void 0)) return;
        if (!target && ig.scope === "next") return;
        silenced.add(i);
        used = true;
      });
      if (!used && enabled(r.id)) {
        raw.push({
          ruleId: "ignore-unused",
          messageId: "unused",
          severity: "info",
          start: r.start,
          end: r.end,
          engine: true,
          message: ig.scope === "file" ? `This ignore comment silences "${r.id}" in the file, but nothing in the file triggers it.` : `This ignore comment silences "${r.id}" on the next statement, but that statement does not trigger it.`,
          help: "Remove the stale ignore so it cannot hide a future problem."
        });
      }
    }
  }
  const violations = [];
  raw.forEach((v, i) => {
    if (silenced.has(i)) return;
    const override = severities[v.ruleId];
    if (override === "off") return;
    const pos = v.line !== void 0 ? { line: v.line, column: v.column ?? 1 } : sql.lines.fromByte(v.start);
    const endPos = v.line !== void 0 ? pos : sql.lines.fromByte(Math.max(v.end, v.start));
    const finding = {
      rule: v.ruleId,
      severity: override ?? v.severity,
      message: v.message,
      ...v.help ? { help: v.help } : {},
      file: facts.file,
      line: pos.line,
      column: pos.column,
      endLine: endPos.line,
      endColumn: endPos.column,
      service: facts.service,
      migration: facts.migration
    };
    violations.push({ finding, messageId: v.messageId });
  });
  violations.sort((a, b) => compareFindings(a.finding, b.finding));
  const written = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.origin.container === "function") continue;
    for (const t of tablesWritten(e.stmt)) if (!temp.has(t)) written.add(t);
  }
  return { findings: violations.map((v) => v.finding), violations, sql, facts, tablesWritten: [...written], nonTransactional };
}
function firstStartingAt(entries, offset) {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (entries[mid].stmt.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return entries[lo];
}
function fill(template, data) {
  if (!data) return template;
  let parts = templates.get(template);
  if (!parts) templates.set(template, parts = template.split(/\{\{\s*(\w+)\s*\}\}/));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : `{{${k}}}`) + parts[i + 1];
  }
  return out;
}
function firstLine(s) {
  return s.split("\n", 1)[0] ?? s;
}
var ENGINE_RULES, templates;
var init_lint_file = __esm({
  "src/lint/lint-file.ts"() {
    "use strict";
    init_types();
    init_finding_ids();
    init_parser();
    init_facts();
    init_plpgsql();
    init_ignores();
    ENGINE_RULES = {
      "sql-syntax": { severity: "error", description: "SQL that the PostgreSQL parser rejects." },
      "sql-encoding": { severity: "error", description: "A migration file that is not UTF-8 text (invalid bytes or NUL bytes)." },
      "empty-migration": { severity: "warning", description: "A migration file with no SQL statement (empty, blank or comments only)." },
      "plpgsql-syntax": { severity: "error", description: "A DO block or PL/pgSQL function body that PostgreSQL rejects, so the migration fails when applied." },
      "ignore-unknown-rule": { severity: "warning", description: "An ignore comment that names a rule that does not exist (or names none)." },
      "ignore-unused": { severity: "info", description: "An ignore comment that silenced nothing." },
      "ignore-malformed": { severity: "warning", description: "A comment that looks like an ignore comment but cannot be read, so it silences nothing." }
    };
    templates = /* @__PURE__ */ new Map();
  }
});

// src/lint/pool.ts
function minFilesForWorkers(cores = (0, import_node_os2.availableParallelism)(), env = process.env) {
  const fromEnv = env.SVC_MIGRATE_WORKER_MIN_FILES;
  if (fromEnv !== void 0 && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return cores <= 2 ? 1e4 : 2e3;
}
function lintWorkerCount(files, requested) {
  const fromEnv = process.env.SVC_MIGRATE_LINT_WORKERS;
  const wanted = requested ?? (fromEnv !== void 0 && /^\d+$/.test(fromEnv) ? Number(fromEnv) : void 0);
  if (wanted !== void 0) return Math.max(0, Math.min(wanted, 16));
  const cores = (0, import_node_os2.availableParallelism)();
  if (files < minFilesForWorkers(cores)) return 0;
  return cores < 2 ? 0 : cores;
}
function lintWorkerEntry() {
  try {
    const file = (0, import_node_url.fileURLToPath)(new URL("./lint-worker.js", __svc_migrate_import_meta_url));
    return (0, import_node_fs5.existsSync)(file) ? file : void 0;
  } catch {
    return void 0;
  }
}
var import_node_fs5, import_node_os2, import_node_url, import_node_worker_threads, BATCH, FIRST_BATCHES, IN_FLIGHT, LintPool;
var init_pool = __esm({
  "src/lint/pool.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_url = require("node:url");
    import_node_worker_threads = require("node:worker_threads");
    init_lint();
    BATCH = 32;
    FIRST_BATCHES = 24;
    IN_FLIGHT = 4;
    LintPool = class _LintPool {
      constructor(entry2, size) {
        this.size = size;
        try {
          for (let i = 0; i < size; i++) {
            const worker = new import_node_worker_threads.Worker(entry2, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
            worker.unref();
            worker.on("error", (e) => this.failure ??= e);
            this.workers.push(worker);
          }
        } catch (e) {
          for (const w of this.workers) void w.terminate();
          throw e;
        }
      }
      size;
      workers = [];
      /** Why a worker failed before `run` listened, if one did. */
      failure;
      used = false;
      /**
       * Starts `size` workers (`lintWorkerCount` decides how many), or none when not running from the bundle or when
       * a thread cannot be created (then everything is linted in-process, as without workers).
       */
      static start(size) {
        const entry2 = size > 0 ? lintWorkerEntry() : void 0;
        if (!entry2) return void 0;
        try {
          return new _LintPool(entry2, size);
        } catch {
          return void 0;
        }
      }
      /**
       * Lints `jobs`, filling `results` by job index (and telling `onResult` of each as it arrives). Rejects when a
       * worker fails; the results filled so far stay valid and the caller lints the rest in-process. The workers get
       * their first batches before this returns its promise.
       */
      async run(jobs, shared, results, onResult) {
        if (this.used) throw new Error("a lint pool runs once");
        this.used = true;
        if (this.failure) throw this.failure;
        let next = 0;
        const take = (read) => {
          if (next >= jobs.length) return void 0;
          const first = next;
          next = Math.min(jobs.length, next + BATCH);
          const batch = jobs.slice(first, next);
          return { first, jobs: read ? batch.map((job) => ({ ...job, read: readJob(job.abs, shared) })) : batch };
        };
        const firstShare = Math.max(1, Math.min(FIRST_BATCHES, Math.floor(Math.ceil(jobs.length / BATCH) / (2 * this.workers.length))));
        const done = this.workers.map((worker) => new Promise((resolve5, reject) => {
          worker.ref();
          let finished = false;
          let inFlight = 0;
          const send = (read) => {
            const request = take(read);
            if (request) {
              inFlight++;
              worker.postMessage(request);
              return true;
            }
            if (inFlight === 0) {
              finished = true;
              resolve5();
            }
            return false;
          };
          worker.on("message", (m) => {
            inFlight--;
            if (m.error !== void 0 || !m.results) return reject(new Error(m.error ?? "lint worker sent no results"));
            m.results.forEach((r, i) => {
              results[m.first + i] = r;
              onResult?.(m.first + i, r);
            });
            while (inFlight < IN_FLIGHT && send(true)) ;
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (!finished) reject(new Error(`lint worker exited with code ${code}`));
          });
          const init = { init: shared };
          worker.postMessage(init);
          for (let i = 0; i < firstShare; i++) send(false);
        }));
        await Promise.all(done);
      }
      /** Stops the workers. */
      async close() {
        await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
      }
    };
  }
});

// src/lint/lint.ts
async function lintRepo(repo, env, options = {}) {
  const custom = options.readFile !== void 0 || options.rules !== void 0;
  const settings = {
    severities: severityOverrides(repo, env),
    allServiceSchemas: new Set(repo.services.map((s) => s.snake)),
    pgVersion: repo.config?.pg_version ?? 15
  };
  const cache2 = options.cache && !custom ? LintCache.open(options.cache, settings) : void 0;
  const shared = { ...settings, hashContent: cache2 !== void 0 };
  const allEnvironments = knownEnvironments(repo);
  const jobs = [];
  for (const service of repo.services) {
    const byFolder = /* @__PURE__ */ new Map();
    for (const migration of service.migrations) {
      let placement = byFolder.get(migration.folder);
      if (!placement) byFolder.set(migration.folder, placement = placementOf(service, migration, allEnvironments));
      if (migration.up) jobs.push(lintJob(service, migration, migration.up, placement));
      if (migration.down) jobs.push(lintJob(service, migration, migration.down, placement));
    }
  }
  const keys = [];
  const keyOf = (i) => keys[i] ??= cache2.key(jobs[i]);
  let expectedHits = 0;
  if (cache2?.hasEntries()) {
    jobs.forEach((job, i) => {
      job.expect = cache2.expected(keyOf(i));
      if (job.expect !== void 0) expectedHits++;
    });
  }
  const stored = [];
  const record = (i, outcome) => {
    if (!cache2 || !outcome.result || outcome.hash === void 0) return;
    cache2.store(keyOf(i), outcome.hash, outcome.result, jobs[i]);
    stored[i] = true;
  };
  const outcomes = new Array(jobs.length);
  const workerCount = custom ? 0 : lintWorkerCount(jobs.length - expectedHits, options.workers);
  let pool = options.pool;
  if (pool && workerCount === 0) await pool.close();
  else if (!pool) pool = LintPool.start(workerCount);
  let pooled = false;
  let failure;
  if (pool && workerCount > 0) {
    try {
      const pooling = pool.run(jobs, shared, outcomes, record);
      if (cache2) jobs.forEach((_, i) => keyOf(i));
      await pooling;
      pooled = true;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    } finally {
      await pool.close();
    }
  }
  let context;
  const inProcess = async () => {
    await ensureParser();
    return context ??= lintContext(shared, options.rules ?? rules);
  };
  for (let i = 0; i < jobs.length; i++) {
    if (outcomes[i]) continue;
    const job = jobs[i];
    let file;
    if (options.readFile) {
      try {
        file = { bytes: await options.readFile(job.abs) };
      } catch (e) {
        file = { error: e instanceof Error ? e.message : String(e) };
      }
    } else {
      file = job.read ?? readJob(job.abs, shared);
      if (file.hash !== void 0 && file.hash === job.expect) {
        outcomes[i] = { hash: file.hash };
        continue;
      }
    }
    outcomes[i] = { result: lintMigrationFile(job, file, await inProcess()), hash: file.hash };
  }
  const results = new Array(jobs.length);
  let hits = 0;
  for (let i = 0; i < jobs.length; i++) {
    const outcome = outcomes[i];
    let result = outcome.result;
    if (cache2 && outcome.hash !== void 0) {
      if (!result) {
        if (result = cache2.hit(keyOf(i), outcome.hash, jobs[i])) hits++;
      } else if (!stored[i]) {
        record(i, outcome);
      }
    }
    if (!result) {
      const again = runLintJob({ ...jobs[i], expect: void 0 }, await inProcess());
      result = again.result;
      record(i, again);
    }
    results[i] = result;
  }
  const cacheError = cache2?.save();
  if (process.env.SVC_MIGRATE_DEBUG_LINT) {
    process.stderr.write(`svc-migrate lint: ${jobs.length} files, ${pooled ? pool.size : 0} worker threads${failure ? ` (pool failed: ${failure})` : ""}${cache2 ? `, ${hits} from the cache${cacheError ? ` (not saved: ${cacheError})` : ""}` : ""}
`);
  }
  const findings = [];
  const files = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const x of r.findings) findings.push(x);
    files.set(r.analysis.file, r.analysis);
  }
  findings.sort(compareFindings);
  return { findings, files, cacheHits: hits };
}
function lintContext(shared, rules2 = rules) {
  return { ...shared, rules: rules2, prepared: prepareRules(rules2, shared.severities, shared.pgVersion) };
}
function placementOf(service, migration, allEnvironments) {
  const environments = environmentsOf(service, migration, allEnvironments);
  const destructiveForbiddenIn = environments.filter((e) => !environmentSettings(service, e).allow_destructive_operations);
  return { environments, destructiveForbiddenIn };
}
function lintJob(service, migration, mf, { environments, destructiveForbiddenIn }) {
  return {
    abs: mf.abs,
    facts: {
      file: mf.file,
      service: service.name,
      serviceSchema: service.snake,
      migration: migration.id,
      direction: mf.direction,
      folder: migration.folder,
      environments,
      destructiveForbiddenIn,
      affectsTables: Array.isArray(migration.meta?.affects_tables) ? migration.meta.affects_tables : void 0
    }
  };
}
function runLintJob(job, context) {
  const file = job.read ?? readJob(job.abs, context);
  if (file.hash !== void 0 && file.hash === job.expect) return { hash: file.hash };
  return { result: lintMigrationFile(job, file, context), hash: file.hash };
}
function readJob(abs, shared) {
  try {
    const bytes = (0, import_node_fs6.readFileSync)(abs);
    return { bytes, hash: shared.hashContent ? contentHash(bytes) : void 0 };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
function lintMigrationFile(job, { bytes, error: readError }, shared) {
  const { facts: known } = job;
  const base = {
    file: known.file,
    service: known.service,
    migration: known.migration,
    direction: known.direction,
    tablesWritten: [],
    nonTransactional: false,
    empty: false,
    syntaxError: true
  };
  const at2 = { file: known.file, service: known.service, migration: known.migration, line: 1, column: 1 };
  if (bytes === void 0) {
    const severity = sev(shared, "sql-encoding", "error");
    return { analysis: base, findings: severity === "off" ? [] : [{
      rule: "sql-encoding",
      severity,
      ...at2,
      message: `The migration file could not be read (${readError ?? "unknown error"}), so it was not checked and cannot be applied.`,
      help: "Check the file permissions and that it is a regular file."
    }] };
  }
  const text = decode2(bytes);
  if (typeof text !== "string") {
    const problem = text.problem;
    const pos = text.line !== void 0 ? { line: text.line, column: text.column ?? 1 } : {};
    const severity = sev(shared, "sql-encoding", "error");
    const findings = severity === "off" ? [] : [{
      rule: "sql-encoding",
      severity,
      ...at2,
      ...pos,
      message: `The migration file is not UTF-8 text (${problem}): PostgreSQL would reject it or store corrupted text.`,
      help: "Save the file as UTF-8 without NUL bytes."
    }];
    return { analysis: base, findings };
  }
  const facts = {
    file: known.file,
    service: known.service,
    serviceSchema: known.serviceSchema,
    allServiceSchemas: shared.allServiceSchemas,
    migration: known.migration,
    direction: known.direction,
    folder: known.folder,
    environments: known.environments,
    destructiveForbiddenIn: known.destructiveForbiddenIn,
    pgVersion: shared.pgVersion,
    affectsTables: known.affectsTables
  };
  const result = lintFile({ text, facts }, shared.rules, { severities: shared.severities, prepared: shared.prepared });
  return {
    findings: result.findings,
    analysis: {
      ...base,
      tablesWritten: result.tablesWritten,
      nonTransactional: result.nonTransactional,
      empty: result.sql.empty && !result.sql.error,
      syntaxError: result.sql.error !== void 0
    }
  };
}
function sev(shared, id, fallback) {
  return shared.severities[id] ?? fallback;
}
function decode2(bytes) {
  const at2 = (offset) => {
    let line = 1;
    let lineStart = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
    for (let i = lineStart; i < offset; i++) {
      const b = bytes[i];
      if (b === 10 || b === 13 && bytes[i + 1] !== 10) {
        line++;
        lineStart = i + 1;
      }
    }
    let column = 1;
    for (let i = lineStart; i < offset; i++) if ((bytes[i] & 192) !== 128) column++;
    return { line, column };
  };
  const firstInvalid = () => {
    const offset = firstInvalidUtf8(bytes);
    if (offset < 0) return { offset: bytes.length, length: 0 };
    const lead = bytes[offset];
    if (!(lead >= 194 && lead <= 223 || lead >= 224 && lead <= 239 || lead >= 240 && lead <= 244)) return { offset, length: 1 };
    let length = 1;
    while (length < 4 && offset + length < bytes.length && (bytes[offset + length] & 192) === 128) length++;
    return { offset, length };
  };
  const nul = bytes.indexOf(0);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalid();
    if (nul >= 0 && nul < bad.offset) return { problem: "it holds a NUL byte", ...at2(nul) };
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
    return { problem: `invalid UTF-8 byte sequence${shown ? ` ${shown}` : ""}`, ...at2(bad.offset) };
  }
  if (nul >= 0) return { problem: "it holds a NUL byte", ...at2(nul) };
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function severityOverrides(repo, env) {
  return { ...repo.config?.rules ?? {}, ...repo.config?.environments?.[env]?.rules ?? {} };
}
var import_node_fs6, decoder;
var init_lint = __esm({
  "src/lint/lint.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_types();
    init_utf8();
    init_parser();
    init_rules();
    init_environments();
    init_lint_file();
    init_pool();
    init_cache();
    init_lint_file();
    decoder = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/lint/validate.ts
async function validate(options) {
  let pool;
  const prestart = !options.cache || !cacheFileExists(options.cache);
  const threshold = minFilesForWorkers();
  const onProgress = (files) => {
    if (!pool && files >= threshold) pool = LintPool.start(lintWorkerCount(files));
  };
  let full;
  let repo;
  let env;
  try {
    full = await loadRepo({ root: options.root, onProgress: prestart ? onProgress : void 0 });
    repo = selectServices(full, options.services ?? []);
    env = resolveEnvironment(full, options.env, options.processEnv ?? process.env);
  } catch (e) {
    await pool?.close();
    throw e;
  }
  const linting = lintRepo(repo, env, { cache: options.cache, pool });
  linting.catch(() => void 0);
  const graphFindings = checkGraph(full, env, { services: options.services });
  const lint = await linting;
  const findings = dedupe([...repo.findings, ...graphFindings, ...lint.findings]).sort(compareFindings);
  const services = repo.services.map((s) => summarizeService(repo, s.name, env, lint.files));
  const report = {
    version: 1,
    environment: env,
    findings,
    summary: {
      ...countFindings(findings),
      services: repo.services.length,
      migrations: repo.services.reduce((n, s) => n + s.migrations.length, 0),
      files: services.reduce((n, s) => n + s.files, 0)
    },
    services
  };
  return { report, repo, env, files: lint.files };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key2 = `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function summarizeService(repo, name2, env, files) {
  const service = repo.services.find((s) => s.name === name2);
  const groups = {};
  let fileCount = 0;
  const tables = {};
  for (const m of service.migrations) {
    groups[m.folder] = (groups[m.folder] ?? 0) + 1;
    if (m.up) fileCount++;
    if (m.down) fileCount++;
    const analysis = m.up ? files.get(m.up.file) : void 0;
    if (analysis && analysis.tablesWritten.length > 0) tables[m.id] = [...analysis.tablesWritten];
  }
  return {
    name: service.name,
    dir: service.dir,
    layout: service.layout,
    dependencyFile: service.dependencies?.file,
    dependencyEntries: service.dependencies ? Object.keys(service.dependencies.value.migrations ?? {}).length : 0,
    environmentsFile: service.environments?.file,
    environments: service.environments ? Object.keys(service.environments.value.environments ?? {}) : [],
    groups,
    migrations: service.migrations.length,
    applicable: service.migrations.filter((m) => appliesIn(m, env)).length,
    files: fileCount,
    tables
  };
}
async function sourceLines(root, findings) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.file || f.line === void 0 || out.has(f.file)) continue;
    try {
      const text = await (0, import_promises.readFile)(import_node_path5.default.join(root, f.file), "utf8");
      out.set(f.file, text.length > 2e7 ? [] : (text.charCodeAt(0) === 65279 ? text.slice(1) : text).split(/\r\n|\r|\n/));
    } catch {
      out.set(f.file, []);
    }
  }
  return out;
}
var import_promises, import_node_path5;
var init_validate = __esm({
  "src/lint/validate.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path5 = __toESM(require("node:path"), 1);
    init_types();
    init_load2();
    init_environments();
    init_select();
    init_check();
    init_lint();
    init_cache();
    init_pool();
  }
});

// src/report/text.ts
function paint(enabled, color, text) {
  return enabled ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text;
}
function formatText(report, options) {
  const c = options.color;
  const out = [];
  const services = report.services ?? [];
  const byService = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const key2 = f.service ?? "";
    if (!byService.has(key2)) byService.set(key2, []);
    byService.get(key2).push(f);
  }
  const projectFindings = byService.get("") ?? [];
  if (projectFindings.length > 0) {
    out.push(paint(c, "bold", "project"));
    for (const f of projectFindings) out.push(...formatFinding(f, options));
    out.push("");
  }
  const names = [.../* @__PURE__ */ new Set([...services.map((s) => s.name), ...[...byService.keys()].filter(Boolean)])];
  for (const name2 of names) {
    const summary = services.find((s) => s.name === name2);
    const findings = byService.get(name2) ?? [];
    out.push(paint(c, "bold", name2) + (summary ? paint(c, "dim", `  (${summary.dir})`) : ""));
    if (summary) out.push(...formatServiceFacts(summary, report.environment, c));
    if (summary && options.impact) out.push(...formatImpact(summary, c));
    for (const f of findings) out.push(...formatFinding(f, options));
    out.push("");
  }
  out.push(formatSummaryLine(report, c));
  return out.join("\n") + "\n";
}
function formatServiceFacts(s, env, c) {
  const ok = paint(c, "green", "\u2713");
  const no = paint(c, "yellow", "-");
  const lines = [];
  lines.push(
    s.dependencyFile ? `  ${ok} dependency file found: ${s.dependencyFile} (${s.dependencyEntries} migrations in the dependency file)` : `  ${no} no dependencies.json`
  );
  if (s.environmentsFile) lines.push(`  ${ok} environments file found: ${s.environmentsFile} (${s.environments.join(", ") || "no environments"})`);
  const groups = Object.entries(s.groups).map(([g, n]) => `${g} (${n})`).join(", ");
  lines.push(`  ${ok} migration groups found: ${groups || "none"}${s.layout === "flat" ? " [flat golang-migrate layout]" : ""}`);
  lines.push(`  ${ok} ${plural(s.files, "SQL file")} checked, ${plural(s.migrations, "migration")}, ${s.applicable} of them apply in ${env}`);
  return lines;
}
function formatImpact(s, c) {
  const ids = Object.keys(s.tables).sort((a, b) => Number(a) - Number(b) || compareText(a, b));
  if (ids.length === 0) return [`  ${paint(c, "dim", "tables written: none found")}`];
  return ["  tables written:", ...ids.map((id) => `    ${id} ${s.tables[id].join(", ")}`)];
}
function formatFinding(f, options) {
  const c = options.color;
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}` : "(repository)";
  const lines = [`  ${where}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity)}  ${paint(c, "dim", f.rule)}`];
  lines.push(`    ${f.message}`);
  const source = f.file && f.line ? options.sources?.get(f.file) : void 0;
  if (source && f.line) lines.push(...formatExcerpt(f, source, c));
  if (f.help) lines.push(`    ${paint(c, "cyan", "help:")} ${f.help}`);
  return lines;
}
function formatExcerpt(f, source, c) {
  const first = f.line;
  let last = f.endLine !== void 0 && f.endLine > first ? f.endLine : first;
  let endColumn = f.endColumn;
  if (last > first && endColumn === 1) {
    last--;
    endColumn = void 0;
  }
  const shown = Math.min(last, first + MAX_EXCERPT_LINES - 1);
  const gutterWidth = String(last > shown ? shown + 1 : shown).length;
  const out = [];
  for (let n = first; n <= shown; n++) {
    const text = source[n - 1];
    if (text === void 0 || text.length > MAX_EXCERPT_CHARS) break;
    out.push(paint(c, "dim", `    ${String(n).padStart(gutterWidth)} | `) + text);
    if (!f.column) continue;
    const points = [...text];
    const cells = displayCells(text);
    const from = n === first ? Math.min(f.column - 1, cells.length) : Math.max(0, points.findIndex((p) => !/\s/.test(p)));
    const to = n === last && endColumn !== void 0 ? Math.min(Math.max(endColumn - 1, from + 1), cells.length) : cells.length;
    let pad = "";
    for (let i = 0; i < from; i++) pad += cells[i] === -1 ? "	" : " ".repeat(cells[i]);
    let width = 0;
    for (let i = from; i < to; i++) width += Math.abs(cells[i]);
    out.push(paint(c, "dim", `    ${" ".repeat(gutterWidth)} | `) + pad + paint(c, SEVERITY_COLOR[f.severity], "^".repeat(Math.max(1, width))));
  }
  if (last > shown && out.length > 0) out.push(paint(c, "dim", `    ${" ".repeat(gutterWidth)} | `) + "\u2026");
  return out;
}
function displayCells(line) {
  const cells = [];
  for (const { segment } of (segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" })).segment(line)) {
    const points = [...segment];
    let width = 0;
    if (segment === "	") width = -1;
    else if (segment.includes("\uFE0F") && new RegExp("\\p{Extended_Pictographic}", "u").test(segment)) width = 2;
    else for (const p of points) width = Math.max(width, ZERO.test(p) ? 0 : WIDE.test(p) ? 2 : 1);
    cells.push(width, ...new Array(points.length - 1).fill(0));
  }
  return cells;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatSummaryLine(report, c) {
  const s = report.summary;
  const mark = s.errors > 0 ? paint(c, "red", "\u2716") : s.warnings > 0 ? paint(c, "yellow", "!") : paint(c, "green", "\u2714");
  return `${mark} ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")} in ${plural(s.services, "service")} (${plural(s.migrations, "migration")}, ${plural(s.files, "file")}; environment ${report.environment})`;
}
var COLORS, SEVERITY_COLOR, MAX_EXCERPT_LINES, MAX_EXCERPT_CHARS, WIDE, ZERO, segmenter;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_types();
    COLORS = { red: "31", yellow: "33", blue: "34", green: "32", dim: "2", bold: "1", cyan: "36" };
    SEVERITY_COLOR = { error: "red", warning: "yellow", info: "blue" };
    MAX_EXCERPT_LINES = 3;
    MAX_EXCERPT_CHARS = 400;
    WIDE = new RegExp("[\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uA960-\\uA97F\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE10-\\uFE19\\uFE30-\\uFE6F\\uFF00-\\uFF60\\uFFE0-\\uFFE6\\u{16FE0}-\\u{16FE4}\\u{17000}-\\u{18AFF}\\u{1B000}-\\u{1B2FF}\\u{1F200}-\\u{1F2FF}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}]|\\p{Emoji_Presentation}", "u");
    ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
  }
});

// src/report/json.ts
function formatJson(report) {
  const { version, environment, findings, summary, ...extra } = report;
  const ordered = {
    version,
    environment,
    findings: findings.map((f) => {
      const o = {};
      for (const k of FINDING_KEYS) if (f[k] !== void 0) o[k] = f[k];
      return o;
    }),
    summary,
    ...extra
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
var FINDING_KEYS;
var init_json2 = __esm({
  "src/report/json.ts"() {
    "use strict";
    FINDING_KEYS = ["rule", "severity", "message", "help", "file", "line", "column", "endLine", "endColumn", "service", "migration"];
  }
});

// src/report/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function orderForAnnotation(findings) {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b));
}
function formatAnnotation(f) {
  const props = [];
  if (f.file !== void 0) {
    props.push(`file=${escapeProperty(f.file)}`);
    if (f.line !== void 0 && f.line >= 1) {
      props.push(`line=${f.line}`);
      const endLine = f.endLine !== void 0 && f.endLine > f.line ? f.endLine : f.line;
      if (endLine === f.line && f.column !== void 0 && f.column >= 1) {
        props.push(`col=${f.column}`, `endLine=${endLine}`);
        if (f.endColumn !== void 0 && f.endColumn >= f.column) props.push(`endColumn=${f.endColumn}`);
      } else if (endLine !== f.line) {
        props.push(`endLine=${endLine}`);
      }
    }
  }
  props.push(`title=${escapeProperty(f.rule)}`);
  const message = f.help === void 0 ? f.message : `${f.message}
${f.help}`;
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(message)}`;
}
function selectAnnotations(findings, limit = Number.POSITIVE_INFINITY) {
  const seen = { error: 0, warning: 0, info: 0 };
  const omitted = { error: 0, warning: 0, info: 0 };
  const shown = [];
  for (const f of orderForAnnotation(findings)) {
    if (seen[f.severity] < limit) {
      seen[f.severity]++;
      shown.push(f);
    } else {
      omitted[f.severity]++;
    }
  }
  return { shown, omitted };
}
function formatGithub(report, opts = {}) {
  const { shown, omitted } = selectAnnotations(report.findings, opts.limit);
  const lines = shown.map(formatAnnotation);
  const left = omitted.error + omitted.warning + omitted.info;
  if (left > 0) {
    const parts = ["error", "warning", "info"].filter((s) => omitted[s] > 0).map((s) => `${omitted[s]} ${s}${omitted[s] === 1 ? "" : "s"}`);
    lines.push(
      `svc-migrate: ${left} more finding${left === 1 ? "" : "s"} not annotated (${parts.join(", ")}; GitHub shows ${opts.limit} per severity): the full list is in the job summary (and in the SARIF file, when sarif-file is set).`
    );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
var COMMAND;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_types();
    COMMAND = { error: "error", warning: "warning", info: "notice" };
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "svc-migrate",
      version: "0.1.0",
      description: "Validate and apply the PostgreSQL migrations of many services in one repository: CLI and GitHub Action.",
      type: "module",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      bin: {
        "svc-migrate": "dist/cli.js"
      },
      files: [
        "dist",
        "schemas",
        "action.yml"
      ],
      scripts: {
        build: "node scripts/build.mjs",
        test: "npm run typecheck && npm run lint && npm run build:check && npm run test:unit --",
        typecheck: "tsc -p .",
        lint: "eslint .",
        bench: "node scripts/bench.mjs",
        fuzz: "FUZZ_RUNS=200000 npm run test:unit -- tests/fuzz",
        "new-rule": "tsx scripts/new-rule.ts",
        "build:check": "node scripts/build.mjs --check",
        "test:unit": "node --experimental-vm-modules node_modules/jest/bin/jest.js"
      },
      dependencies: {
        "@actions/core": "^3.0.1",
        "@actions/github": "^9.1.1",
        "@electric-sql/pglite": "^0.5.16",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "libpg-query": "^18.1.5",
        pg: "^8.23.1",
        toposort: "^2.0.2"
      },
      devDependencies: {
        "@eslint/js": "^10.0.1",
        "@types/jest": "^30.0.0",
        "@types/node": "^20.19.43",
        "@types/pg": "^8.23.1",
        "@types/toposort": "^2.0.7",
        dbmate: "2.24.0",
        esbuild: "^0.28.2",
        eslint: "^10.15.0",
        "fast-check": "^4.10.2",
        jest: "^30.5.2",
        "squawk-cli": "2.61.0",
        "ts-jest": "^29.4.15",
        tsx: "^4.23.15",
        typescript: "^6.0.3",
        "typescript-eslint": "^8.73.0"
      },
      allowScripts: {
        esbuild: true,
        "@parcel/watcher": false
      }
    };
  }
});

// src/core/version.ts
var VERSION;
var init_version = __esm({
  "src/core/version.ts"() {
    "use strict";
    init_package();
    VERSION = package_default.version;
  }
});

// src/report/sarif.ts
function ruleName(id) {
  return id.split(/[^a-zA-Z0-9]+/).filter((p) => p !== "").map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function regionOf(f) {
  if (f.line === void 0 || !(f.line >= 1)) return void 0;
  const region = { startLine: f.line };
  if (f.column !== void 0 && f.column >= 1) region.startColumn = f.column;
  const endLine = f.endLine !== void 0 && f.endLine >= f.line ? f.endLine : void 0;
  if (endLine !== void 0) region.endLine = endLine;
  if (f.endColumn !== void 0 && f.endColumn >= 1) {
    const sameLine = (endLine ?? f.line) === f.line;
    if (!sameLine || region.startColumn === void 0 || f.endColumn >= region.startColumn) {
      region.endLine = endLine ?? f.line;
      region.endColumn = f.endColumn;
    }
  }
  return region;
}
function formatSarif(report, opts = {}) {
  return `${JSON.stringify(buildSarif(report, opts), null, 2)}
`;
}
function buildSarif(report, opts = {}) {
  const info = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  const findings = [...report.findings].sort(compareFindings);
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules2 = ruleIds.map((id) => {
    const meta = info.get(id);
    const severity = meta?.severity ?? findings.filter((f) => f.rule === id).reduce((s, f) => SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s, "info");
    const descriptor = {
      id,
      name: ruleName(id),
      shortDescription: { text: meta?.description ?? id },
      helpUri: `${HOMEPAGE}/blob/main/docs/rules/${id}.md`,
      defaultConfiguration: { level: LEVEL[severity] }
    };
    if (meta?.help !== void 0) descriptor.help = { text: meta.help };
    return descriptor;
  });
  const results = [];
  const notifications = [];
  for (const f of findings) {
    const text = f.help === void 0 ? f.message : `${f.message}
${f.help}`;
    const ruleIndex = index.get(f.rule);
    if (f.file === void 0 || f.file === "") {
      notifications.push({ level: LEVEL[f.severity], message: { text }, associatedRule: { id: f.rule, index: ruleIndex } });
      continue;
    }
    const region = regionOf(f);
    const result = {
      ruleId: f.rule,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" },
            ...region === void 0 ? {} : { region }
          }
        }
      ]
    };
    const properties = {};
    if (f.service !== void 0) properties.service = f.service;
    if (f.migration !== void 0) properties.migration = f.migration;
    if (Object.keys(properties).length > 0) result.properties = properties;
    results.push(result);
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "svc-migrate", informationUri: HOMEPAGE, version: VERSION, semanticVersion: VERSION, rules: rules2 }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: "unicodeCodePoints",
        results,
        properties: { environment: report.environment }
      }
    ]
  };
}
function encodeUri(file) {
  return file.replace(/\\/g, "/").split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
var HOMEPAGE, SARIF_SCHEMA, LEVEL;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_types();
    init_version();
    HOMEPAGE = "https://github.com/org/svc-migrate";
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    LEVEL = { error: "error", warning: "warning", info: "note" };
  }
});

// src/lint/catalog.ts
var RULE_CATALOG;
var init_catalog = __esm({
  "src/lint/catalog.ts"() {
    "use strict";
    init_rules();
    init_lint_file();
    RULE_CATALOG = [
      ...rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, help: r.help })),
      ...Object.entries(ENGINE_RULES).map(([id, r]) => ({ id, description: r.description, severity: r.severity }))
    ];
  }
});

// src/cli/output.ts
async function printReport(report, format, root, io, text = {}) {
  switch (format) {
    case "json":
      io.out(formatJson(report));
      return;
    case "github":
      io.out(formatGithub(report));
      return;
    case "sarif":
      io.out(formatSarif(report, { rules: RULE_CATALOG }));
      return;
    default:
      io.out(formatText(report, { color: io.color, sources: await sourceLines(root, report.findings), impact: text.impact }));
  }
}
function exitCodeFor(report, failOn) {
  return report.findings.some((f) => failsAt(f.severity, failOn)) ? 1 : 0;
}
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    init_types();
    init_text();
    init_json2();
    init_github();
    init_sarif();
    init_validate();
    init_catalog();
  }
});

// src/cli/commands/validate.ts
var validate_exports = {};
__export(validate_exports, {
  run: () => run
});
var run;
var init_validate2 = __esm({
  "src/cli/commands/validate.ts"() {
    "use strict";
    init_validate();
    init_output();
    run = async (common, flags, io) => {
      const { report } = await validate({ root: common.root, services: common.services, env: common.env, processEnv: io.env, cache: common.cache });
      await printReport(report, common.format, common.root, io, { impact: flags.impact === true });
      return exitCodeFor(report, common.failOn);
    };
  }
});

// src/graph/order.ts
function entriesOf(service) {
  const raw = service.dependencies?.value?.migrations;
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {};
}
function dependsOnOf(m, entries) {
  const raw = (m.meta ?? entries[m.id])?.depends_on;
  return Array.isArray(raw) ? raw.filter((x) => typeof x === "string") : [];
}
function compareMigrations(a, b) {
  return compareIds2(a.id, b.id) || compareNames(a.folder, b.folder);
}
function orderService(service, env) {
  const entries = entriesOf(service);
  const nodes = service.migrations.filter((m) => m.up && appliesIn(m, env)).sort(compareMigrations);
  const byId = /* @__PURE__ */ new Map();
  nodes.forEach((m, i) => byId.set(m.id, [...byId.get(m.id) ?? [], i]));
  const remaining = nodes.map(() => 0);
  const dependents = nodes.map(() => []);
  nodes.forEach((m, i) => {
    const targets2 = new Set(dependsOnOf(m, entries).flatMap((d) => byId.get(d) ?? []));
    remaining[i] = targets2.size;
    for (const t of targets2) dependents[t].push(i);
  });
  const ready2 = new PriorityQueue((a, b) => compareMigrations(nodes[a], nodes[b]) || a - b);
  remaining.forEach((n, i) => n === 0 && ready2.push(i));
  const out = [];
  for (let i = ready2.pop(); i !== void 0; i = ready2.pop()) {
    out.push(nodes[i]);
    for (const d of dependents[i]) if (--remaining[d] === 0) ready2.push(d);
  }
  return out.length === nodes.length ? out : nodes;
}
function serviceLevels(repo, env) {
  const edges = serviceEdges(repo, env);
  const placed = /* @__PURE__ */ new Set();
  const levels = [];
  let rest = [...edges.keys()].sort(compareNames);
  while (rest.length > 0) {
    const level = rest.filter((s) => (edges.get(s) ?? []).every((d) => placed.has(d)));
    if (level.length === 0) {
      levels.push(rest);
      break;
    }
    levels.push(level);
    for (const s of level) placed.add(s);
    rest = rest.filter((s) => !placed.has(s));
  }
  return levels;
}
function dependentsOf(repo, service, id, options = {}) {
  const direct = (target) => {
    const out = [];
    for (const s of repo.services) {
      if (s.name === target.service) {
        for (const [entryId, entry2] of Object.entries(entriesOf(s))) {
          const deps = entry2?.depends_on;
          if (Array.isArray(deps) && deps.includes(target.id)) out.push({ service: s.name, id: entryId });
        }
      } else {
        for (const ref of crossRefs(s)) {
          if (ref.service === target.service && ref.ids.some((x) => x.id === target.id)) {
            out.push({ service: s.name, id: ref.id });
          }
        }
      }
    }
    return out;
  };
  const key2 = (r) => `${r.service}\0${r.id}`;
  const seen = /* @__PURE__ */ new Map();
  const todo = [{ service, id }];
  while (todo.length > 0) {
    for (const ref of direct(todo.pop())) {
      if (seen.has(key2(ref)) || ref.service === service && ref.id === id) continue;
      seen.set(key2(ref), ref);
      if (options.transitive) todo.push(ref);
    }
  }
  return [...seen.values()].sort((a, b) => compareNames(a.service, b.service) || compareIds2(a.id, b.id));
}
function serviceIds(service) {
  return sortIds(/* @__PURE__ */ new Set([...Object.keys(entriesOf(service)), ...service.migrations.map((m) => m.id)]));
}
function dependencyLines(service) {
  const entries = entriesOf(service);
  return serviceIds(service).map((id) => {
    const raw = entries[id]?.depends_on;
    return `${id}: ${JSON.stringify(Array.isArray(raw) ? raw : [])}`;
  });
}
function depsJson(repo, env = "development") {
  const services = {};
  for (const service of repo.services) {
    const entries = entriesOf(service);
    const order = orderService(service, env).map((m) => m.id);
    const position = new Map(order.map((id, i) => [id, i + 1]));
    const folders = /* @__PURE__ */ new Map();
    for (const m of service.migrations) {
      if (!m.up && !m.down) continue;
      if (!folders.has(m.id)) folders.set(m.id, /* @__PURE__ */ new Set());
      folders.get(m.id).add(m.folder);
    }
    const migrations = {};
    for (const id of serviceIds(service)) {
      const entry2 = entries[id];
      const deps = entry2?.depends_on;
      const cross = entry2?.cross_service_dependencies;
      migrations[id] = {
        depends_on: Array.isArray(deps) ? deps : [],
        cross_service_dependencies: typeof cross === "object" && cross !== null && !Array.isArray(cross) ? cross : {},
        folders: [...folders.get(id) ?? []].sort(compareNames),
        order: position.get(id) ?? null
      };
    }
    services[service.name] = { migrations, order };
  }
  return { environment: env, services, levels: serviceLevels(repo, env) };
}
var init_order = __esm({
  "src/graph/order.ts"() {
    "use strict";
    init_cross_service();
    init_environments2();
    init_ids();
    init_priority_queue();
  }
});

// src/cli/commands/deps.ts
var deps_exports = {};
__export(deps_exports, {
  run: () => run2
});
var run2;
var init_deps = __esm({
  "src/cli/commands/deps.ts"() {
    "use strict";
    init_load2();
    init_select();
    init_environments();
    init_check();
    init_order();
    init_types();
    run2 = async (common, _flags, io) => {
      const full = await loadRepo({ root: common.root });
      const repo = selectServices(full, common.services);
      const env = resolveEnvironment(full, common.env, io.env);
      if (common.format === "json") {
        io.out(JSON.stringify(depsJson(repo), null, 2) + "\n");
      } else {
        const several = repo.services.length > 1;
        for (const service of repo.services) {
          if (several) io.out(`# ${service.name}
`);
          for (const line of dependencyLines(service)) io.out(line + "\n");
        }
      }
      const problems = [...repo.findings, ...checkGraph(full, env, { services: common.services })].filter((f) => f.severity !== "info");
      for (const f of problems) {
        io.err(`${f.file ?? "(repository)"}${f.line ? `:${f.line}` : ""}: ${f.severity} ${f.rule}: ${f.message}
`);
      }
      return problems.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
    };
  }
});

// src/apply/url.ts
function redactUrl(url) {
  if (url === void 0) return "embedded PGlite (in memory)";
  try {
    const u = new URL(url);
    if (u.password !== "") u.password = "***";
    for (const key2 of [...u.searchParams.keys()]) {
      if (/^(password|sslpassword|pass)$/i.test(key2)) u.searchParams.set(key2, "***");
    }
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@\s]*):[^@\s]*@/g, "//$1:***@");
  }
}
function passwordOf(url) {
  if (url === void 0) return void 0;
  try {
    const u = new URL(url);
    if (u.password !== "") return decodeURIComponent(u.password);
    const fromQuery = u.searchParams.get("password");
    return fromQuery ?? void 0;
  } catch {
    const m = /\/\/[^:/@\s]*:([^@\s]*)@/.exec(url);
    return m?.[1];
  }
}
function scrubSecrets(text, url) {
  if (url === void 0) return text;
  let out = text.split(url).join(redactUrl(url));
  const password = passwordOf(url);
  if (password !== void 0 && password.length > 0) {
    for (const form of /* @__PURE__ */ new Set([password, encodeURIComponent(password)])) out = out.split(form).join("***");
  }
  return out;
}
var init_url = __esm({
  "src/apply/url.ts"() {
    "use strict";
  }
});

// src/apply/db/pglite.ts
var pglite_exports = {};
__export(pglite_exports, {
  PGLITE_EXTENSIONS: () => PGLITE_EXTENSIONS,
  bundleDir: () => bundleDir,
  extensionObjects: () => extensionObjects,
  extensionsIn: () => extensionsIn,
  openPglite: () => openPglite,
  restorePglite: () => restorePglite,
  snapshotFile: () => snapshotFile
});
function extensionsIn(sql) {
  const found = /* @__PURE__ */ new Set();
  const re = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("([^"]+)"|[a-z_][a-z0-9_-]*)/gi;
  for (const m of sql.matchAll(re)) {
    const name2 = (m[2] ?? m[1] ?? "").toLowerCase();
    if (!PGLITE_EXTENSIONS.includes(name2)) continue;
    found.add(name2);
    for (const dep of REQUIRES[name2] ?? []) found.add(dep);
  }
  return [...found].sort();
}
function bundleDir() {
  const candidates = [];
  if (typeof __filename === "string") candidates.push((0, import_node_path6.dirname)(__filename));
  if (process.argv[1]) candidates.push((0, import_node_path6.dirname)(process.argv[1]));
  return candidates.find((d) => (0, import_node_fs7.existsSync)((0, import_node_path6.join)(d, "pglite.wasm")));
}
function packageDistDir() {
  const require2 = (0, import_node_module.createRequire)(__svc_migrate_import_meta_url);
  return (0, import_node_path6.dirname)(require2.resolve("@electric-sql/pglite"));
}
function extensionObjects(names) {
  const base = (0, import_node_url2.pathToFileURL)((bundleDir() ?? packageDistDir()) + "/");
  const out = {};
  for (const name2 of names) {
    if (!PGLITE_EXTENSIONS.includes(name2)) continue;
    const bundlePath = new URL(`./${name2}.tar.gz`, base);
    out[name2.replace(/-/g, "_")] = { name: name2, setup: async () => ({ bundlePath }) };
  }
  return out;
}
function snapshotFile() {
  const fromEnv = process.env.SVC_MIGRATE_PGLITE_SNAPSHOT;
  if (fromEnv && (0, import_node_fs7.existsSync)(fromEnv)) return fromEnv;
  const dir = bundleDir();
  let file;
  if (dir) file = (0, import_node_path6.join)(dir, "pglite-initdb.tar.gz");
  else {
    try {
      file = (0, import_node_path6.join)(packageDistDir(), "..", "..", "..", "..", "dist", "pglite-initdb.tar.gz");
    } catch {
      return void 0;
    }
  }
  return (0, import_node_fs7.existsSync)(file) ? file : void 0;
}
function isFreshDir(dir) {
  if (dir === void 0) return true;
  if (!(0, import_node_fs7.existsSync)(dir)) return true;
  return (0, import_node_fs7.readdirSync)(dir).length === 0;
}
async function openPglite(dir, extensions = []) {
  const label3 = dir === void 0 ? "embedded PGlite (in memory)" : `pglite://${dir}`;
  const snapshot = isFreshDir(dir) ? snapshotFile() : void 0;
  const create = (withSnapshot) => import_pglite.PGlite.create({
    dataDir: dir,
    extensions: extensionObjects(extensions),
    ...withSnapshot && snapshot ? { loadDataDir: new Blob([(0, import_node_fs7.readFileSync)(snapshot)]) } : {},
    // bigint and numeric as strings, like the pg driver here: no precision lost.
    parsers: { 20: (v) => v, 1700: (v) => v }
  });
  let pg3;
  try {
    try {
      pg3 = await create(true);
    } catch (e) {
      if (!snapshot || dir !== void 0 && !isFreshDir(dir)) throw e;
      pg3 = await create(false);
    }
  } catch (e) {
    throw new UsageError(`Cannot start ${label3}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    kind: "pglite",
    label: label3,
    async query(sql, params) {
      const r = await pg3.query(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows };
    },
    async exec(sql) {
      await pg3.exec(sql);
    },
    async close() {
      if (!pg3.closed) await pg3.close();
    },
    async dumpDataDir() {
      const blob = await pg3.dumpDataDir("gzip");
      return new Uint8Array(await blob.arrayBuffer());
    }
  };
}
async function restorePglite(dir, tarball) {
  const pg3 = await import_pglite.PGlite.create({ dataDir: dir, loadDataDir: new Blob([tarball]) });
  await pg3.query("SELECT 1");
  await pg3.close();
}
var import_node_fs7, import_node_module, import_node_path6, import_node_url2, import_pglite, PGLITE_EXTENSIONS, REQUIRES;
var init_pglite = __esm({
  "src/apply/db/pglite.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_module = require("node:module");
    import_node_path6 = require("node:path");
    import_node_url2 = require("node:url");
    import_pglite = require("./pglite.js");
    init_types();
    PGLITE_EXTENSIONS = [
      "amcheck",
      "auto_explain",
      "bloom",
      "btree_gin",
      "btree_gist",
      "citext",
      "cube",
      "dict_int",
      "dict_xsyn",
      "earthdistance",
      "file_fdw",
      "fuzzystrmatch",
      "hstore",
      "intarray",
      "isn",
      "lo",
      "ltree",
      "pageinspect",
      "pg_buffercache",
      "pg_freespacemap",
      "pg_stat_statements",
      "pg_surgery",
      "pg_trgm",
      "pg_visibility",
      "pg_walinspect",
      "pgcrypto",
      "seg",
      "tablefunc",
      "tcn",
      "tsm_system_rows",
      "tsm_system_time",
      "unaccent",
      "uuid-ossp"
    ];
    REQUIRES = { earthdistance: ["cube"] };
  }
});

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports3) {
    "use strict";
    exports3.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry2;
        if (this.recorded.length > 0 || includeEmpty) {
          entry2 = this.recorded.join("");
          if (entry2 === "NULL" && !includeEmpty) {
            entry2 = null;
          }
          if (entry2 !== null) entry2 = this.transform(entry2);
          this.entries.push(entry2);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports3, module3) {
    var array = require_postgres_array();
    module3.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports3, module3) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module3.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports3, module3) {
    module3.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key2 in source) {
          if (hasOwnProperty.call(source, key2)) {
            target[key2] = source[key2];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports3, module3) {
    "use strict";
    var extend = require_mutable();
    module3.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports3, module3) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module3.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports3, module3) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry2) {
        return parseBigInteger(entry2).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry2) {
        if (entry2 !== null) {
          entry2 = parsePoint(entry2);
        }
        return entry2;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry2) {
        if (entry2 !== null) {
          entry2 = parseFloat(entry2);
        }
        return entry2;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry2) {
        if (entry2 !== null) {
          entry2 = parseDate(entry2);
        }
        return entry2;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry2) {
        if (entry2 !== null) {
          entry2 = parseInterval(entry2);
        }
        return entry2;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module3.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports3, module3) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module3.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports3, module3) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
    };
    module3.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports3, module3) {
    module3.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports3) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports3.getTypeParser = getTypeParser;
    exports3.setTypeParser = setTypeParser;
    exports3.arrayParser = arrayParser;
    exports3.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports3, module3) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module3.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module3.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports3, module3) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = require("util");
    var { isDate } = require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str2) {
      return '"' + str2.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str2) {
      let hasBackslash = false;
      let escaped = "'";
      if (str2 == null) {
        return "''";
      }
      if (typeof str2 !== "string") {
        return "''";
      }
      for (let i = 0; i < str2.length; i++) {
        const c = str2[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module3.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports3, module3) {
    var nodeCrypto = require("crypto");
    module3.exports = {
      postgresMd5PasswordHash,
      randomBytes: randomBytes2,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes2(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key2 = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key2, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key2 = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key2, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports3, module3) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module3.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports3, module3) {
    "use strict";
    var crypto2 = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto2.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto2.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto2.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto2.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto2.sha256(clientKey);
      const clientSignature = await crypto2.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto2.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto2.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name2 = attrValue[0];
          const value = attrValue.substring(2);
          return [name2, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module3.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports3, module3) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module3.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports3, module3) {
    "use strict";
    function parse(str2, options = {}) {
      if (str2.charAt(0) === "/") {
        const config2 = str2.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str2)) {
        str2 = encodeURI(str2).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str2, "postgres://base");
        } catch (e) {
          result = new URL(str2.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry2 of result.searchParams.entries()) {
        config[entry2[0]] = entry2[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs3 = config.sslcert || config.sslkey || config.sslrootcert ? require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs3.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs3.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs3.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key2, value]) => {
        if (value !== void 0 && value !== null) {
          c[key2] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key2, value]) => {
        if (key2 === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key2] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key2] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key2 === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key2}: ${value}`);
              }
              c[key2] = v;
            }
          } else {
            c[key2] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str2) {
      return toClientConfig(parse(str2));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module3.exports = parse;
    parse.parse = parse;
    parse.toClientConfig = toClientConfig;
    parse.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports3, module3) {
    "use strict";
    var dns = require("dns");
    var defaults2 = require_defaults();
    var parse = require_pg_connection_string().parse;
    var val = function(key2, config, envVar) {
      if (config[key2]) {
        return config[key2];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key2.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key2];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module3.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports3, module3) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row[i] = this._parsers[i](rawValue);
          } else {
            row[i] = null;
          }
        }
        return row;
      }
      parseRow(rowData) {
        const row = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row[field] = this._parsers[i](v);
          } else {
            row[field] = null;
          }
        }
        return row;
      }
      addRow(row) {
        this.rows.push(row);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row };
      }
    };
    module3.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports3, module3) {
    "use strict";
    var { EventEmitter } = require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module3.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.NoticeMessage = exports3.DataRowMessage = exports3.CommandCompleteMessage = exports3.ReadyForQueryMessage = exports3.NotificationResponseMessage = exports3.BackendKeyDataMessage = exports3.AuthenticationMD5Password = exports3.ParameterStatusMessage = exports3.ParameterDescriptionMessage = exports3.RowDescriptionMessage = exports3.Field = exports3.CopyResponse = exports3.CopyDataMessage = exports3.DatabaseError = exports3.copyDone = exports3.emptyQuery = exports3.replicationStart = exports3.portalSuspended = exports3.noData = exports3.closeComplete = exports3.bindComplete = exports3.parseComplete = void 0;
    exports3.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports3.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports3.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports3.noData = {
      name: "noData",
      length: 5
    };
    exports3.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports3.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports3.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports3.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name2) {
        super(message);
        this.length = length;
        this.name = name2;
      }
    };
    exports3.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports3.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name2, binary, columnCount) {
        this.length = length;
        this.name = name2;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports3.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name2, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name2;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports3.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports3.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports3.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports3.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports3.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports3.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports3.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports3.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports3.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports3.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports3.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code) {
        if (code) {
          this.buffer[this.headerPosition] = code;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
      }
      flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports3.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key2 of Object.keys(opts)) {
        writer.addCString(key2).addCString(opts[key2]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse = (query2) => {
      const name2 = query2.name || "";
      if (name2.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name2, name2.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name2).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe3 = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code) => Buffer.from([code, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse,
      bind,
      execute,
      describe: describe3,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports3.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports3.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser2 = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports3.Parser = Parser2;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name2 = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name2, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name2 = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name2, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code);
      }
      return message;
    };
    var parseErrorMessage = (reader, name2) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name2 === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name2);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.DatabaseError = exports3.serialize = void 0;
    exports3.parse = parse;
    var messages_1 = require_messages();
    Object.defineProperty(exports3, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports3, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve5) => stream.on("end", () => resolve5()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports3) {
    "use strict";
    Object.defineProperty(exports3, "__esModule", { value: true });
    exports3.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports3, module3) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module3.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports3, module3) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var { parse, serialize } = require_dist();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self2 = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self2._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self2 = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self2._keepAlive) {
            self2.stream.setKeepAlive(true, self2._keepAliveInitialDelayMillis);
          }
          self2.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self2._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self2.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self2.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self2.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self2.stream.end();
              return self2.emit("error", new Error("The server does not support SSL connections"));
            default:
              self2.stream.end();
              return self2.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self2.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self2 = this;
        const options = {
          socket: self2.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self2.ssl !== true) {
          Object.assign(options, self2.ssl);
          if ("key" in self2.ssl) {
            options.key = self2.ssl.key;
          }
        }
        if (self2.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self2.stream = stream.getSecureStream(options);
        } catch (err) {
          return self2.emit("error", err);
        }
        self2.attachListeners(self2.stream);
        self2.stream.on("error", reportStreamError);
        self2.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module3.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports3, module3) {
    "use strict";
    var { Transform } = require("stream");
    var { StringDecoder } = require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list3;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list3 = buf.split(this.matcher);
        if (list3.length === 1) return cb();
        list3.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list3 = this[kLast].split(this.matcher);
      }
      this[kLast] = list3.pop();
      for (let i = 0; i < list3.length; i++) {
        try {
          push(this, this.mapper(list3[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self2, val) {
      if (val !== void 0) {
        self2.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module3.exports = split;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports3, module3) {
    "use strict";
    var path7 = require("path");
    var Stream = require("stream").Stream;
    var split = require_split2();
    var util = require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module3.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module3.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module3.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path7.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path7.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module3.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module3.exports.match = function(connInfo, entry2) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry2[field])) {
            return prev && true;
          }
        }
        return prev && (entry2[field] === "*" || entry2[field] === connInfo[field]);
      }, true);
    };
    module3.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split());
      function onLine(line) {
        var entry2 = parseLine(line);
        if (entry2 && isValidEntry(entry2) && matcher(connInfo, entry2)) {
          pass = entry2[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module3.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module3.exports.isValidEntry = function(entry2) {
      var rules2 = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules2[idx];
        var value = entry2[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports3, module3) {
    "use strict";
    var path7 = require("path");
    var fs3 = require("fs");
    var helper = require_helper();
    module3.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs3.stat(file, function(err, stat) {
        if (err || !helper.usePgPass(stat, file)) {
          return cb(void 0);
        }
        var st = fs3.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module3.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports3, module3) {
    var EventEmitter = require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto2 = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self2 = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self2.ssl) {
            if (self2.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self2.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self2.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve5, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve5(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto2.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str2) {
        return utils.escapeIdentifier(str2);
      }
      escapeLiteral(str2) {
        return utils.escapeLiteral(str2);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve5, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve5(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve5) => {
            this.connection.once("end", resolve5);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module3.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports3, module3) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list3, predicate) => {
      const i = list3.findIndex(predicate);
      return i === -1 ? void 0 : list3.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve5, reject) {
        res = resolve5;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve5) => resolve5(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module3.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports3, module3) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var util = require("util");
    var utils = require_utils();
    var NativeQuery = module3.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key2 in fields) {
          const normalizedFieldName = errorFieldMap[key2] || key2;
          err[normalizedFieldName] = fields[key2];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve5, reject) {
          this._once("end", resolve5);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self2 = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self2.emit("_done");
        });
        if (err) {
          return self2.handleError(err);
        }
        if (self2._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row) => {
                self2.emit("row", row, results[i]);
              });
            });
          } else {
            rows.forEach(function(row) {
              self2.emit("row", row, results);
            });
          }
        }
        self2.state = "end";
        self2.emit("end", results);
        if (self2.callback) {
          self2.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self2.name] = self2.text;
          return self2.native.execute(self2.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports3, module3) {
    var nodeUtils = require("util");
    var Native;
    try {
      Native = require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = require("events").EventEmitter;
    var util = require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module3.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self2 = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self2.connectionParameters.nativeConnectionString) conString = self2.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self2.native.connect(conString, function(err2) {
          if (err2) {
            self2.native.end();
            return cb(err2);
          }
          self2._connected = true;
          self2.native.on("error", function(err3) {
            self2._queryable = false;
            self2._errorAllQueries(err3);
            self2.emit("error", err3);
          });
          self2.native.on("notification", function(msg) {
            self2.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self2.emit("connect");
          self2._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve5, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve5(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve5, reject) => {
            resolveOut = resolve5;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self2 = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve5, reject) {
          cb = (err) => err ? reject(err) : resolve5();
        });
      }
      const doEnd = function() {
        self2.native.end(function() {
          self2._connected = false;
          self2._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self2.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self2 = this;
      query.once("_done", function() {
        self2._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self2 = this;
      const queries2 = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries2.push(pipelineEntry);
      }
      this.native.pipeline(queries2, function(err, results) {
        self2._pipelineInFlight = false;
        if (err) {
          self2._connected = false;
          self2._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q = nativeQueries[i];
            q.native = self2.native;
            q.handleError(err);
          }
          self2._errorAllQueries(err);
          self2.emit("error", err);
          self2.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q = nativeQueries[i];
          const r = results[i];
          q.native = self2.native;
          if (r.err) {
            q.handleError(r.err);
          } else {
            if (q.name) {
              self2.namedQueries[q.name] = q.text;
            }
            q.state = "end";
            q.emit("end", r.result);
            if (q.callback) {
              q.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q.emit("_done");
          });
        }
        self2._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports3, module3) {
    "use strict";
    module3.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports3, module3) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module3.exports = new PG(clientConstructor);
    Object.defineProperty(module3.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module3.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// node_modules/pg/esm/index.mjs
var import_lib, Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults, esm_default;
var init_esm = __esm({
  "node_modules/pg/esm/index.mjs"() {
    import_lib = __toESM(require_lib2(), 1);
    Client = import_lib.default.Client;
    Pool = import_lib.default.Pool;
    Connection = import_lib.default.Connection;
    types = import_lib.default.types;
    Query = import_lib.default.Query;
    DatabaseError = import_lib.default.DatabaseError;
    escapeIdentifier = import_lib.default.escapeIdentifier;
    escapeLiteral = import_lib.default.escapeLiteral;
    Result = import_lib.default.Result;
    TypeOverrides = import_lib.default.TypeOverrides;
    defaults = import_lib.default.defaults;
    esm_default = import_lib.default;
  }
});

// src/apply/db/postgres.ts
var postgres_exports = {};
__export(postgres_exports, {
  openPostgres: () => openPostgres
});
async function openPostgres(url) {
  const label3 = redactUrl(url);
  const client = new esm_default.Client({ connectionString: url, connectionTimeoutMillis: 1e4, application_name: "svc-migrate" });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => void 0);
    throw new UsageError(`Cannot connect to ${label3}: ${scrubSecrets(errorText(e), url)}`);
  }
  try {
    await client.query(
      `SELECT pg_catalog.set_config('client_connection_check_interval', '1000', false)
        WHERE pg_catalog.current_setting('server_version_num')::int >= 140000`
    );
  } catch {
  }
  const scrub = (e) => {
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = scrubSecrets(err.message, url);
    return err;
  };
  return {
    kind: "postgres",
    label: label3,
    async query(sql, params) {
      try {
        const r = await client.query(sql, params);
        return { rows: r.rows, rowCount: r.rowCount ?? void 0 };
      } catch (e) {
        throw scrub(e);
      }
    },
    async exec(sql) {
      const completed = [];
      const onComplete = (msg) => completed.push(String(msg.text ?? ""));
      client.connection.on("commandComplete", onComplete);
      try {
        await client.query(sql);
      } catch (e) {
        const err = scrub(e);
        err.completedCommands = completed;
        throw err;
      } finally {
        client.connection.off("commandComplete", onComplete);
      }
    },
    async close() {
      await client.end().catch(() => void 0);
    }
  };
}
function errorText(e) {
  if (e instanceof AggregateError && e.errors.length > 0) return errorText(e.errors[0]);
  if (e instanceof Error) {
    const code = e.code;
    const msg = e.message || code || e.name;
    return code && !msg.includes(code) ? `${msg} (${code})` : msg;
  }
  return String(e);
}
var init_postgres = __esm({
  "src/apply/db/postgres.ts"() {
    "use strict";
    init_esm();
    init_types();
    init_url();
  }
});

// src/apply/db/open.ts
function pgliteDir(url, cwd = process.cwd()) {
  if (!url.startsWith("pglite:")) return void 0;
  if (url.startsWith("pglite:///")) return (0, import_node_url3.fileURLToPath)("file:///" + url.slice("pglite:///".length));
  const rest = url.slice("pglite://".length);
  if (rest === "" || rest === "memory") return void 0;
  return (0, import_node_path7.resolve)(cwd, rest);
}
async function withNavigator(load) {
  const g = globalThis;
  if (typeof g.navigator === "object") return load();
  Object.defineProperty(g, "navigator", { value: { userAgent: "Node.js" }, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    delete g.navigator;
  }
}
async function openDatabase(url, options = {}) {
  const extensions = async () => typeof options.extensions === "function" ? options.extensions() : options.extensions;
  if (url === void 0 || url === "" || url === "pglite://" || url === "pglite://memory") {
    const { openPglite: openPglite2 } = await Promise.resolve().then(() => (init_pglite(), pglite_exports));
    return openPglite2(void 0, await extensions());
  }
  if (url.startsWith("pglite:")) {
    const { openPglite: openPglite2 } = await Promise.resolve().then(() => (init_pglite(), pglite_exports));
    return openPglite2(pgliteDir(url, options.cwd), await extensions());
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const { openPostgres: openPostgres2 } = await withNavigator(() => Promise.resolve().then(() => (init_postgres(), postgres_exports)));
    return openPostgres2(url);
  }
  throw new UsageError(
    `Unsupported database URL ${redactUrl(url)}: use postgres://user@host:port/db, pglite:///abs/dir, or none for an in-memory database.`
  );
}
async function extensionsForRepo(repo) {
  const { extensionsIn: extensionsIn2 } = await Promise.resolve().then(() => (init_pglite(), pglite_exports));
  const found = /* @__PURE__ */ new Set();
  for (const s of repo.services) {
    for (const m of s.migrations) {
      for (const f of [m.up, m.down]) {
        if (!f) continue;
        const text = await (0, import_promises2.readFile)(f.abs, "utf8").catch(() => "");
        if (!/create\s+extension/i.test(text)) continue;
        for (const name2 of extensionsIn2(text)) found.add(name2);
      }
    }
  }
  return [...found].sort();
}
var import_promises2, import_node_path7, import_node_url3;
var init_open = __esm({
  "src/apply/db/open.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path7 = require("node:path");
    import_node_url3 = require("node:url");
    init_types();
    init_url();
  }
});

// src/apply/connection-lost.ts
function isConnectionLost(e) {
  if (!(e instanceof Error)) return false;
  const code = e.code;
  if (typeof code === "string" && (LOST_CODES.has(code) || code.startsWith("08") || ["ECONNRESET", "EPIPE", "ECONNREFUSED"].includes(code))) {
    return true;
  }
  return LOST_MESSAGES.some((re) => re.test(e.message));
}
var LOST_CODES, LOST_MESSAGES;
var init_connection_lost = __esm({
  "src/apply/connection-lost.ts"() {
    "use strict";
    LOST_CODES = /* @__PURE__ */ new Set(["57P01", "57P02", "57P03", "57P05"]);
    LOST_MESSAGES = [
      /connection terminated/i,
      /client has encountered a connection error/i,
      /connection (?:was )?(?:closed|lost|reset)/i,
      /server closed the connection unexpectedly/i,
      /terminating connection/i,
      /\bECONNRESET\b/,
      /\bEPIPE\b/,
      /\bECONNREFUSED\b/
    ];
  }
});

// src/apply/backup.ts
function defaultBackupDir(root) {
  return (0, import_node_path8.join)(root, ".svc-migrate", "backups");
}
function stamp(now) {
  return now.toISOString().replace(/[:.]/g, "-");
}
async function backupDatabase(opts) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  (0, import_node_fs8.mkdirSync)(opts.dir, { recursive: true });
  if (opts.db?.kind === "pglite" || opts.url === void 0 || opts.url.startsWith("pglite:")) {
    if (!opts.db?.dumpDataDir) {
      throw new Error("The embedded database (PGlite) can only be backed up from the process that has it open.");
    }
    const bytes = await opts.db.dumpDataDir();
    const file2 = (0, import_node_path8.join)(opts.dir, `pglite-${stamp(now)}.tar.gz`);
    try {
      (0, import_node_fs8.writeFileSync)(file2, bytes);
    } catch (e) {
      throw writeFailure(e, file2, opts.dir);
    }
    return { file: file2, bytes: bytes.byteLength, format: "pglite-datadir" };
  }
  if (opts.url === void 0) throw new Error("a backup of a PostgreSQL server needs its URL (pg_dump connects by itself).");
  const { url, env } = splitPassword(opts.url);
  const dbName = safeName(new URL(opts.url).pathname.slice(1) || "postgres");
  const file = (0, import_node_path8.join)(opts.dir, `${dbName}-${stamp(now)}.dump`);
  try {
    await runTool(opts.pgDump ?? "pg_dump", ["-Fc", "--no-password", "-f", file, "--dbname", url], env, opts.url);
  } catch (e) {
    throw writeFailure(e, file, opts.dir);
  }
  return { file, bytes: (0, import_node_fs8.readFileSync)(file).byteLength, format: "pg_dump-custom" };
}
function writeFailure(e, file, dir) {
  (0, import_node_fs8.rmSync)(file, { force: true });
  const message = e instanceof Error ? e.message : String(e);
  const full = /No space left on device|ENOSPC|EDQUOT|quota exceeded/i.test(message) || e.code === "ENOSPC";
  const unreachable = /could not start|connection to server|could not connect|could not translate host|authentication failed|no password supplied/i.test(message);
  const explained = full ? `${message.replace(/\s+$/, "")} \u2014 the backup folder ${dir} has no space left: free space there or pass --backup-dir on a disk with room. The partial file was deleted.` : `${message} (no backup file was kept)`;
  return new BackupError(explained, unreachable);
}
async function restoreDatabase(opts) {
  if (!(0, import_node_fs8.existsSync)(opts.file)) throw new UsageError(`Backup file ${opts.file} does not exist.`);
  if (opts.url === void 0 || opts.url === "pglite://" || opts.url === "pglite://memory") {
    throw new UsageError("Restoring into an in-memory database keeps nothing: pass --database-url pglite:///dir or a postgres:// URL.");
  }
  if (opts.url.startsWith("pglite:")) {
    const dir = pgliteDir(opts.url, opts.cwd);
    if ((0, import_node_fs8.existsSync)(dir) && (0, import_node_fs8.readdirSync)(dir).length > 0) {
      throw new UsageError(`${dir} is not empty: restore a PGlite backup into a new, empty directory.`);
    }
    if (!opts.file.endsWith(".tar.gz")) throw new UsageError(`${opts.file} is not a PGlite backup (.tar.gz).`);
    const { restorePglite: restorePglite2 } = await Promise.resolve().then(() => (init_pglite(), pglite_exports));
    await restorePglite2(dir, (0, import_node_fs8.readFileSync)(opts.file));
    return;
  }
  const { url, env } = splitPassword(opts.url);
  await runTool(
    opts.pgRestore ?? "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--no-password", "--dbname", url, (0, import_node_path8.resolve)(opts.file)],
    env,
    opts.url
  );
}
function splitPassword(full) {
  const u = new URL(full);
  const env = { ...process.env };
  if (u.password !== "") {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = "";
  }
  return { url: u.toString(), env };
}
function safeName(s) {
  return decodeURIComponent(s).replace(/[^A-Za-z0-9_.-]/g, "_") || "database";
}
function runTool(cmd, args, env, fullUrl) {
  return new Promise((resolvePromise, reject) => {
    const child = (0, import_node_child_process.spawn)(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c) => stderr += c.toString("utf8"));
    child.on(
      "error",
      (e) => reject(new Error(`${cmd} could not start (${e.message}); install the PostgreSQL client tools for ${redactUrl(fullUrl)}.`))
    );
    child.on("close", (code) => {
      if (code === 0) return resolvePromise();
      const tail = stderr.trim().split("\n").slice(-5).join("\n");
      reject(new Error(`${cmd} failed for ${redactUrl(fullUrl)} (exit ${code}): ${scrubSecrets(tail, fullUrl)}`));
    });
  });
}
var import_node_child_process, import_node_fs8, import_node_path8, BackupError;
var init_backup = __esm({
  "src/apply/backup.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs8 = require("node:fs");
    import_node_path8 = require("node:path");
    init_types();
    init_open();
    init_url();
    BackupError = class extends Error {
      constructor(message, unreachable) {
        super(message);
        this.unreachable = unreachable;
        this.name = "BackupError";
      }
      unreachable;
    };
  }
});

// src/apply/hooks.ts
function hookFiles(hooksDir, phase, migration) {
  if (!hooksDir) return [];
  const generic = (0, import_node_path9.join)(hooksDir, `${phase}_migrate.sh`);
  const specific = (0, import_node_path9.join)(hooksDir, `${phase}_migrate_${migration}.sh`);
  const order = phase === "pre" ? [generic, specific] : [specific, generic];
  return order.filter((f) => (0, import_node_fs9.existsSync)(f));
}
async function runHooks(phase, ctx) {
  for (const file of hookFiles(ctx.hooksDir, phase, ctx.migration)) {
    const failure = await runHook(file, ctx);
    if (failure) return failure;
  }
  return void 0;
}
function runHook(file, ctx) {
  return new Promise((resolvePromise) => {
    const env = {
      ...ctx.processEnv ?? process.env,
      SVC_MIGRATE_SERVICE: ctx.service,
      SVC_MIGRATE_MIGRATION: ctx.migration,
      SVC_MIGRATE_ENV: ctx.env,
      DATABASE_URL: ctx.databaseUrl ?? ""
    };
    const child = (0, import_node_child_process2.spawn)("bash", [file], { cwd: ctx.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    const scrub = (s) => scrubSecrets(s, ctx.databaseUrl);
    let pending = "";
    child.stdout.on("data", (chunk) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        stdout.push(line);
        ctx.out(scrub(line));
      }
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk.toString("utf8")));
    child.on("error", (e) => resolvePromise({ hook: file, code: null, tail: scrub(e.message) }));
    child.on("close", (code, signal) => {
      if (pending !== "") {
        stdout.push(pending);
        ctx.out(scrub(pending));
      }
      if (code === 0) return resolvePromise(void 0);
      const text = stderr.join("").trim() || stdout.join("\n").trim();
      const tail = text.split("\n").slice(-10).join("\n");
      resolvePromise({ hook: file, code, tail: scrub(signal ? `${tail}
(killed by ${signal})`.trim() : tail) });
    });
  });
}
var import_node_child_process2, import_node_fs9, import_node_path9;
var init_hooks = __esm({
  "src/apply/hooks.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_url();
  }
});

// src/apply/lock.ts
function lockKey(service) {
  const digest = (0, import_node_crypto2.createHash)("sha256").update(`svc-migrate:${service}`).digest();
  return digest.readBigInt64BE(0).toString();
}
async function withServiceLock(db, service, fn, onWait) {
  if (db.kind === "pglite") return fn();
  const key2 = lockKey(service);
  const got = await db.query("SELECT pg_try_advisory_lock($1::bigint) AS ok", [key2]);
  if (got.rows[0]?.ok !== true) {
    onWait?.(`waiting for another svc-migrate run on ${service} to finish (advisory lock ${key2})`);
    await db.query("SELECT pg_advisory_lock($1::bigint)", [key2]);
  }
  try {
    return await fn();
  } finally {
    await db.query("SELECT pg_advisory_unlock($1::bigint)", [key2]).catch(() => void 0);
  }
}
var import_node_crypto2;
var init_lock = __esm({
  "src/apply/lock.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
  }
});

// src/apply/notify.ts
function webhookUrl(flag, env = process.env) {
  for (const v of [flag, env.SVC_MIGRATE_WEBHOOK_URL, env.SLACK_WEBHOOK_URL]) if (v && v.trim() !== "") return v.trim();
  return void 0;
}
function slackPayload(m) {
  const head = m.ok ? `svc-migrate: ${m.migrations.length} migration(s) applied in ${m.environment}` : `svc-migrate: migration FAILED in ${m.environment}`;
  const services = m.services.length > 0 ? m.services.join(", ") : "(none)";
  const list3 = m.migrations.map((x) => `\u2022 ${x.service} ${x.id} ${x.name} (${Math.round(x.ms)} ms)`).join("\n");
  const lines = [
    head,
    `Services: ${services}`,
    `Duration: ${(m.durationMs / 1e3).toFixed(1)} s`,
    ...list3 ? [`Migrations:
${list3}`] : [],
    ...m.error ? [`Error: ${m.error}`] : []
  ];
  const text = lines.join("\n");
  const blocks = [
    { type: "section", text: { type: "mrkdwn", text: `*${head}*` } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Environment*
${m.environment}` },
        { type: "mrkdwn", text: `*Services*
${services}` },
        { type: "mrkdwn", text: `*Duration*
${(m.durationMs / 1e3).toFixed(1)} s` },
        { type: "mrkdwn", text: `*Migrations*
${m.migrations.length}` }
      ]
    },
    ...list3 ? [{ type: "section", text: { type: "mrkdwn", text: list3.slice(0, 2900) } }] : [],
    ...m.error ? [{ type: "section", text: { type: "mrkdwn", text: `*Error*
${m.error.slice(0, 2900)}` } }] : []
  ];
  return { text, blocks };
}
async function notifyWebhook(url, m, timeoutMs = 1e4) {
  const shown = safeUrl(url);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(slackPayload(m)),
      signal: AbortSignal.timeout(timeoutMs)
    });
    if (!res.ok) return `webhook ${shown} answered ${res.status} ${res.statusText}`.trim();
    return void 0;
  } catch (e) {
    return `webhook ${shown} failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}
function safeUrl(url) {
  try {
    return new URL(url).origin + "/\u2026";
  } catch {
    return "(invalid URL)";
  }
}
var init_notify = __esm({
  "src/apply/notify.ts"() {
    "use strict";
  }
});

// src/apply/plan.ts
function unique(values) {
  return [...new Set(values)];
}
function crossRefs2(m) {
  const refs = [];
  for (const [service, ids] of Object.entries(m.meta?.cross_service_dependencies ?? {})) {
    for (const id of ids ?? []) refs.push({ service, id });
  }
  return refs;
}
function planUp(repo, env, applied2, opts = {}) {
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : void 0;
  const services = repo.services.filter((s) => !wanted || wanted.has(s.name));
  const pending = /* @__PURE__ */ new Map();
  for (const service of services) {
    const done = applied2.get(service.name) ?? /* @__PURE__ */ new Set();
    const list3 = [];
    const applying = service.migrations.filter((m) => appliesIn(m, env));
    const first = dedupe2(applying);
    const inRange = (m) => opts.target === void 0 || compareIds2(m.id, opts.target) <= 0;
    for (const migration of dedupe2(orderService(service, env))) {
      if (first.includes(migration) && !done.has(migration.id) && inRange(migration)) list3.push({ service, migration });
    }
    for (const migration of first) {
      if (!migration.up && !done.has(migration.id) && inRange(migration)) list3.push({ service, migration });
    }
    for (const m of applying) {
      if (!first.includes(m) && !done.has(m.id) && inRange(m)) {
        list3.push({ service, migration: m, blocked: `duplicate id ${m.id} in ${service.name} (see duplicate-version)` });
      }
    }
    if (list3.length > 0) pending.set(service.name, list3);
  }
  const levelOf = serviceLevelsFor(pending);
  const isPlanned = (service, id) => (pending.get(service) ?? []).some((c) => c.migration.id === id);
  const isApplied = (service, id) => applied2.get(service)?.has(id) ?? false;
  const order = [...pending.keys()].sort((a, b) => (levelOf.get(a) ?? 0) - (levelOf.get(b) ?? 0) || compareText(a, b));
  const blockedIds = /* @__PURE__ */ new Map();
  const steps = [];
  const blocked = [];
  for (const name2 of order) {
    const level = levelOf.get(name2) ?? 0;
    const blockedHere = /* @__PURE__ */ new Set();
    blockedIds.set(name2, blockedHere);
    const plannedHere = /* @__PURE__ */ new Set();
    for (const cand of pending.get(name2) ?? []) {
      const m = cand.migration;
      const reason = cand.blocked ?? blockReason(cand, {
        env,
        level,
        plannedHere,
        blockedHere,
        blockedIds,
        levelOf,
        isPlanned,
        isApplied,
        wanted: new Set(services.map((s) => s.name))
      });
      if (reason) {
        blockedHere.add(m.id);
        blocked.push({ service: name2, id: m.id, reason });
        continue;
      }
      plannedHere.add(m.id);
      steps.push(toStep(cand, level));
    }
  }
  const levels = [];
  for (const step of steps) {
    const row = levels[step.level] ??= [];
    if (!row.includes(step.service)) row.push(step.service);
  }
  const compact = levels.filter((row) => row && row.length > 0);
  const renumber = /* @__PURE__ */ new Map();
  levels.forEach((row, i) => {
    if (row && row.length > 0) renumber.set(i, compact.indexOf(row));
  });
  for (const step of steps) step.level = renumber.get(step.level) ?? step.level;
  return { environment: env, levels: compact, steps, blocked };
}
function dedupe2(migrations) {
  const seen = /* @__PURE__ */ new Set();
  return migrations.filter((m) => seen.has(m.id) ? false : (seen.add(m.id), true));
}
function blockReason(cand, ctx) {
  const m = cand.migration;
  const service = cand.service.name;
  if (!m.up) return `${service} ${m.id} has no up file`;
  for (const dep of unique(m.meta?.depends_on ?? [])) {
    if (dep === m.id || ctx.isApplied(service, dep) || ctx.plannedHere.has(dep)) continue;
    if (ctx.blockedHere.has(dep)) return `depends on ${service} ${dep}, which is blocked`;
    if (ctx.isPlanned(service, dep)) return `depends on ${service} ${dep}, which is ordered after it (dependency cycle)`;
    return `depends on ${service} ${dep}, which is not applied and does not apply in ${ctx.env}`;
  }
  for (const ref of crossRefs2(m)) {
    if (ref.service === service) continue;
    if (ctx.isApplied(ref.service, ref.id)) continue;
    if (ctx.blockedIds.get(ref.service)?.has(ref.id)) {
      return `needs ${ref.service} ${ref.id}, which is blocked`;
    }
    if (ctx.isPlanned(ref.service, ref.id)) {
      if ((ctx.levelOf.get(ref.service) ?? 0) < ctx.level) continue;
      return `needs ${ref.service} ${ref.id}, which is planned in the same or a later level (cycle between services)`;
    }
    if (!ctx.wanted.has(ref.service)) {
      return `needs ${ref.service} ${ref.id}, which is not applied and ${ref.service} is not part of this run`;
    }
    return `needs ${ref.service} ${ref.id}, which is not applied and not planned in ${ctx.env}`;
  }
  return void 0;
}
function toStep(cand, level) {
  const m = cand.migration;
  const step = {
    service: cand.service.name,
    id: m.id,
    name: m.name,
    folder: m.folder,
    file: m.up?.file ?? "",
    dependsOn: [...m.meta?.depends_on ?? []],
    crossService: crossRefs2(m),
    level
  };
  if (m.down) step.downFile = m.down.file;
  return step;
}
function serviceLevelsFor(pending) {
  const needs = /* @__PURE__ */ new Map();
  for (const [name2, cands] of pending) {
    const set = /* @__PURE__ */ new Set();
    for (const c of cands) {
      for (const ref of crossRefs2(c.migration)) {
        if (ref.service === name2) continue;
        if ((pending.get(ref.service) ?? []).some((o) => o.migration.id === ref.id)) set.add(ref.service);
      }
    }
    needs.set(name2, set);
  }
  const level = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const visit = (name2) => {
    const known = level.get(name2);
    if (known !== void 0) return known;
    if (visiting.has(name2)) return 0;
    visiting.add(name2);
    let l = 0;
    for (const dep of needs.get(name2) ?? []) l = Math.max(l, visit(dep) + 1);
    visiting.delete(name2);
    level.set(name2, l);
    return l;
  };
  for (const name2 of [...pending.keys()].sort()) visit(name2);
  return level;
}
function formatPlanText(plan) {
  const lines = [`Plan for ${plan.environment}: ${plan.steps.length} migration(s) to apply`];
  plan.levels.forEach((services, level) => {
    lines.push(`level ${level}: ${services.join(", ")}`);
    for (const s of plan.steps.filter((x) => x.level === level)) {
      lines.push(`  ${s.service} ${s.id} ${s.name} (${s.folder})`);
    }
  });
  if (plan.steps.length === 0) lines.push("nothing to apply");
  if (plan.blocked.length > 0) {
    lines.push(`blocked: ${plan.blocked.length}`);
    for (const b of plan.blocked) lines.push(`  ${b.service} ${b.id}: ${b.reason}`);
  }
  return lines.join("\n") + "\n";
}
var init_plan = __esm({
  "src/apply/plan.ts"() {
    "use strict";
    init_types();
    init_environments2();
    init_ids();
    init_order();
  }
});

// src/apply/quick-run-info.ts
function isWordStart2(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128;
}
function isWordPart2(c) {
  return isWordStart2(c) || c >= 48 && c <= 57 || c === 36;
}
function quickRunInfo(sql, pgVersion) {
  if (pgVersion < 12) return void 0;
  const n = sql.length;
  let i = 0;
  let atStart = true;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 59) {
      atStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    const first = atStart;
    atStart = false;
    if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const j = sql.indexOf("\n", i);
      atStart = first;
      i = j < 0 ? n : j + 1;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql.charCodeAt(j) === 47 && sql.charCodeAt(j + 1) === 42) {
          depth++;
          j += 2;
        } else if (sql.charCodeAt(j) === 42 && sql.charCodeAt(j + 1) === 47) {
          depth--;
          j += 2;
        } else j++;
      }
      if (depth > 0) return void 0;
      atStart = first;
      i = j;
    } else if (c === 39) {
      let j = i + 1;
      for (; ; ) {
        if (j >= n) return void 0;
        const ch = sql.charCodeAt(j);
        if (ch === 92) return void 0;
        if (ch === 39) {
          if (sql.charCodeAt(j + 1) === 39) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      i = j + 1;
    } else if (c === 34) {
      let j = i + 1;
      for (; ; ) {
        if (j >= n) return void 0;
        if (sql.charCodeAt(j) === 34) {
          if (sql.charCodeAt(j + 1) === 34) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      i = j + 1;
    } else if (c === 36) {
      const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const close = sql.indexOf(m[0], i + m[0].length);
        if (close < 0) return void 0;
        i = close + m[0].length;
      } else {
        i++;
      }
    } else if (isWordStart2(c)) {
      let j = i + 1;
      while (j < n && isWordPart2(sql.charCodeAt(j))) j++;
      const word = sql.slice(i, j);
      const upper = word.toUpperCase();
      if (NON_TRANSACTIONAL_WORDS.has(upper) || first && TRANSACTION_CONTROL_WORDS.has(upper)) return void 0;
      i = j;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && sql.charCodeAt(j) !== 36 && isWordPart2(sql.charCodeAt(j))) j++;
      i = j;
    } else {
      i++;
    }
  }
  return { transactional: true, parsed: true };
}
var NON_TRANSACTIONAL_WORDS, TRANSACTION_CONTROL_WORDS;
var init_quick_run_info = __esm({
  "src/apply/quick-run-info.ts"() {
    "use strict";
    NON_TRANSACTIONAL_WORDS = /* @__PURE__ */ new Set(["CONCURRENTLY", "VACUUM", "CLUSTER", "DATABASE", "TABLESPACE", "SYSTEM", "SUBSCRIPTION"]);
    TRANSACTION_CONTROL_WORDS = /* @__PURE__ */ new Set(["BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE"]);
  }
});

// src/apply/literal.ts
function quoteLiteral(value) {
  if (value.includes("\0")) throw new Error("a SQL literal cannot contain a NUL character (U+0000)");
  const quoted = value.replace(/'/g, "''");
  return value.includes("\\") ? `E'${quoted.replace(/\\/g, "\\\\")}'` : `'${quoted}'`;
}
function withoutNul(text) {
  return text.split("\0").join("\uFFFD");
}
var init_literal = __esm({
  "src/apply/literal.ts"() {
    "use strict";
  }
});

// src/apply/script.ts
function migrationScript(input) {
  const { tables: t } = input;
  const version = quoteLiteral(input.version);
  const env = quoteLiteral(input.environment);
  const record = input.direction === "up" ? `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
VALUES (${version}, ${quoteLiteral(input.name)}, ${env}, ${quoteLiteral(input.checksum)}, pg_catalog.now(), ${ELAPSED_MS}, false)
ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, environment = EXCLUDED.environment,
  checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at,
  execution_time_ms = EXCLUDED.execution_time_ms, dirty = EXCLUDED.dirty` : `DELETE FROM ${t.migrations} WHERE version = ${version}`;
  const attempt = `INSERT INTO ${t.performance} (migration_id, direction, execution_time_ms, executed_at, environment, success, error)
VALUES (${version}, ${quoteLiteral(input.direction)}, ${ELAPSED_MS}, pg_catalog.now(), ${env}, true, NULL)`;
  const prefix = "BEGIN;\n";
  return {
    text: `${prefix}${input.sql}
;
${record};
${attempt};
SAVEPOINT ${RECORDED_SAVEPOINT};
COMMIT;`,
    offset: prefix.length
  };
}
function scriptOutcome(completed) {
  if (completed === void 0) return "committing";
  if (completed.includes("COMMIT")) return "committed";
  return completed.includes("SAVEPOINT") ? "committing" : "before-commit";
}
function filePosition(position, script, sql) {
  const p = position - script.offset;
  if (p < 1) return void 0;
  return p <= [...sql].length ? p : void 0;
}
var RECORDED_SAVEPOINT, ELAPSED_MS;
var init_script = __esm({
  "src/apply/script.ts"() {
    "use strict";
    init_literal();
    RECORDED_SAVEPOINT = "svc_migrate_recorded";
    ELAPSED_MS = `(1000 * extract(epoch FROM pg_catalog.clock_timestamp() - pg_catalog.now()))::double precision`;
  }
});

// src/apply/tracking.ts
function quoteIdent2(name2) {
  return '"' + name2.replace(/"/g, '""') + '"';
}
function trackingTables(service) {
  return {
    migrations: `public.${quoteIdent2(`${service.snake}_schema_migrations`)}`,
    performance: `public.${quoteIdent2(`${service.snake}_migration_performance`)}`
  };
}
function checksumOf(bytes) {
  return (0, import_node_crypto3.createHash)("sha256").update(bytes).digest("hex");
}
async function ensureTracking(db, service) {
  const t = trackingTables(service);
  await db.exec(`
CREATE TABLE IF NOT EXISTS ${t.migrations} (
  version text PRIMARY KEY,
  name text,
  environment text,
  checksum text,
  applied_at timestamptz,
  execution_time_ms double precision,
  dirty boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS ${t.performance} (
  id bigserial PRIMARY KEY,
  migration_id text NOT NULL,
  direction text NOT NULL,
  execution_time_ms double precision,
  executed_at timestamptz NOT NULL DEFAULT now(),
  environment text,
  success boolean NOT NULL,
  error text
);`);
}
async function trackingExists(db, service) {
  const r = await db.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    trackingTables(service).migrations
  ]);
  return r.rows[0]?.found === true;
}
function toAppliedRow(row) {
  return {
    version: row.version,
    name: row.name,
    environment: row.environment,
    checksum: row.checksum,
    appliedAt: row.applied_at === null ? null : new Date(row.applied_at),
    executionTimeMs: row.execution_time_ms === null ? null : Number(row.execution_time_ms),
    dirty: row.dirty === true
  };
}
function byVersion(rows) {
  return rows.sort((a, b) => compareVersions(a.version, b.version));
}
async function readApplied(db, service) {
  if (!await trackingExists(db, service)) return [];
  return readTrackedRows(db, service);
}
async function readTrackedRows(db, service) {
  const r = await db.query(`SELECT ${APPLIED_COLUMNS} FROM ${trackingTables(service).migrations}`);
  return byVersion(r.rows.map(toAppliedRow));
}
async function readAppliedMany(db, services) {
  const out = /* @__PURE__ */ new Map();
  const snakes = [...new Set(services.map((s) => s.snake))];
  for (const snake of snakes) out.set(snake, []);
  if (snakes.length === 0) return out;
  const tables = snakes.map((snake) => trackingTables({ snake }).migrations);
  const values = tables.map((t, i) => `(${i}, ${quoteLiteral(t)})`).join(", ");
  const found = await db.query(
    `SELECT i, to_regclass(t) IS NOT NULL AS found FROM (VALUES ${values}) AS x(i, t)`
  );
  const existing = found.rows.filter((r2) => r2.found === true).map((r2) => Number(r2.i));
  if (existing.length === 0) return out;
  const union = existing.map((i) => `SELECT ${i} AS svc_index, ${APPLIED_COLUMNS} FROM ${tables[i]}`).join("\nUNION ALL\n");
  const r = await db.query(union);
  for (const row of r.rows) out.get(snakes[Number(row.svc_index)]).push(toAppliedRow(row));
  for (const rows of out.values()) byVersion(rows);
  return out;
}
async function logAttempt(db, service, a) {
  try {
    await db.query(
      `INSERT INTO ${trackingTables(service).performance}
         (migration_id, direction, execution_time_ms, executed_at, environment, success, error)
       VALUES ($1, $2, $3, now(), $4, $5, $6)`,
      // PostgreSQL text cannot hold NUL; an error message is free text and might.
      [a.migrationId, a.direction, a.executionTimeMs, a.environment, a.success, a.error === void 0 ? null : withoutNul(a.error)]
    );
  } catch {
  }
}
function compareVersions(a, b) {
  const na = BigInt(/^\d+/.exec(a)?.[0] ?? "0");
  const nb = BigInt(/^\d+/.exec(b)?.[0] ?? "0");
  if (na !== nb) return na < nb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
async function forceVersion(db, service, version, opts) {
  await ensureTracking(db, service);
  const t = trackingTables(service);
  if (opts.remove) {
    const r = await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [version]);
    return (r.rowCount ?? 0) > 0 ? "removed" : "unchanged";
  }
  const existing = await db.query(`SELECT dirty FROM ${t.migrations} WHERE version = $1`, [version]);
  if (existing.rows.length > 0) {
    if (existing.rows[0].dirty !== true) return "unchanged";
    await db.query(`UPDATE ${t.migrations} SET dirty = false WHERE version = $1`, [version]);
    return "cleaned";
  }
  await db.query(
    `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
     VALUES ($1, $2, $3, $4, now(), 0, false)`,
    [version, opts.name ?? null, opts.environment, opts.checksum ?? null]
  );
  return "inserted";
}
var import_node_crypto3, APPLIED_COLUMNS;
var init_tracking = __esm({
  "src/apply/tracking.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    init_literal();
    APPLIED_COLUMNS = "version, name, environment, checksum, applied_at, execution_time_ms, dirty";
  }
});

// src/apply/status.ts
async function checksumFindings(repo, service, rows) {
  const findings = [];
  for (const row of rows) {
    if (!row.checksum) continue;
    const m = migrationFor(service, row);
    if (!m?.up) continue;
    const now = checksumOf(await (0, import_promises3.readFile)(m.up.abs));
    if (now === row.checksum) continue;
    findings.push({
      rule: "checksum-mismatch",
      severity: "warning",
      message: `${service.name} ${row.version} changed after it was applied${row.appliedAt ? ` on ${row.appliedAt.toISOString()}` : ""}: recorded sha256 ${row.checksum.slice(0, 12)}\u2026, file has ${now.slice(0, 12)}\u2026. Databases that applied it do not get the change.`,
      help: "Revert the edit and put the change in a new migration.",
      file: m.up.file,
      line: 1,
      column: 1,
      service: service.name,
      migration: row.version
    });
  }
  return findings;
}
function migrationFor(service, row) {
  const same = service.migrations.filter((m) => m.id === row.version && m.up);
  return same.find((m) => m.folder === row.environment) ?? same.find((m) => m.folder === "common") ?? same[0];
}
async function readStatus(repo, env, db, opts = {}) {
  const slowMs = opts.slowMs ?? repo.config?.slow_threshold_ms ?? 3e4;
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : void 0;
  const services = [];
  const findings = [];
  for (const service of repo.services.filter((s) => !wanted || wanted.has(s.name))) {
    const rows = await readApplied(db, service);
    const changed = await checksumFindings(repo, service, rows);
    findings.push(...changed);
    const changedIds = new Set(changed.map((f) => f.migration));
    const byVersion2 = new Map(rows.map((r) => [r.version, r]));
    const list3 = [];
    const seen = /* @__PURE__ */ new Set();
    for (const m of service.migrations) {
      if (seen.has(m.id)) continue;
      const row = byVersion2.get(m.id);
      if (!row && m.folder !== "common" && m.folder !== env) continue;
      if (!m.up && !row) continue;
      seen.add(m.id);
      list3.push(entry(service.name, m.id, m.name, m.folder, row, changedIds.has(m.id), slowMs));
    }
    for (const row of rows) {
      if (seen.has(row.version)) continue;
      list3.push({ ...entry(service.name, row.version, row.name ?? "", void 0, row, false, slowMs), fileMissing: true });
    }
    list3.sort((a, b) => compareVersions(a.id, b.id));
    for (const s of list3.filter((x) => x.state === "dirty")) {
      findings.push({
        rule: "dirty-migration",
        severity: "error",
        message: `${s.service} ${s.id} is dirty: it did not finish. Repair the database, then run: svc-migrate force --service ${s.service} --version ${s.id} --clean`,
        service: s.service,
        migration: s.id
      });
    }
    services.push({ service: service.name, migrations: list3 });
  }
  return { services, findings };
}
function entry(service, id, name2, folder, row, checksumChanged, slowMs) {
  if (!row) return { service, id, name: name2, folder, state: "pending", checksumChanged: false, slow: false, ms: 0 };
  const ms = row.executionTimeMs ?? 0;
  const s = {
    service,
    id,
    name: name2,
    folder,
    state: row.dirty ? "dirty" : "applied",
    checksumChanged,
    slow: ms > slowMs,
    ms
  };
  if (row.appliedAt) s.appliedAt = row.appliedAt.toISOString();
  if (row.environment) s.appliedIn = row.environment;
  return s;
}
function formatStatusText(services) {
  const lines = [];
  for (const s of services) {
    for (const m of s.migrations) {
      const flags = [m.slow ? "slow" : "", m.checksumChanged ? "checksum-changed" : "", m.fileMissing ? "file-missing" : ""].filter(Boolean).join(",");
      lines.push(`${m.id} ${Math.round(m.ms)} ${m.state} ${flags || "-"} ${s.service} ${m.name || "-"}`);
    }
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
var import_promises3;
var init_status = __esm({
  "src/apply/status.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    init_tracking();
  }
});

// src/apply/window.ts
function dayIndex(name2) {
  const i = DAY_NAMES.indexOf(name2.trim().toLowerCase().slice(0, 3));
  return i < 0 ? void 0 : i;
}
function parseClock(text) {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return void 0;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || h === 24 && min !== 0) return void 0;
  return h * 60 + min;
}
function localTime(now, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23"
  }).formatToParts(now);
  const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: dayIndex(get("weekday")) ?? 0, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}
function windowProblem(w) {
  if (!w || typeof w !== "object") return "no maintenance_window is configured";
  if (parseClock(String(w.start)) === void 0) return `maintenance_window.start "${w.start}" is not HH:MM`;
  if (parseClock(String(w.end)) === void 0) return `maintenance_window.end "${w.end}" is not HH:MM`;
  for (const d of w.days ?? []) if (dayIndex(String(d)) === void 0) return `maintenance_window.days has "${d}", not a day name`;
  try {
    localTime(/* @__PURE__ */ new Date(0), w.timezone ?? "UTC");
  } catch {
    return `maintenance_window.timezone "${w.timezone}" is not a known IANA time zone`;
  }
  return void 0;
}
function inWindow(w, now) {
  if (windowProblem(w)) return false;
  const start = parseClock(w.start);
  const end = parseClock(w.end);
  const { day, minutes } = localTime(now, w.timezone ?? "UTC");
  const days = w.days && w.days.length > 0 ? new Set(w.days.map((d) => dayIndex(d))) : void 0;
  const dayOk = (d) => !days || days.has(d);
  if (start === end) return dayOk(day);
  if (start < end) return dayOk(day) && minutes >= start && minutes < end;
  return dayOk(day) && minutes >= start || dayOk((day + 6) % 7) && minutes < end;
}
function describeWindow(w) {
  const days = w.days && w.days.length > 0 ? w.days.join(",") + " " : "daily ";
  return `${days}${w.start}-${w.end} ${w.timezone ?? "UTC"}`;
}
var DAY_NAMES;
var init_window = __esm({
  "src/apply/window.ts"() {
    "use strict";
    DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
  }
});

// src/apply/run.ts
function migrationLine(id, direction, name2, ms) {
  const version = /^\d+$/.test(id) ? BigInt(id).toString() : id;
  return `${version}/${direction === "up" ? "u" : "d"} ${name2} (${ms.toFixed(6)}ms)`;
}
async function analyzeFile(sql, pgVersion = 15) {
  await ensureParser();
  return runInfo(parseSql(sql), pgVersion);
}
function runInfo(parsed, pgVersion) {
  if (parsed.error) return { transactional: true, parsed: false };
  return { transactional: parsed.statements.every((s) => isTransactional(s, pgVersion)), parsed: true };
}
async function fileIsTransactional(sql, pgVersion = 15) {
  return (await analyzeFile(sql, pgVersion)).transactional;
}
async function splitStatements(sql) {
  await ensureParser();
  const parsed = parseSql(sql);
  if (parsed.error) return [sql];
  const bytes = Buffer.from(sql, "utf8");
  return parsed.statements.map((s) => bytes.subarray(s.start, s.end).toString("utf8"));
}
function messageOf(e) {
  if (e instanceof Error) {
    const pos = e.position;
    return pos ? `${e.message} (at character ${pos})` : e.message;
  }
  return String(e);
}
async function applyMigration(db, ctx, log) {
  const t = trackingTables(ctx.service);
  const { migration: m, env, direction } = ctx;
  const started = import_node_perf_hooks.performance.now();
  const elapsed = () => import_node_perf_hooks.performance.now() - started;
  const recordUp = (ms2, dirty) => db.query(
    `INSERT INTO ${t.migrations} (version, name, environment, checksum, applied_at, execution_time_ms, dirty)
       VALUES ($1, $2, $3, $4, now(), $5, $6)
       ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, environment = EXCLUDED.environment,
         checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at,
         execution_time_ms = EXCLUDED.execution_time_ms, dirty = EXCLUDED.dirty`,
    [m.id, m.name, env, ctx.checksum, ms2, dirty]
  );
  const attempt = (ms2, success, error) => logAttempt(db, ctx.service, { migrationId: m.id, direction, executionTimeMs: ms2, environment: env, success, error });
  if (ctx.transactional && ctx.parsed === true) return applyInOneRoundTrip(db, ctx, log, started);
  if (ctx.transactional) {
    let committing = false;
    try {
      await db.exec("BEGIN");
      await db.exec(ctx.sql);
      const ms2 = elapsed();
      if (direction === "up") await recordUp(ms2, false);
      else await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [m.id]);
      await attempt(ms2, true);
      committing = true;
      await db.exec("COMMIT");
      log(migrationLine(m.id, direction, m.name, ms2));
      return { ok: true, ms: ms2 };
    } catch (e) {
      const ms2 = elapsed();
      const error = messageOf(e);
      await db.exec("ROLLBACK").catch(() => void 0);
      await attempt(ms2, false, error);
      return { ok: false, ms: ms2, error: explainFailure(e, error, m.id, committing ? "committing" : "before-commit") };
    }
  }
  try {
    if (direction === "up") await recordUp(0, true);
    else await db.query(`UPDATE ${t.migrations} SET dirty = true WHERE version = $1`, [m.id]);
  } catch (e) {
    const error = messageOf(e);
    await attempt(elapsed(), false, error);
    return { ok: false, ms: elapsed(), error };
  }
  try {
    for (const stmt of await splitStatements(ctx.sql)) await db.exec(stmt);
  } catch (e) {
    const ms2 = elapsed();
    const error = messageOf(e);
    await attempt(ms2, false, error);
    const lost = isConnectionLost(e) ? `the connection to the database was lost (${error})` : error;
    return { ok: false, ms: ms2, error: `${lost}; ${dirtyHint(ctx.service.name, m.id, direction)}` };
  }
  const ms = elapsed();
  try {
    if (direction === "up") await recordUp(ms, false);
    else await db.query(`DELETE FROM ${t.migrations} WHERE version = $1`, [m.id]);
  } catch (e) {
    const error = `the migration ran, but marking it clean failed: ${messageOf(e)}`;
    await attempt(ms, false, error);
    return { ok: false, ms, error };
  }
  await attempt(ms, true);
  log(migrationLine(m.id, direction, m.name, ms));
  return { ok: true, ms };
}
async function applyInOneRoundTrip(db, ctx, log, started) {
  const { migration: m, direction } = ctx;
  let script;
  try {
    script = migrationScript({
      tables: trackingTables(ctx.service),
      direction,
      version: m.id,
      name: m.name,
      environment: ctx.env,
      checksum: ctx.checksum,
      sql: ctx.sql
    });
  } catch (e) {
    return { ok: false, ms: import_node_perf_hooks.performance.now() - started, error: messageOf(e) };
  }
  try {
    await db.exec(script.text);
    const ms = import_node_perf_hooks.performance.now() - started;
    log(migrationLine(m.id, direction, m.name, ms));
    return { ok: true, ms };
  } catch (e) {
    const ms = import_node_perf_hooks.performance.now() - started;
    const stage = scriptOutcome(e.completedCommands);
    const err = e;
    if (err.position !== void 0) {
      const p = filePosition(Number(err.position), script, ctx.sql);
      err.position = p === void 0 ? void 0 : String(p);
    }
    const error = messageOf(e);
    if (stage !== "committed") {
      await db.exec("ROLLBACK").catch(() => void 0);
      await logAttempt(db, ctx.service, { migrationId: m.id, direction, executionTimeMs: ms, environment: ctx.env, success: false, error });
    }
    return { ok: false, ms, error: explainFailure(e, error, m.id, stage) };
  }
}
function explainFailure(e, error, id, stage) {
  if (e.code === "55P03" && stage !== "committed") {
    return `${error}: another session holds a lock ${id} needs (see pg_locks); the transaction was rolled back, so nothing of ${id} remains: run the command again once that session is done`;
  }
  if (!isConnectionLost(e)) return error;
  if (stage === "committed") {
    return `the connection to the database was lost right after ${id} committed (${error}): ${id} is applied; run the command again once the database is reachable to apply the rest`;
  }
  return stage === "committing" ? `the connection to the database was lost while committing (${error}): ${id} may or may not be applied; run svc-migrate status to see` : `the connection to the database was lost (${error}); PostgreSQL rolled the transaction back, so nothing of ${id} remains: run the command again once the database is reachable`;
}
function forceCommand(service, version) {
  return `svc-migrate force --service ${service} --version ${version} --clean`;
}
function dirtyHint(service, version, direction) {
  const base = `svc-migrate force --service ${service} --version ${version}`;
  return direction === "up" ? `${version} ran outside a transaction and is left dirty: the database may hold part of it. Repair it by hand (finish or undo what ${version} did), then run: ${base} --clean (finished) or ${base} --remove (undone)` : `the down migration of ${version} ran outside a transaction and is left dirty: the database may hold part of it. Repair it by hand, then run: ${base} --remove (rolled back) or ${base} --clean (restored)`;
}
function dirtyMessage(service, row) {
  return `${service}: migration ${row.version}${row.name ? ` (${row.name})` : ""} is dirty: it started outside a transaction and did not finish, so the database may hold part of it. Repair the database by hand (finish or undo what ${row.version} did), then run: ${forceCommand(service, row.version)}`;
}
async function readAppliedState(db, services) {
  const bySnake = await readAppliedMany(db, services);
  return new Map(services.map((s) => [s.name, bySnake.get(s.snake) ?? []]));
}
function findMigration(service, step) {
  return service.migrations.find((m) => m.id === step.id && m.folder === step.folder);
}
async function runUp(opts) {
  const started = import_node_perf_hooks.performance.now();
  const { repo, env, db, out } = opts;
  const wanted = opts.services && opts.services.length > 0 ? new Set(opts.services) : void 0;
  const services = repo.services.filter((s) => !wanted || wanted.has(s.name));
  const result = { applied: [], findings: [], warnings: [], planned: [] };
  const refuse = (message) => {
    result.refused = message;
    return result;
  };
  const rows = await readAppliedState(db, repo.services);
  for (const s of services) result.findings.push(...await checksumFindings(repo, s, rows.get(s.name) ?? []));
  const dirty = services.flatMap((s) => (rows.get(s.name) ?? []).filter((r) => r.dirty).map((r) => dirtyMessage(s.name, r)));
  if (dirty.length > 0) return refuse(dirty.join("\n"));
  const state = new Map(repo.services.map((s) => [s.name, new Set((rows.get(s.name) ?? []).map((r) => r.version))]));
  const plan = planUp(repo, env, state, { services: opts.services, target: opts.target });
  result.planned = plan.steps;
  if (plan.blocked.length > 0) {
    return refuse(plan.blocked.map((b) => `${b.service} ${b.id} cannot run: ${b.reason}`).join("\n"));
  }
  if (plan.steps.length === 0) {
    out("no change");
    return result;
  }
  const byName = new Map(repo.services.map((s) => [s.name, s]));
  const involved = [...new Set(plan.steps.map((s) => s.service))].map((n) => byName.get(n));
  const settings = new Map(involved.map((s) => [s.name, environmentSettings(s, env)]));
  const refusals = [];
  for (const s of involved) {
    const cfg = settings.get(s.name);
    if (cfg.require_approval && !opts.approve) {
      refusals.push(`${s.name}: environment ${env} requires approval: run again with --approve once the plan is reviewed.`);
    }
    if (cfg.maintenance_window_required) {
      const problem = windowProblem(cfg.maintenance_window);
      const now = opts.now ?? /* @__PURE__ */ new Date();
      if (problem) {
        refusals.push(`${s.name}: environment ${env} requires a maintenance window, but ${problem} (environments.json config.maintenance_window).`);
      } else if (!inWindow(cfg.maintenance_window, now)) {
        refusals.push(
          `${s.name}: outside the maintenance window of ${env} (${describeWindow(cfg.maintenance_window)}); it is now ${now.toISOString()}.`
        );
      }
    }
  }
  if (refusals.length > 0) return refuse(refusals.join("\n"));
  const pgVersion = repo.config?.pg_version ?? 15;
  const texts = /* @__PURE__ */ new Map();
  for (const step of plan.steps) {
    const service = byName.get(step.service);
    const m = findMigration(service, step);
    if (!m?.up) continue;
    const bytes = (0, import_node_fs10.readFileSync)(m.up.abs);
    const file = { bytes, sql: bytes.toString("utf8") };
    texts.set(step, file);
    if (settings.get(step.service).allow_destructive_operations) continue;
    await ensureParser();
    const parsed = parseSql(file.sql);
    file.info = runInfo(parsed, pgVersion);
    const ownTables = /* @__PURE__ */ new Set();
    for (const stmt of parsed.statements) {
      for (const op of destructiveOperations(stmt, parsed)) {
        if (op.kind === "delete") continue;
        if (op.table && ownTables.has(tableKey(op.table))) continue;
        const from = parsed.lines.fromByte(op.start);
        const to = parsed.lines.fromByte(op.end);
        result.findings.push({
          rule: "destructive-operation",
          severity: "error",
          message: `${op.kind.replace("-", " ").toUpperCase()} ${op.target}: environment ${env} has allow_destructive_operations false`,
          file: m.up.file,
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          service: step.service,
          migration: step.id
        });
      }
      for (const key2 of tablesCreatedForCertain(stmt)) ownTables.add(key2);
    }
  }
  if (result.findings.some((f) => f.severity === "error")) {
    return refuse(`destructive operations are not allowed in ${env}; nothing was applied.`);
  }
  const toValidate = involved.filter((s) => !settings.get(s.name).skip_validation).map((s) => s.name);
  if (opts.validate && toValidate.length > 0) {
    const outcome = await opts.validate(toValidate);
    const found = Array.isArray(outcome) ? outcome : outcome.findings;
    const analysis = Array.isArray(outcome) ? void 0 : outcome.files;
    if (analysis) {
      for (const [step, file] of texts) {
        const m = findMigration(byName.get(step.service), step);
        const a = m?.up ? analysis.get(m.up.file) : void 0;
        if (a && !file.info) file.info = a.syntaxError ? { transactional: true, parsed: false } : { transactional: !a.nonTransactional, parsed: true };
      }
    }
    const errors = found.filter((f) => f.severity === "error" && (!f.service || toValidate.includes(f.service)));
    if (errors.length > 0) {
      result.findings.push(...errors);
      return refuse(`validation found ${errors.length} error(s) (skip_validation is false in ${env}); nothing was applied.`);
    }
  }
  if (opts.dryRun) {
    for (const step of plan.steps) out(`would apply ${step.service} ${step.id} ${step.name} (${step.folder})`);
    return result;
  }
  if (involved.some((s) => settings.get(s.name).backup_required)) {
    try {
      const b = await backupDatabase({
        dir: opts.backupDir ?? defaultBackupDir(repo.root),
        url: opts.databaseUrl,
        db,
        now: opts.now
      });
      result.backup = b.file;
      out(`backup ${b.file} (${b.bytes} bytes${b.format === "pglite-datadir" ? ", PGlite data directory" : ""})`);
    } catch (e) {
      return refuse(`backup_required is set for ${env} and the backup failed, so nothing was applied: ${messageOf(e)}`);
    }
  }
  await executeSteps(opts, plan.steps, byName, texts, result);
  if (result.failed) {
    const failedService = byName.get(result.failed.service);
    if (settings.get(failedService.name)?.auto_rollback_on_failure && result.applied.length > 0) {
      await autoRollback(opts, byName, result);
    }
  }
  const url = webhookUrl(opts.webhook, opts.processEnv ?? process.env);
  if (url && (result.applied.length > 0 || result.failed)) {
    const warning = await notifyWebhook(url, {
      ok: !result.failed,
      environment: env,
      services: involved.map((s) => s.name),
      migrations: result.applied,
      durationMs: import_node_perf_hooks.performance.now() - started,
      error: result.failed ? `${result.failed.service} ${result.failed.id}: ${result.failed.error}` : void 0
    });
    if (warning) result.warnings.push(warning);
  }
  return result;
}
async function executeSteps(opts, steps, byName, texts, result) {
  const groups = [];
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last && last.service.name === step.service) last.steps.push(step);
    else groups.push({ service: byName.get(step.service), steps: [step] });
  }
  const several = new Set(groups.map((g) => g.service.name)).size > 1;
  for (const group of groups) {
    if (several) opts.out(`# ${group.service.name}`);
    const stop = await withServiceLock(opts.db, group.service.name, async () => {
      await ensureTracking(opts.db, group.service);
      const now = await readTrackedRows(opts.db, group.service);
      const dirtyRow = now.find((r) => r.dirty);
      if (dirtyRow) {
        result.refused = dirtyMessage(group.service.name, dirtyRow);
        return true;
      }
      const done = new Set(now.map((r) => r.version));
      const skipped = group.steps.filter((step) => done.has(step.id)).map((step) => step.id);
      if (skipped.length === group.steps.length) {
        opts.out(`${group.service.name}: nothing left to apply: ${skipped.join(", ")} ${skipped.length === 1 ? "was" : "were"} applied by another run while this one waited`);
        return false;
      }
      const todo = group.steps.filter((step) => !done.has(step.id));
      const pgVersion = opts.repo.config?.pg_version ?? 15;
      for (const step of todo) {
        const file = texts.get(step);
        if (file && !file.info) file.info = quickRunInfo(file.sql, pgVersion);
      }
      if (todo.some((step) => !texts.get(step)?.info)) await ensureParser();
      const prepare = (step) => {
        const file = step && texts.get(step);
        if (file && !file.info) file.info = runInfo(parseSql(file.sql), pgVersion);
      };
      prepare(todo[0]);
      for (let i = 0; i < todo.length; i++) {
        const step = todo[i];
        if (!await runStep(opts, group.service, step, texts.get(step), result, () => prepare(todo[i + 1]))) return true;
      }
      return false;
    }, opts.out);
    if (stop) return;
  }
}
async function runStep(opts, service, step, planned, result, whileWaiting) {
  const m = findMigration(service, step);
  const bytes = planned?.bytes ?? (0, import_node_fs10.readFileSync)(m.up.abs);
  const sql = planned?.sql ?? bytes.toString("utf8");
  const pgVersion = opts.repo.config?.pg_version ?? 15;
  const info = planned?.info ?? quickRunInfo(sql, pgVersion) ?? await analyzeFile(sql, pgVersion);
  const hookCtx = {
    hooksDir: service.hooksDir,
    service: service.name,
    migration: m.id,
    env: opts.env,
    databaseUrl: opts.databaseUrl,
    cwd: opts.repo.root,
    out: opts.out,
    processEnv: opts.processEnv
  };
  if (!opts.noHooks) {
    const failure = await runHooks("pre", hookCtx);
    if (failure) {
      result.failed = { service: service.name, id: m.id, error: `hook ${failure.hook} failed (exit ${failure.code}): ${failure.tail}` };
      return false;
    }
  }
  const applying = applyMigration(
    opts.db,
    {
      service,
      migration: m,
      env: opts.env,
      direction: "up",
      sql,
      transactional: info.transactional,
      parsed: info.parsed,
      checksum: checksumOf(bytes)
    },
    opts.out
  );
  whileWaiting();
  const outcome = await applying;
  if (!outcome.ok) {
    result.failed = { service: service.name, id: m.id, error: outcome.error };
    return false;
  }
  result.applied.push({ service: service.name, id: m.id, name: m.name, ms: outcome.ms });
  if (!opts.noHooks) {
    const failure = await runHooks("post", hookCtx);
    if (failure) {
      result.failed = { service: service.name, id: m.id, error: `hook ${failure.hook} failed (exit ${failure.code}) after the migration was applied: ${failure.tail}` };
      return false;
    }
  }
  return true;
}
async function autoRollback(opts, byName, result) {
  result.rolledBack = [];
  for (const step of [...result.applied].reverse()) {
    const service = byName.get(step.service);
    if (!environmentSettings(service, opts.env).auto_rollback_on_failure) continue;
    const m = service.migrations.find((x) => x.id === step.id && x.up);
    if (!m?.down) {
      result.warnings.push(`auto-rollback: ${step.service} ${step.id} has no down file; left applied.`);
      break;
    }
    const sql = await (0, import_promises4.readFile)(m.down.abs, "utf8");
    const pgVersion = opts.repo.config?.pg_version ?? 15;
    const known = quickRunInfo(sql, pgVersion);
    const outcome = await withServiceLock(
      opts.db,
      service.name,
      () => (known ? Promise.resolve(known) : analyzeFile(sql, pgVersion)).then(
        ({ transactional, parsed }) => applyMigration(opts.db, { service, migration: m, env: opts.env, direction: "down", sql, transactional, parsed, checksum: "" }, opts.out)
      )
    );
    if (!outcome.ok) {
      result.warnings.push(`auto-rollback of ${step.service} ${step.id} failed: ${outcome.error}; stopped rolling back.`);
      break;
    }
    result.rolledBack.push({ ...step, ms: outcome.ms });
  }
}
var import_node_fs10, import_promises4, import_node_perf_hooks;
var init_run = __esm({
  "src/apply/run.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_promises4 = require("node:fs/promises");
    import_node_perf_hooks = require("node:perf_hooks");
    init_environments();
    init_parser();
    init_facts();
    init_backup();
    init_connection_lost();
    init_hooks();
    init_lock();
    init_notify();
    init_plan();
    init_quick_run_info();
    init_script();
    init_status();
    init_tracking();
    init_window();
  }
});

// src/cli/commands/up.ts
var up_exports = {};
__export(up_exports, {
  run: () => run3
});
function printResult(r, env, format, io) {
  if (format === "json") {
    io.out(
      JSON.stringify(
        {
          version: 1,
          environment: env,
          findings: r.findings,
          summary: { ...countFindings(r.findings), services: new Set(r.planned.map((s) => s.service)).size, migrations: r.planned.length, files: 0 },
          applied: r.applied,
          ...r.failed ? { failed: r.failed } : {},
          ...r.refused ? { refused: r.refused } : {},
          ...r.rolledBack ? { rolledBack: r.rolledBack } : {},
          ...r.backup ? { backup: r.backup } : {},
          warnings: r.warnings
        },
        null,
        2
      ) + "\n"
    );
    return;
  }
  for (const f of r.findings) io.err(findingLine(f) + "\n");
  for (const w of r.warnings) io.err(`warning: ${w}
`);
  if (r.refused) io.err(`up refused: ${r.refused}
`);
  if (r.failed) io.err(`error: ${r.failed.service} ${r.failed.id} failed: ${r.failed.error}
`);
  if (r.rolledBack && r.rolledBack.length > 0) {
    io.err(`auto_rollback_on_failure: reverted ${r.rolledBack.map((s) => `${s.service} ${s.id}`).join(", ")}
`);
  }
}
function findingLine(f) {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ""}: ` : "";
  return `${where}${f.severity} ${f.rule}: ${f.message}`;
}
var run3;
var init_up = __esm({
  "src/cli/commands/up.ts"() {
    "use strict";
    init_open();
    init_connection_lost();
    init_run();
    init_types();
    init_validate();
    init_environments();
    init_load2();
    init_select();
    run3 = async (common, flags, io) => {
      const target = flags.target;
      if (target !== void 0 && !/^\d+$/.test(target)) throw new UsageError(`--target ${target} is not a migration id (digits, as in 000003).`);
      const repo = await loadRepo({ root: common.root });
      selectServices(repo, common.services);
      const env = resolveEnvironment(repo, common.env, io.env);
      const db = await openDatabase(common.databaseUrl, { extensions: () => extensionsForRepo(repo), cwd: io.cwd });
      let result;
      try {
        const progress = common.format === "json" ? (l) => io.err(l + "\n") : (l) => io.out(l + "\n");
        result = await runUp({
          repo,
          env,
          db,
          services: common.services,
          target,
          approve: flags.approve === true,
          dryRun: flags["dry-run"] === true,
          noHooks: flags["no-hooks"] === true,
          webhook: flags["notify-webhook"],
          backupDir: flags["backup-dir"],
          databaseUrl: common.databaseUrl,
          out: progress,
          processEnv: io.env,
          // The per-file analysis too: up then need not parse again what validate parsed.
          validate: async (services) => {
            const v = await validate({ root: common.root, services, env, processEnv: io.env, cache: common.cache });
            return { findings: v.report.findings, files: v.files };
          }
        });
      } catch (e) {
        if (!isConnectionLost(e)) throw e;
        io.err(
          `error: the connection to ${db.label} was lost (${e.message}). Each migration commits on its own, so none is half-applied by a transaction; run svc-migrate status once the database is reachable to see what was applied.
`
        );
        return 1;
      } finally {
        await db.close();
      }
      printResult(result, env, common.format, io);
      const failed = result.failed !== void 0 || result.refused !== void 0;
      return failed || result.findings.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
    };
  }
});

// src/cli/commands/status.ts
var status_exports = {};
__export(status_exports, {
  run: () => run4
});
var run4;
var init_status2 = __esm({
  "src/cli/commands/status.ts"() {
    "use strict";
    init_open();
    init_status();
    init_types();
    init_types();
    init_environments();
    init_load2();
    init_select();
    run4 = async (common, flags, io) => {
      const slowFlag = flags["slow-ms"];
      const slowMs = slowFlag === void 0 ? void 0 : Number(slowFlag);
      if (slowMs !== void 0 && !(Number.isFinite(slowMs) && slowMs >= 0)) throw new UsageError(`--slow-ms ${slowFlag} is not a number of milliseconds.`);
      const repo = selectServices(await loadRepo({ root: common.root }), common.services);
      const env = resolveEnvironment(repo, common.env, io.env);
      const db = await openDatabase(common.databaseUrl, { extensions: await extensionsForRepo(repo), cwd: io.cwd });
      let status;
      try {
        status = await readStatus(repo, env, db, { slowMs, services: common.services });
      } finally {
        await db.close();
      }
      if (common.format === "json") {
        const migrations = status.services.reduce((n, s) => n + s.migrations.length, 0);
        io.out(
          JSON.stringify(
            {
              version: 1,
              environment: env,
              findings: status.findings,
              summary: { ...countFindings(status.findings), services: status.services.length, migrations, files: 0 },
              services: status.services
            },
            null,
            2
          ) + "\n"
        );
      } else {
        io.out(formatStatusText(status.services));
        for (const f of status.findings) io.err(`${f.file ? `${f.file}: ` : ""}${f.severity} ${f.rule}: ${f.message}
`);
      }
      return status.findings.some((f) => failsAt(f.severity, common.failOn)) ? 1 : 0;
    };
  }
});

// src/cli/commands/force.ts
var force_exports = {};
__export(force_exports, {
  run: () => run5
});
var import_promises5, run5;
var init_force = __esm({
  "src/cli/commands/force.ts"() {
    "use strict";
    import_promises5 = require("node:fs/promises");
    init_open();
    init_lock();
    init_tracking();
    init_types();
    init_environments();
    init_load2();
    init_select();
    run5 = async (common, flags, io) => {
      const version = flags.version;
      if (common.services.length !== 1) throw new UsageError("force needs exactly one --service.");
      if (!version || !/^\d+$/.test(version)) throw new UsageError("force needs --version ID (the migration id, digits, as written: 000003).");
      if (flags.clean === true === (flags.remove === true)) {
        throw new UsageError("force needs either --clean (the migration is complete) or --remove (it was undone and should run again).");
      }
      const repo = selectServices(await loadRepo({ root: common.root }), common.services);
      const env = resolveEnvironment(repo, common.env, io.env);
      const service = repo.services.find((s) => s.name === common.services[0]);
      if (!service) throw new UsageError(`Unknown service ${common.services[0]}.`);
      const migration = service.migrations.find((m) => m.id === version && m.up);
      const checksum = migration?.up ? checksumOf(await (0, import_promises5.readFile)(migration.up.abs)) : void 0;
      const db = await openDatabase(common.databaseUrl, { cwd: io.cwd });
      let action;
      try {
        action = await withServiceLock(
          db,
          service.name,
          () => forceVersion(db, service, version, { remove: flags.remove === true, name: migration?.name, environment: env, checksum })
        );
      } finally {
        await db.close();
      }
      const text = {
        cleaned: `${service.name} ${version}: marked clean (applied).`,
        inserted: `${service.name} ${version}: recorded as applied (it had no row).`,
        removed: `${service.name} ${version}: row deleted; up will run it again.`,
        unchanged: `${service.name} ${version}: nothing to do (${flags.remove === true ? "no row" : "already clean"}).`
      }[action];
      if (common.format === "json") io.out(JSON.stringify({ service: service.name, version, action }) + "\n");
      else io.out(text + "\n");
      return 0;
    };
  }
});

// src/cli/commands/backup.ts
var backup_exports = {};
__export(backup_exports, {
  run: () => run6
});
var import_node_path10, run6;
var init_backup2 = __esm({
  "src/cli/commands/backup.ts"() {
    "use strict";
    import_node_path10 = require("node:path");
    init_backup();
    init_open();
    init_types();
    run6 = async (common, flags, io) => {
      const url = common.databaseUrl;
      if (url === void 0) {
        throw new UsageError("Nothing to back up: with no --database-url the embedded database lives only in memory for this command.");
      }
      const dir = (0, import_node_path10.resolve)(io.cwd, flags["backup-dir"] ?? defaultBackupDir((0, import_node_path10.resolve)(io.cwd, common.root)));
      const db = url.startsWith("pglite:") ? await openDatabase(url, { cwd: io.cwd }) : void 0;
      try {
        let r;
        try {
          r = await backupDatabase({ dir, url, db });
        } catch (e) {
          if (!(e instanceof BackupError) || e.unreachable) throw new UsageError(e instanceof Error ? e.message : String(e));
          io.err(`svc-migrate backup: backup failed: ${e.message}
`);
          return 1;
        }
        if (common.format === "json") io.out(JSON.stringify(r) + "\n");
        else io.out(`backup written: ${r.file} (${r.bytes} bytes, ${r.format})
`);
        return 0;
      } finally {
        await db?.close();
      }
    };
  }
});

// src/cli/commands/restore.ts
var restore_exports = {};
__export(restore_exports, {
  run: () => run7
});
var import_node_path11, run7;
var init_restore = __esm({
  "src/cli/commands/restore.ts"() {
    "use strict";
    import_node_path11 = require("node:path");
    init_backup();
    init_url();
    init_types();
    run7 = async (common, flags, io) => {
      const file = flags.file;
      if (!file) throw new UsageError("restore needs --file BACKUP.");
      try {
        await restoreDatabase({ file: (0, import_node_path11.resolve)(io.cwd, file), url: common.databaseUrl, cwd: io.cwd });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        io.err(`restore failed: ${e instanceof Error ? e.message : String(e)}
`);
        return 1;
      }
      io.out(`restored ${file} into ${redactUrl(common.databaseUrl)}
`);
      return 0;
    };
  }
});

// src/report/matrix.ts
function buildMatrix(plan, onlyLevel) {
  const include = [];
  plan.levels.forEach((services, level) => {
    if (onlyLevel !== void 0 && level !== onlyLevel) return;
    for (const service of services) include.push({ service, level });
  });
  return { include };
}
function formatMatrix(plan, onlyLevel) {
  return JSON.stringify(buildMatrix(plan, onlyLevel)) + "\n";
}
var init_matrix = __esm({
  "src/report/matrix.ts"() {
    "use strict";
  }
});

// src/cli/commands/plan.ts
var plan_exports = {};
__export(plan_exports, {
  run: () => run8
});
function parseLevel(value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--level must be a level number (0, 1, ...), not ${String(value)}.`);
  return n;
}
var run8;
var init_plan2 = __esm({
  "src/cli/commands/plan.ts"() {
    "use strict";
    init_open();
    init_plan();
    init_tracking();
    init_types();
    init_environments();
    init_load2();
    init_select();
    init_matrix();
    run8 = async (common, flags, io) => {
      const repo = await loadRepo({ root: common.root });
      selectServices(repo, common.services);
      const env = resolveEnvironment(repo, common.env, io.env);
      const applied2 = /* @__PURE__ */ new Map();
      if (common.databaseUrl !== void 0) {
        const db = await openDatabase(common.databaseUrl, { extensions: await extensionsForRepo(repo), cwd: io.cwd });
        try {
          for (const s of repo.services) applied2.set(s.name, new Set((await readApplied(db, s)).map((r) => r.version)));
        } finally {
          await db.close();
        }
      }
      const plan = planUp(repo, env, applied2, { services: common.services, target: flags.target });
      if (common.format === "json") io.out(JSON.stringify(plan, null, 2) + "\n");
      else if (common.format === "matrix") io.out(formatMatrix(plan, parseLevel(flags.level)));
      else io.out(formatPlanText(plan));
      return plan.blocked.length > 0 && common.failOn !== "never" ? 1 : 0;
    };
  }
});

// src/apply/rollback.ts
function rollbackService(repo, services) {
  if (services.length > 1) throw new UsageError("rollback works on one service at a time: pass one --service.");
  const name2 = services[0] ?? (repo.services.length === 1 ? repo.services[0]?.name : void 0);
  if (name2 === void 0) {
    throw new UsageError(
      `rollback needs --service: this repository has ${repo.services.length} services (${repo.services.map((s) => s.name).join(", ")}).`
    );
  }
  const service = repo.services.find((s) => s.name === name2);
  if (!service) throw new UsageError(`Unknown service ${name2}: no services/${name2}/migrations folder under the root.`);
  return service;
}
function migrationFor2(service, id, env) {
  const all = service.migrations.filter((m) => m.id === id);
  return all.find((m) => appliesIn(m, env)) ?? all[0];
}
function appliedOrder(service, versions, env) {
  const set = new Set(versions);
  const deps = /* @__PURE__ */ new Map();
  for (const v of versions) {
    const raw = migrationFor2(service, v, env)?.meta?.depends_on;
    const list3 = Array.isArray(raw) ? raw.filter((d) => typeof d === "string") : [];
    deps.set(v, list3.filter((d) => set.has(d) && d !== v));
  }
  const out = [];
  const placed = /* @__PURE__ */ new Set();
  let rest = [...set].sort(compareIds2);
  while (rest.length > 0) {
    const next = rest.find((v) => (deps.get(v) ?? []).every((d) => placed.has(d))) ?? rest[0];
    out.push(next);
    placed.add(next);
    rest = rest.filter((v) => v !== next);
  }
  return out;
}
function planRollback(repo, env, applied2, selection, opts) {
  const service = repo.services.find((s) => s.name === selection.service);
  if (!service) throw new UsageError(`Unknown service ${selection.service}.`);
  const chosen = [selection.to, selection.steps, selection.only].filter((x) => x !== void 0).length;
  if (chosen !== 1) {
    throw new UsageError("Say what to roll back with exactly one of --to ID, --steps N or --only ID.");
  }
  const mine = applied2.filter((a) => a.service === service.name);
  const order = appliedOrder(service, mine.map((a) => a.version), env);
  const newestFirst = [...order].reverse();
  let ids;
  if (selection.to !== void 0) {
    const to = selection.to;
    ids = newestFirst.filter((v) => compareIds2(v, to) > 0 && !sameId(v, to));
  } else if (selection.steps !== void 0) {
    if (!Number.isInteger(selection.steps) || selection.steps < 1) {
      throw new UsageError(`--steps must be a positive whole number, not ${selection.steps}.`);
    }
    ids = newestFirst.slice(0, selection.steps);
  } else {
    const only = selection.only;
    const match = newestFirst.find((v) => v === only) ?? newestFirst.find((v) => sameId(v, only));
    if (match === void 0) {
      throw new UsageError(`${service.name} ${only} is not applied: nothing to roll back (applied: ${order.join(", ") || "none"}).`);
    }
    ids = [match];
  }
  const steps = ids.map((id) => {
    const migration = migrationFor2(service, id, env);
    const step = { service: service.name, id, name: migration?.name ?? "", folder: migration?.folder ?? "" };
    if (migration) step.migration = migration;
    if (migration?.down) step.downFile = migration.down.file;
    return step;
  });
  const refusals = [];
  const dirty = mine.find((a) => a.dirty);
  if (dirty) {
    refusals.push({
      service: service.name,
      id: dirty.version,
      rule: "rollback-dirty",
      message: `${service.name} is dirty at ${dirty.version} (a migration failed half-way): repair the database, then run \`svc-migrate force --service ${service.name} --version ${dirty.version} --clean\`.`
    });
  }
  const appliedKeys = new Set(applied2.map((a) => key(a.service, a.version)));
  const position = new Map(steps.map((s, i) => [s.id, i]));
  steps.forEach((step, i) => {
    const label3 = `${step.service} ${step.id}${step.name ? ` ${step.name}` : ""}`;
    if (!step.migration) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: "rollback-missing-down",
        message: `${label3} is applied but has no files in the repository: there is no down migration to run.`
      });
    } else if (!step.downFile) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: "rollback-missing-down",
        message: `${label3} has no down file (${service.dir}/${step.folder}/${step.id}_${step.name}.down.sql).`
      });
    }
    if (step.migration?.meta?.rollback_safe === false) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: "rollback-unsafe",
        message: `${label3} is marked "rollback_safe": false in ${service.dependencies?.file ?? `${service.dir}/dependencies.json`}.`
      });
    }
    for (const dep of dependentsOf(repo, step.service, step.id)) {
      if (!appliedKeys.has(key(dep.service, dep.id))) continue;
      const at2 = dep.service === step.service ? position.get(dep.id) : void 0;
      if (at2 !== void 0 && at2 < i) continue;
      const how = dep.service === step.service ? "depends_on" : "cross_service_dependencies";
      const fix = dep.service === step.service ? `roll back ${dep.id} first (--to ${dep.id} with a lower id, or --steps)` : `roll back ${dep.service} ${dep.id} first`;
      refusals.push({
        service: step.service,
        id: step.id,
        rule: "rollback-dependent",
        message: `${label3} is needed by applied migration ${dep.service} ${dep.id} (its ${how}): ${fix}, or use --force.`
      });
    }
  });
  return { service: service.name, environment: env, steps, refusals, forced: opts.force && refusals.length > 0 };
}
function key(service, id) {
  return `${service}\0${id}`;
}
function sameId(a, b) {
  return compareIds2(a, b) === 0 || a.replace(/^0+/, "") === b.replace(/^0+/, "");
}
function quotedName(parts) {
  return parts.map(quoteIdent2).join(".");
}
function dataProbes(op) {
  const parts = op.names;
  switch (op.kind) {
    case "drop-table":
    case "truncate":
    case "delete": {
      const table = quotedName(parts);
      const verb = op.kind === "drop-table" ? "drops table" : op.kind === "truncate" ? "truncates" : "deletes rows from";
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT to_regclass(${literal(table)}) IS NOT NULL AS found`,
          dataSql: `SELECT EXISTS (SELECT 1 FROM ${table}) AS found`,
          describe: `${verb} ${op.target}, which holds rows`
        }
      ];
    }
    case "drop-column": {
      const column = parts[parts.length - 1];
      const table = quotedName(parts.slice(0, -1));
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(${literal(table)}) AND attname = ${literal(column)} AND attnum > 0 AND NOT attisdropped) AS found`,
          dataSql: `SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${quoteIdent2(column)} IS NOT NULL) AS found`,
          describe: `drops column ${op.target}, which holds values`
        }
      ];
    }
    case "drop-schema":
      return [
        {
          op: op.kind,
          target: op.target,
          existsSql: `SELECT n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ${literal(parts[0] ?? "")} AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
          dataSql: "",
          describe: `drops schema ${op.target}`
        }
      ];
    default:
      return [];
  }
}
function literal(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
async function findDataLoss(db, steps) {
  await ensureParser();
  const refusals = [];
  for (const step of steps) {
    const down = step.migration?.down;
    if (!down) continue;
    const label3 = `${step.service} ${step.id} ${step.name}`;
    const text = await (0, import_promises6.readFile)(down.abs, "utf8");
    const parsed = parseSql(text);
    if (parsed.error) {
      refusals.push({
        service: step.service,
        id: step.id,
        rule: "rollback-data-loss",
        message: `${label3}: ${down.file}:${parsed.error.line}:${parsed.error.column} does not parse (${parsed.error.message}), so what it destroys cannot be checked.`
      });
      continue;
    }
    for (const stmt of parsed.statements) {
      for (const op of destructiveOperations(stmt)) {
        const problem = await probe(db, op);
        if (!problem) continue;
        const line = parsed.lines.fromByte(stmt.start).line;
        refusals.push({
          service: step.service,
          id: step.id,
          rule: "rollback-data-loss",
          message: `${label3}: ${down.file}:${line} ${problem}; use --force to roll back anyway.`
        });
      }
    }
  }
  return refusals;
}
async function probe(db, op) {
  for (const p of dataProbes(op)) {
    if (p.op === "drop-schema") {
      const { rows } = await db.query(p.existsSql);
      const full = [];
      for (const row of rows) {
        const q = `SELECT EXISTS (SELECT 1 FROM ${quotedName([row.schema, row.table])}) AS found`;
        if ((await db.query(q)).rows[0]?.found) full.push(`${row.schema}.${row.table}`);
      }
      if (full.length > 0) return `${p.describe}, whose tables hold rows (${full.join(", ")})`;
      continue;
    }
    if ((await db.query(p.existsSql)).rows[0]?.found !== true) continue;
    if ((await db.query(p.dataSql)).rows[0]?.found === true) return p.describe;
  }
  return void 0;
}
async function runRollback(opts) {
  const { repo, env, db, selection } = opts;
  return withServiceLock(db, selection.service, async () => {
    const applied2 = [];
    for (const s of repo.services) {
      for (const row of await readApplied(db, s)) applied2.push({ service: s.name, version: row.version, dirty: row.dirty });
    }
    const plan = planRollback(repo, env, applied2, selection, { force: opts.force });
    const refusals = [...plan.refusals, ...await findDataLoss(db, plan.steps)];
    plan.forced = opts.force && refusals.length > 0;
    const result = { plan, refusals, refused: refusals.length > 0 && !opts.force, rolledBack: [] };
    if (result.refused || opts.dryRun) return result;
    for (const step of plan.steps) {
      const m = step.migration;
      const service = repo.services.find((s) => s.name === step.service);
      if (!m?.down || !service) {
        result.failed = { service: step.service, id: step.id, error: "no down file" };
        break;
      }
      const sql = await (0, import_promises6.readFile)(m.down.abs, "utf8");
      const transactional = await fileIsTransactional(sql, repo.config?.pg_version ?? 15);
      const outcome = await applyMigration(db, { service, migration: m, env, direction: "down", sql, transactional, checksum: "" }, opts.out);
      if (!outcome.ok) {
        result.failed = { service: step.service, id: step.id, error: outcome.error };
        break;
      }
      result.rolledBack.push({ service: step.service, id: step.id, name: step.name, ms: outcome.ms });
    }
    return result;
  });
}
var import_promises6;
var init_rollback = __esm({
  "src/apply/rollback.ts"() {
    "use strict";
    import_promises6 = require("node:fs/promises");
    init_types();
    init_environments2();
    init_ids();
    init_order();
    init_facts();
    init_parser();
    init_lock();
    init_run();
    init_tracking();
  }
});

// src/cli/commands/rollback.ts
var rollback_exports = {};
__export(rollback_exports, {
  run: () => run9
});
function findingsOf(r) {
  const findings = r.refusals.map((x) => {
    const step = r.plan.steps.find((s) => s.id === x.id);
    return {
      rule: x.rule,
      severity: r.plan.forced ? "warning" : "error",
      message: r.plan.forced ? `${x.message} (overridden by --force)` : x.message,
      ...step?.downFile ? { file: step.downFile, line: 1, column: 1 } : {},
      service: x.service,
      migration: x.id
    };
  });
  if (r.failed) {
    const step = r.plan.steps.find((s) => s.id === r.failed?.id);
    findings.push({
      rule: "migration-failed",
      severity: "error",
      message: `${r.failed.service} ${r.failed.id}: the down migration failed: ${r.failed.error}`,
      ...step?.downFile ? { file: step.downFile, line: 1, column: 1 } : {},
      service: r.failed.service,
      migration: r.failed.id
    });
  }
  return findings;
}
function print(r, env, format, io, dryRun) {
  const findings = findingsOf(r);
  if (format === "json") {
    const report = {
      version: 1,
      environment: env,
      findings,
      summary: { ...countFindings(findings), services: 1, migrations: r.plan.steps.length, files: 0 },
      rollback: {
        service: r.plan.service,
        steps: r.plan.steps.map(({ migration: _m, ...s }) => s),
        forced: r.plan.forced,
        refused: r.refused,
        rolledBack: r.rolledBack,
        ...r.failed ? { failed: r.failed } : {}
      }
    };
    io.out(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  if (r.plan.steps.length === 0) {
    io.out(`${r.plan.service}: nothing to roll back
`);
    return;
  }
  for (const x of r.refusals) io.err(`${r.plan.forced ? "forced past" : "refused"} [${x.rule}]: ${x.message}
`);
  if (r.refused) {
    io.err(`nothing was rolled back (${r.refusals.length} refusal(s)); --force overrides them.
`);
    return;
  }
  if (dryRun) {
    for (const s of r.plan.steps) io.out(`would roll back ${s.service} ${s.id} ${s.name}
`);
    return;
  }
  if (r.failed) io.err(`error: ${r.failed.service} ${r.failed.id} down failed: ${r.failed.error}
`);
}
var run9;
var init_rollback2 = __esm({
  "src/cli/commands/rollback.ts"() {
    "use strict";
    init_open();
    init_rollback();
    init_types();
    init_environments();
    init_load2();
    run9 = async (common, flags, io) => {
      const repo = await loadRepo({ root: common.root });
      const service = rollbackService(repo, common.services);
      const env = resolveEnvironment(repo, common.env, io.env);
      const steps = flags.steps === void 0 ? void 0 : Number(flags.steps);
      if (steps !== void 0 && (!Number.isInteger(steps) || steps < 1)) {
        throw new UsageError(`--steps must be a positive whole number, not ${String(flags.steps)}.`);
      }
      for (const flag of ["to", "only"]) {
        const value = flags[flag];
        if (value !== void 0 && !/^\d+$/.test(String(value))) {
          throw new UsageError(`--${flag} ${JSON.stringify(value)} is not a migration id (digits, as in 000003).`);
        }
      }
      if (common.databaseUrl === void 0) {
        io.err("note: no --database-url (or DATABASE_URL): rolling back an empty in-memory database, where nothing is applied.\n");
      }
      const db = await openDatabase(common.databaseUrl, { cwd: io.cwd });
      let result;
      try {
        const progress = common.format === "json" ? (l) => io.err(l + "\n") : (l) => io.out(l + "\n");
        result = await runRollback({
          repo,
          env,
          db,
          selection: {
            service: service.name,
            to: flags.to,
            steps,
            only: flags.only
          },
          force: flags.force === true,
          dryRun: flags["dry-run"] === true,
          out: progress
        });
      } finally {
        await db.close();
      }
      print(result, env, common.format, io, flags["dry-run"] === true);
      return result.refused || result.failed ? 1 : 0;
    };
  }
});

// src/apply/snapshot.ts
function quoteLiteral2(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
function schemaFilter(schemas) {
  if (schemas && schemas.length > 0) return `n.nspname IN (${schemas.map(quoteLiteral2).join(", ")})`;
  return `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
}
function notFromExtension(catalog, oid) {
  return `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
}
function queries(schemas) {
  const where = schemaFilter(schemas);
  return [
    `SELECT 'schema' AS kind, n.nspname AS name, n.nspname AS owner, '' AS detail
       FROM pg_namespace n WHERE ${where} AND ${notFromExtension("pg_namespace", "n.oid")}`,
    `SELECT 'extension' AS kind, e.extname AS name, NULL AS owner, e.extversion AS detail FROM pg_extension e
      WHERE e.extname <> 'plpgsql'`,
    `SELECT CASE c.relkind WHEN 'p' THEN 'partitioned table' ELSE 'table' END AS kind,
            n.nspname || '.' || c.relname AS name, c.relname AS owner,
            CASE WHEN c.relrowsecurity THEN 'row level security' ELSE '' END AS detail
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND ${where} AND ${notFromExtension("pg_class", "c.oid")}`,
    `SELECT 'column' AS kind, n.nspname || '.' || c.relname || '.' || a.attname AS name, c.relname AS owner,
            format_type(a.atttypid, a.atttypmod)
              || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
              || CASE WHEN a.attidentity::text <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
              || CASE WHEN a.attgenerated::text <> '' THEN ' generated ' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')
                      WHEN ad.adbin IS NOT NULL THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
              || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                      THEN ' collate ' || (SELECT collname FROM pg_collation WHERE oid = a.attcollation) ELSE '' END
              AS detail
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${where}
        AND ${notFromExtension("pg_class", "c.oid")}`,
    `SELECT 'constraint' AS kind, n.nspname || '.' || c.relname || '.' || con.conname AS name, c.relname AS owner,
            pg_get_constraintdef(con.oid) AS detail
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where}`,
    `SELECT 'index' AS kind, n.nspname || '.' || i.relname AS name, c.relname AS owner,
            pg_get_indexdef(x.indexrelid) AS detail
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${where} AND ${notFromExtension("pg_class", "c.oid")}`,
    `SELECT 'sequence' AS kind, n.nspname || '.' || c.relname AS name, c.relname AS owner,
            format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement
              || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END AS detail
       FROM pg_sequence s
       JOIN pg_class c ON c.oid = s.seqrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where} AND ${notFromExtension("pg_class", "c.oid")}`,
    `SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
            n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
            NULL AS owner,
            coalesce(pg_get_function_result(p.oid), '') || ' md5 '
              || md5(CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE coalesce(p.prosrc, '') END)
              AS detail
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${where} AND ${notFromExtension("pg_proc", "p.oid")}`,
    `SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END AS kind,
            n.nspname || '.' || c.relname AS name, c.relname AS owner,
            btrim(regexp_replace(pg_get_viewdef(c.oid, true), '\\s+', ' ', 'g')) AS detail
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND ${where} AND ${notFromExtension("pg_class", "c.oid")}`,
    `SELECT 'enum' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
               FROM pg_enum e WHERE e.enumtypid = t.oid) AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND ${where} AND ${notFromExtension("pg_type", "t.oid")}`,
    `SELECT 'domain' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
              || coalesce(' default ' || t.typdefault, '')
              || coalesce((SELECT ' ' || string_agg(pg_get_constraintdef(con.oid), ' ' ORDER BY con.conname)
                             FROM pg_constraint con WHERE con.contypid = t.oid), '') AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'd' AND ${where} AND ${notFromExtension("pg_type", "t.oid")}`,
    `SELECT 'type' AS kind, n.nspname || '.' || t.typname AS name, NULL AS owner,
            (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
               FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS detail
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
      WHERE t.typtype = 'c' AND c.relkind = 'c' AND ${where} AND ${notFromExtension("pg_type", "t.oid")}`,
    `SELECT 'trigger' AS kind, n.nspname || '.' || c.relname || '.' || tg.tgname AS name, c.relname AS owner,
            pg_get_triggerdef(tg.oid) AS detail
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${where}`,
    `SELECT 'policy' AS kind, n.nspname || '.' || c.relname || '.' || pol.polname AS name, c.relname AS owner,
            pol.polcmd::text || ' ' || coalesce(pg_get_expr(pol.polqual, pol.polrelid), '')
              || coalesce(' check ' || pg_get_expr(pol.polwithcheck, pol.polrelid), '') AS detail
       FROM pg_policy pol
       JOIN pg_class c ON c.oid = pol.polrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${where}`
  ];
}
async function snapshotSchema(db, schemas) {
  const objects = {};
  for (const sql of queries(schemas)) {
    const { rows } = await db.query(sql);
    for (const row of rows) {
      if (row.owner && row.name.startsWith("public.") && TRACKING.test(row.owner)) continue;
      if (row.kind === "extension" && schemas && schemas.length > 0) continue;
      objects[`${row.kind} ${row.name}`] = row.detail ?? "";
    }
  }
  return { objects: sortKeys(objects) };
}
function sortKeys(objects) {
  const out = {};
  for (const key2 of Object.keys(objects).sort()) out[key2] = objects[key2];
  return out;
}
function describe2(key2, detail) {
  if (detail === "") return key2;
  return key2.startsWith("column ") ? `${key2} ${detail}` : `${key2}: ${detail}`;
}
function diffSnapshots(before, after) {
  const lines = [];
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before.objects), ...Object.keys(after.objects)])].sort();
  for (const key2 of keys) {
    const a = before.objects[key2];
    const b = after.objects[key2];
    if (a === void 0 && b !== void 0) lines.push(`+ ${describe2(key2, b)}`);
    else if (a !== void 0 && b === void 0) lines.push(`- ${describe2(key2, a)}`);
    else if (a !== b) lines.push(`~ ${key2}: ${a} -> ${b}`);
  }
  return lines;
}
var TRACKING;
var init_snapshot = __esm({
  "src/apply/snapshot.ts"() {
    "use strict";
    TRACKING = /_(schema_migrations|migration_performance)(_|$)/;
  }
});

// src/apply/verify.ts
async function verifyRollbacks(opts) {
  const scratch = await openScratch(opts.repo, opts.databaseUrl);
  try {
    const result = await verifyOn(scratch.db, opts);
    return { database: scratch.label, ...result };
  } finally {
    await scratch.dispose();
  }
}
async function verifyOn(db, opts) {
  const { repo, env } = opts;
  const out = opts.out ?? (() => void 0);
  const checked = opts.services && opts.services.length > 0 ? new Set(opts.services) : void 0;
  const plan = planUp(repo, env, /* @__PURE__ */ new Map());
  const outcomes = [];
  const findings = [];
  const tracked = /* @__PURE__ */ new Set();
  const quiet = () => void 0;
  let stopped = false;
  for (const step of plan.steps) {
    const service = repo.services.find((s) => s.name === step.service);
    const migration = service.migrations.find((m) => m.id === step.id && m.folder === step.folder);
    const check = !checked || checked.has(step.service);
    const base = { service: step.service, id: step.id, name: step.name, changes: 0 };
    if (stopped) {
      if (check) outcomes.push({ ...base, status: "skipped" });
      continue;
    }
    if (!tracked.has(service.name)) {
      await ensureTracking(db, service);
      tracked.add(service.name);
    }
    const pgVersion = repo.config?.pg_version ?? 15;
    const up2 = await readMigration(migration, "up", pgVersion);
    const run13 = (direction, sql, transactional) => applyMigration(db, { service, migration, env, direction, sql, transactional, checksum: up2.checksum }, quiet);
    const before = check ? await snapshotSchema(db) : void 0;
    const first = await run13("up", up2.sql, up2.transactional);
    if (!first.ok) {
      findings.push(at(step, step.file, "migration-failed", `${label2(step)}: the up migration failed on an empty database: ${first.error}`));
      outcomes.push({ ...base, status: "up-failed", error: first.error });
      out(`${label2(step)}: up failed: ${first.error}`);
      stopped = true;
      continue;
    }
    if (!check || !before) continue;
    const afterUp = await snapshotSchema(db);
    const changes = diffSnapshots(before, afterUp).length;
    if (!migration.down) {
      findings.push(at(step, step.file, "missing-down", `${label2(step)} has no down file, so it cannot be rolled back.`));
      outcomes.push({ ...base, changes, status: "no-down" });
      out(`${label2(step)}: no down file`);
      continue;
    }
    const downFile = step.downFile ?? migration.down.file;
    const down = await readMigration(migration, "down", pgVersion);
    const reverted = await run13("down", down.sql, down.transactional);
    if (!reverted.ok) {
      findings.push(at(step, downFile, "rollback-mismatch", `${label2(step)}: the down migration failed right after the up: ${reverted.error}`));
      outcomes.push({ ...base, changes, status: "down-failed", error: reverted.error });
      out(`${label2(step)}: down failed: ${reverted.error}`);
      continue;
    }
    const diff = diffSnapshots(before, await snapshotSchema(db));
    const again = await run13("up", up2.sql, up2.transactional);
    if (diff.length > 0) {
      findings.push(at(step, downFile, "rollback-mismatch", mismatchMessage(step, diff)));
      outcomes.push({ ...base, changes, status: "mismatch", diff });
      out(`${label2(step)}: schema after down differs from before up:
${diff.map((l) => `  ${l}`).join("\n")}`);
    }
    if (!again.ok) {
      findings.push(
        at(step, downFile, "rollback-mismatch", `${label2(step)}: the up migration failed when applied again after its down: ${again.error}`)
      );
      if (diff.length === 0) outcomes.push({ ...base, changes, status: "reapply-failed", error: again.error });
      out(`${label2(step)}: up failed after down: ${again.error}`);
      stopped = true;
      continue;
    }
    if (diff.length === 0) {
      outcomes.push({ ...base, changes, status: "ok" });
      out(`${label2(step)}: ok`);
    }
  }
  for (const b of plan.blocked) {
    if (checked && !checked.has(b.service)) continue;
    const m = repo.services.find((s) => s.name === b.service)?.migrations.find((x) => x.id === b.id);
    outcomes.push({ service: b.service, id: b.id, name: m?.name ?? "", changes: 0, status: "skipped", error: `cannot run: ${b.reason}` });
  }
  return { outcomes, findings };
}
function label2(step) {
  return `${step.service} ${step.id} ${step.name}`;
}
function mismatchMessage(step, diff) {
  const shown = diff.slice(0, MAX_DIFF_LINES);
  const more = diff.length > shown.length ? `
\u2026 and ${diff.length - shown.length} more` : "";
  return `${label2(step)}: the schema after the down migration differs from the schema before the up migration (+ left behind, - missing, ~ changed):
${shown.join("\n")}${more}`;
}
function at(step, file, rule, message) {
  return { rule, severity: "error", message, file, line: 1, column: 1, service: step.service, migration: step.id };
}
async function readMigration(m, direction, pgVersion) {
  const file = direction === "up" ? m.up : m.down;
  if (!file) throw new Error(`${m.service} ${m.id} has no ${direction} file`);
  const bytes = await (0, import_promises7.readFile)(file.abs);
  const sql = bytes.toString("utf8");
  return { sql, transactional: await fileIsTransactional(sql, pgVersion), checksum: checksumOf(bytes) };
}
async function openScratch(repo, url) {
  if (url === void 0 || url === "" || url.startsWith("pglite:")) {
    const extensions = await extensionsForRepo(repo);
    const db2 = await openDatabase(void 0, { extensions });
    return { db: db2, label: db2.label, dispose: () => db2.close() };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError(`verify needs a postgres:// server URL or none (embedded); got ${redactUrl(url)}.`);
  }
  const name2 = `svcm_verify_${(0, import_node_crypto4.randomBytes)(6).toString("hex")}`;
  const admin = await openDatabase(url);
  try {
    await admin.exec(`CREATE DATABASE ${name2}`);
  } catch (e) {
    await admin.close();
    throw new UsageError(`verify could not create its temporary database on ${redactUrl(url)}: ${e.message}`);
  }
  const target = new URL(url);
  target.pathname = `/${name2}`;
  let db;
  try {
    db = await openDatabase(target.toString());
  } catch (e) {
    await dropDatabase(admin, name2);
    await admin.close();
    throw e;
  }
  return {
    db,
    label: redactUrl(target.toString()),
    async dispose() {
      await db.close();
      await dropDatabase(admin, name2);
      await admin.close();
    }
  };
}
async function dropDatabase(admin, name2) {
  await admin.exec(`DROP DATABASE IF EXISTS ${name2} WITH (FORCE)`).catch(() => admin.exec(`DROP DATABASE IF EXISTS ${name2}`).catch(() => void 0));
}
function formatVerifyText(result) {
  const lines = [`verify on ${result.database}`];
  for (const o of result.outcomes) {
    const head = `${o.service} ${o.id} ${o.name}`;
    switch (o.status) {
      case "ok":
        lines.push(`${head}: ok`);
        break;
      case "mismatch":
        lines.push(`${head}: schema after down differs from before up`);
        for (const l of o.diff ?? []) lines.push(`  ${l}`);
        break;
      case "no-down":
        lines.push(`${head}: no down file`);
        break;
      case "skipped":
        lines.push(`${head}: skipped (${o.error ?? "an earlier migration failed"})`);
        break;
      default:
        lines.push(`${head}: ${o.status.replace("-", " ")}: ${o.error ?? ""}`);
    }
  }
  const bad = result.outcomes.filter((o) => o.status !== "ok").length;
  lines.push(bad === 0 ? `${result.outcomes.length} migration(s) verified` : `${bad} of ${result.outcomes.length} migration(s) failed verification`);
  return lines.join("\n") + "\n";
}
var import_node_crypto4, import_promises7, MAX_DIFF_LINES;
var init_verify = __esm({
  "src/apply/verify.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    import_promises7 = require("node:fs/promises");
    init_types();
    init_open();
    init_plan();
    init_run();
    init_snapshot();
    init_tracking();
    init_url();
    MAX_DIFF_LINES = 20;
  }
});

// src/cli/commands/verify.ts
var verify_exports = {};
__export(verify_exports, {
  run: () => run10
});
var run10;
var init_verify2 = __esm({
  "src/cli/commands/verify.ts"() {
    "use strict";
    init_verify();
    init_verify();
    init_types();
    init_environments();
    init_load2();
    init_output();
    run10 = async (common, _flags, io) => {
      const repo = await loadRepo({ root: common.root });
      const unknown = common.services.filter((n) => !repo.services.some((s) => s.name === n));
      if (unknown.length > 0) {
        throw new UsageError(`Unknown service ${unknown.join(", ")} (services: ${repo.services.map((s) => s.name).join(", ")}).`);
      }
      const env = resolveEnvironment(repo, common.env, io.env);
      const progress = common.format === "text" ? void 0 : (l) => io.err(l + "\n");
      const result = await verifyRollbacks({ repo, env, services: common.services, databaseUrl: common.databaseUrl, out: progress });
      const checked = repo.services.filter((s) => common.services.length === 0 || common.services.includes(s.name));
      const report = {
        version: 1,
        environment: env,
        findings: result.findings,
        summary: {
          ...countFindings(result.findings),
          services: checked.length,
          migrations: result.outcomes.length,
          files: 0
        },
        verify: { database: result.database, outcomes: result.outcomes }
      };
      if (common.format === "text") io.out(formatVerifyText(result));
      else await printReport(report, common.format, common.root, io);
      return exitCodeFor(report, common.failOn);
    };
  }
});

// src/apply/new.ts
function knownIds(service) {
  const ids = new Set(service.migrations.map((m) => m.id));
  for (const id of Object.keys(service.dependencies?.value?.migrations ?? {})) ids.add(id);
  return [...ids].sort(compareIds2);
}
function nextId(ids) {
  let max = 0n;
  let width = 0;
  for (const id of ids) {
    const digits = /^\d+/.exec(id)?.[0];
    if (!digits) continue;
    width = Math.max(width, digits.length);
    const n = BigInt(digits);
    if (n > max) max = n;
  }
  return (max + 1n).toString().padStart(width || 6, "0");
}
async function createMigration(repo, serviceName, name2, opts = {}) {
  if (!NAME.test(name2)) {
    throw new UsageError(`Migration name "${name2}" is not valid: use lower-case letters, digits and underscores (^[a-z0-9_]+$), e.g. add_user_email.`);
  }
  const service = repo.services.find((s) => s.name === serviceName);
  if (!service) {
    const known = repo.services.map((s) => s.name).join(", ") || "none";
    throw new UsageError(`Unknown service "${serviceName}" (services: ${known}). A service is a folder services/<name>/migrations.`);
  }
  const env = opts.env;
  if (env !== void 0 && env !== "common" && !ENV_NAME.test(env)) {
    throw new UsageError(`Environment "${env}" is not a valid folder name (^[a-z][a-z0-9_-]*$).`);
  }
  const folder = env === void 0 || env === "common" ? "common" : env;
  if (service.layout === "flat" && folder !== "common") {
    throw new UsageError(`${service.name} uses the flat layout (migrations/NNNN_name.up.sql): move its files into common/ before adding a ${folder}/ migration.`);
  }
  const ids = knownIds(service);
  const id = nextId(ids);
  let dependsOn = opts.dependsOn;
  if (dependsOn) {
    const unknown = dependsOn.filter((d) => !ids.includes(d));
    if (unknown.length > 0) throw new UsageError(`--depends-on ${unknown.join(", ")}: no such migration in ${service.name} (ids: ${ids.join(", ") || "none"}).`);
  } else {
    const candidates = service.migrations.filter((m) => m.folder === "common" || m.folder === folder).map((m) => m.id);
    const latest = candidates.sort(compareIds2).at(-1);
    dependsOn = latest ? [latest] : [];
  }
  const dirRel = service.layout === "flat" ? service.dir : `${service.dir}/${folder}`;
  const base = `${dirRel}/${id}_${name2}`;
  const upFile = `${base}.up.sql`;
  const downFile = `${base}.down.sql`;
  await (0, import_promises8.mkdir)(import_node_path12.default.join(repo.root, dirRel), { recursive: true });
  const schema = service.snake;
  await writeNew(repo.root, upFile, upTemplate(id, name2, schema));
  try {
    await writeNew(repo.root, downFile, downTemplate(id, name2, schema));
  } catch (e) {
    await (0, import_promises8.rm)(import_node_path12.default.join(repo.root, upFile), { force: true });
    throw e;
  }
  const entry2 = {
    description: name2.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
    depends_on: dependsOn,
    affects_tables: [],
    risk_level: "low",
    rollback_safe: true
  };
  if (folder !== "common") entry2.environment = folder;
  const dependenciesFile = service.dependencies?.file ?? `${service.dir}/dependencies.json`;
  await addEntry(repo.root, dependenciesFile, service, id, entry2);
  const created = { service: service.name, id, name: name2, folder, upFile, downFile, dependenciesFile, entry: entry2 };
  if (folder !== "common" && service.environments) {
    const rel = service.environments.file;
    const text = await (0, import_promises8.readFile)(import_node_path12.default.join(repo.root, rel), "utf8").catch(() => void 0);
    const spliced = text === void 0 ? void 0 : spliceListItem(text, ["environments", folder, "migrations"], `${id}_${name2}.up.sql`);
    if (spliced !== void 0) {
      await (0, import_promises8.writeFile)(import_node_path12.default.join(repo.root, rel), spliced);
      created.environmentsFile = rel;
    }
  }
  return created;
}
async function writeNew(root, rel, text) {
  try {
    await (0, import_promises8.writeFile)(import_node_path12.default.join(root, rel), text, { flag: "wx" });
  } catch (e) {
    if (e.code === "EEXIST") throw new UsageError(`${rel} already exists; not overwriting it.`);
    throw e;
  }
}
function upTemplate(id, name2, schema) {
  return `-- ${id}_${name2} (up)
-- Name tables with their schema (${schema}.<table>). Large tables: CREATE INDEX CONCURRENTLY,
-- ADD CONSTRAINT ... NOT VALID then VALIDATE, new NOT NULL columns with a DEFAULT.
`;
}
function downTemplate(id, name2, schema) {
  return `-- ${id}_${name2} (down)
-- Undo exactly what the up migration does, in reverse order, so that the ${schema} schema
-- is back to what it was (svc-migrate verify checks this).
`;
}
async function addEntry(root, rel, service, id, entry2) {
  const abs = import_node_path12.default.join(root, rel);
  let text;
  try {
    text = await (0, import_promises8.readFile)(abs, "utf8");
  } catch {
    text = void 0;
  }
  if (text === void 0) {
    const migrations = {};
    let previous;
    for (const existing of knownIds(service)) {
      migrations[existing] = { depends_on: previous ? [previous] : [] };
      previous = existing;
    }
    migrations[id] = entry2;
    await (0, import_promises8.writeFile)(abs, JSON.stringify({ migrations }, null, 2) + "\n");
    return;
  }
  const spliced = spliceEntry(text, id, entry2);
  if (spliced === void 0) {
    throw new UsageError(`${rel} could not be updated (it does not parse, or has no "migrations" object): fix it (svc-migrate validate), then run new again. The .sql files were created.`);
  }
  await (0, import_promises8.writeFile)(abs, spliced);
}
function spliceEntry(text, id, entry2) {
  try {
    JSON.parse(text);
  } catch {
    return void 0;
  }
  const span2 = valueSpan(text, ["migrations"]);
  if (!span2 || text[span2.open] !== "{") return void 0;
  const { open, close } = span2;
  const lineStart = text.lastIndexOf("\n", open) + 1;
  const parentIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
  const inner = text.slice(open + 1, close);
  const firstKey = /\n([ \t]*)"/.exec(inner);
  const indent = firstKey?.[1] ?? parentIndent + "  ";
  const unit = indent.length > parentIndent.length ? indent.slice(parentIndent.length) : "  ";
  const member = `"${id}": ${formatEntry(entry2, indent, unit)}`;
  let out;
  if (inner.trim() === "") {
    out = `${text.slice(0, open + 1)}
${indent}${member}
${parentIndent}${text.slice(close)}`;
  } else {
    let last = close - 1;
    while (/\s/.test(text[last] ?? "")) last--;
    out = `${text.slice(0, last + 1)},
${indent}${member}${text.slice(last + 1)}`;
  }
  if (!out.endsWith("\n")) out += "\n";
  try {
    JSON.parse(out);
  } catch {
    return void 0;
  }
  return out;
}
function spliceListItem(text, at2, item) {
  try {
    JSON.parse(text);
  } catch {
    return void 0;
  }
  const span2 = valueSpan(text, at2);
  if (!span2 || text[span2.open] !== "[") return void 0;
  const { open, close } = span2;
  const inner = text.slice(open + 1, close);
  let out;
  if (inner.trim() === "") {
    out = `${text.slice(0, open + 1)}${JSON.stringify(item)}${text.slice(close)}`;
  } else {
    let last = close - 1;
    while (/\s/.test(text[last] ?? "")) last--;
    const multiLine = /\n([ \t]*)\S/.exec(inner);
    const sep = multiLine ? `,
${multiLine[1]}` : ", ";
    out = `${text.slice(0, last + 1)}${sep}${JSON.stringify(item)}${text.slice(last + 1)}`;
  }
  try {
    JSON.parse(out);
  } catch {
    return void 0;
  }
  return out;
}
function formatEntry(entry2, indent, unit) {
  const lines = Object.entries(entry2).map(([k, v]) => `${indent}${unit}${JSON.stringify(k)}: ${inline(v)}`);
  return `{
${lines.join(",\n")}
${indent}}`;
}
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}
function valueSpan(text, target) {
  const want = target.join("\0");
  let found;
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str2 = () => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path7) => {
    ws();
    const open = i;
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      let index = 0;
      for (; ; ) {
        ws();
        if (text[i] === "}" || text[i] === "]") break;
        let key2 = String(index++);
        if (c === "{") {
          key2 = str2();
          ws();
          i++;
        }
        value([...path7, key2]);
        ws();
        if (text[i] === ",") i++;
      }
      i++;
    } else if (c === '"') {
      str2();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
    if (!found && path7.join("\0") === want) found = { open, close: i - 1 };
  };
  value([]);
  return found;
}
var import_promises8, import_node_path12, NAME, ENV_NAME;
var init_new = __esm({
  "src/apply/new.ts"() {
    "use strict";
    import_promises8 = require("node:fs/promises");
    import_node_path12 = __toESM(require("node:path"), 1);
    init_types();
    init_ids();
    NAME = /^[a-z0-9_]+$/;
    ENV_NAME = /^[a-z][a-z0-9_-]*$/;
  }
});

// src/cli/commands/new.ts
var new_exports = {};
__export(new_exports, {
  run: () => run11
});
var run11;
var init_new2 = __esm({
  "src/cli/commands/new.ts"() {
    "use strict";
    init_new();
    init_types();
    init_load2();
    init_select();
    run11 = async (common, flags, io) => {
      if (common.services.length !== 1) throw new UsageError("new needs exactly one --service.");
      const name2 = flags.name;
      if (!name2) throw new UsageError("new needs --name, e.g. --name add_user_email.");
      const repo = selectServices(await loadRepo({ root: common.root }), common.services);
      const dependsOn = flags["depends-on"]?.flatMap((d) => d.split(",")).map((d) => d.trim()).filter(Boolean);
      const created = await createMigration(repo, common.services[0], name2, { env: common.env, dependsOn });
      if (common.format === "json") {
        io.out(JSON.stringify(created, null, 2) + "\n");
      } else {
        io.out(`created ${created.upFile}
created ${created.downFile}
`);
        io.out(`added ${created.id} to ${created.dependenciesFile} (depends_on: ${JSON.stringify(created.entry.depends_on)})
`);
        if (created.environmentsFile) io.out(`listed it under ${created.folder} in ${created.environmentsFile}
`);
      }
      return 0;
    };
  }
});

// src/apply/check.ts
async function runCheck(opts) {
  const out = opts.out ?? (() => void 0);
  const processEnv = opts.processEnv ?? process.env;
  const validated = await validate({ root: opts.root, services: opts.services, env: opts.env, processEnv, cache: opts.cache });
  const { repo, env } = validated;
  const base = validated.report;
  const findings = [...base.findings];
  let plan = planUp(repo, env, /* @__PURE__ */ new Map(), { services: opts.services });
  let applied2;
  let verify;
  let failed = false;
  if (opts.apply) {
    const db = await openDatabase(opts.databaseUrl);
    let result;
    try {
      const state = /* @__PURE__ */ new Map();
      for (const s of repo.services) state.set(s.name, new Set((await readApplied(db, s)).map((r) => r.version)));
      plan = planUp(repo, env, state, { services: opts.services });
      result = await runUp({
        repo,
        env,
        db,
        services: opts.services,
        approve: opts.approve,
        noHooks: opts.noHooks,
        databaseUrl: opts.databaseUrl,
        out,
        processEnv,
        // validate already ran: hand its findings to up, which stops on errors where skip_validation is false.
        validate: async (services) => base.findings.filter((f) => !f.service || services.includes(f.service))
      });
    } finally {
      await db.close();
    }
    findings.push(...result.findings);
    applied2 = {
      database: db.label,
      migrations: result.applied,
      warnings: result.warnings,
      ...result.failed ? { failed: result.failed } : {},
      ...result.refused ? { refused: result.refused } : {},
      ...result.rolledBack ? { rolledBack: result.rolledBack } : {}
    };
    if (result.failed) {
      failed = true;
      const service = repo.services.find((s) => s.name === result.failed?.service);
      const m = service?.migrations.find((x) => x.id === result.failed?.id && x.up);
      findings.push({
        rule: "migration-failed",
        severity: "error",
        message: `${result.failed.service} ${result.failed.id} failed to apply: ${result.failed.error}`,
        ...m?.up ? { file: m.up.file, line: 1, column: 1 } : {},
        service: result.failed.service,
        migration: result.failed.id
      });
    }
    if (result.refused) {
      failed = true;
      findings.push({ rule: "apply-refused", severity: "error", message: `up refused to run: ${result.refused}` });
    }
  }
  if (opts.verifyRollback) {
    const blocking = base.findings.filter((f) => f.severity === "error");
    if (blocking.length > 0) {
      verify = { skipped: `validation found ${blocking.length} error(s); fix them before verifying rollbacks` };
      out(`verify skipped: ${verify.skipped}`);
    } else {
      if (opts.databaseUrl !== void 0 && !/^postgres(ql)?:\/\//.test(opts.databaseUrl) && !opts.databaseUrl.startsWith("pglite:")) {
        throw new UsageError(`--database-url must be postgres://... or pglite:...`);
      }
      const whole = opts.services && opts.services.length > 0 ? await loadRepo({ root: opts.root }) : repo;
      const result = await verifyRollbacks({ repo: whole, env, services: opts.services, databaseUrl: opts.databaseUrl, out });
      findings.push(...result.findings);
      verify = { database: result.database, outcomes: result.outcomes };
    }
  }
  const merged = dedupe3(findings).sort(compareFindings);
  const report = {
    ...base,
    findings: merged,
    summary: { ...base.summary, ...countFindings(merged) },
    plan,
    ...applied2 ? { applied: applied2 } : {},
    ...verify ? { verify } : {}
  };
  return { report, repo, failed };
}
function dedupe3(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key2 = [f.rule, f.file, f.line, f.column, f.file ? "" : f.message].join("\0");
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
var init_check2 = __esm({
  "src/apply/check.ts"() {
    "use strict";
    init_types();
    init_validate();
    init_load2();
    init_open();
    init_plan();
    init_run();
    init_tracking();
    init_verify();
  }
});

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  run: () => run12
});
var run12;
var init_check3 = __esm({
  "src/cli/commands/check.ts"() {
    "use strict";
    init_check2();
    init_plan();
    init_output();
    run12 = async (common, flags, io) => {
      const progress = common.format === "text" ? (l) => io.out(l + "\n") : (l) => io.err(l + "\n");
      const { report, failed } = await runCheck({
        root: common.root,
        services: common.services,
        env: common.env,
        failOn: common.failOn,
        apply: flags.apply === true,
        verifyRollback: flags["verify-rollback"] === true,
        databaseUrl: common.databaseUrl,
        approve: flags.approve === true,
        noHooks: flags["no-hooks"] === true,
        processEnv: io.env,
        out: progress,
        cache: common.cache
      });
      if (common.format === "text" && !report.applied) io.out(formatPlanText(report.plan));
      await printReport(report, common.format, common.root, io);
      return failed ? 1 : exitCodeFor(report, common.failOn);
    };
  }
});

// src/core/wasm-tiering.ts
var import_node_v8 = require("node:v8");
function wasmFlags(env) {
  return env.SVC_MIGRATE_WASM_OPTIMIZE === "1" ? [] : ["--liftoff-only", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering"];
}
var applied = false;
function preferFastWasmStartup(env = process.env) {
  if (applied) return;
  applied = true;
  for (const flag of wasmFlags(env)) (0, import_node_v8.setFlagsFromString)(flag);
}

// src/cli/run.ts
init_types();

// src/cli/args.ts
var import_node_util = require("node:util");
init_types();
init_cache();
var COMMON = {
  root: { type: "string" },
  service: { type: "string", multiple: true },
  env: { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  "database-url": { type: "string" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var FAIL_ON = ["error", "warning", "never"];
function parseCommandLine(command, argv, env) {
  const options = { ...COMMON };
  for (const o of command.options) options[o.name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
  let values;
  let positionals;
  try {
    ({ values, positionals } = (0, import_node_util.parseArgs)({ args: argv, options, strict: true, allowPositionals: true }));
  } catch (e) {
    throw new UsageError(`${e.message.replace(/^TypeError \[\w+\]: /, "")}
Run 'svc-migrate ${command.name} --help' for the flags it takes.`);
  }
  if (positionals.length > 0) {
    throw new UsageError(`'${command.name}' takes no positional arguments (got '${positionals[0]}'). Run 'svc-migrate ${command.name} --help'.`);
  }
  const format = values.format ?? command.formats[0];
  if (!command.formats.includes(format)) {
    throw new UsageError(`--format ${format} is not supported by '${command.name}'; use one of: ${command.formats.join(", ")}.`);
  }
  const failOn = values["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn} is not valid; use one of: ${FAIL_ON.join(", ")}.`);
  }
  const services = (values.service ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  const databaseUrl = values["database-url"] || env.DATABASE_URL || void 0;
  const root = values.root ?? ".";
  const cacheDir = values["cache-dir"] || env.SVC_MIGRATE_CACHE_DIR || defaultCacheDir(root, env);
  const common = {
    root,
    services,
    env: values.env || void 0,
    format,
    failOn,
    databaseUrl,
    cache: values["no-cache"] === true ? void 0 : { dir: cacheDir }
  };
  const flags = {};
  for (const o of command.options) flags[o.name] = values[o.name];
  return { common, flags, help: values.help === true };
}
function commandHelp(command) {
  const lines = [`Usage: svc-migrate ${command.name} [flags]`, "", command.summary, "", "Flags:"];
  const rows = [
    ["--root DIR", "repository root (default .)"],
    ["--service NAME", "only this service (repeatable; default all)"],
    ["--env NAME", "environment (default: MIGRATION_ENV, current_environment, development)"],
    ["--format FMT", `output format: ${command.formats.join("|")} (default ${command.formats[0]})`],
    ["--fail-on LEVEL", "error|warning|never: lowest severity that exits 1 (default error)"],
    ["--database-url URL", "postgres://... or pglite:///dir (default DATABASE_URL, else embedded in memory)"],
    ["--cache-dir DIR", "where lint results of unchanged files are kept (default SVC_MIGRATE_CACHE_DIR, else ~/.cache/svc-migrate/<repo>)"],
    ["--no-cache", "lint every file anew and write no cache"],
    ...command.options.map((o) => [`--${o.name}${o.type === "string" ? " VALUE" : ""}`, o.description])
  ];
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}${text}`);
  return lines.join("\n") + "\n";
}

// src/cli/commands/index.ts
function lazy(spec, load) {
  return { ...spec, run: async (common, flags, io) => (await load()).run(common, flags, io) };
}
var commands = [
  lazy(
    {
      name: "validate",
      summary: "all static checks: files, JSON schemas, dependency graph, SQL rules",
      options: [{ name: "impact", type: "boolean", description: "also list the tables each migration writes (impact analysis)" }],
      formats: ["text", "json", "sarif", "github"]
    },
    () => Promise.resolve().then(() => (init_validate2(), validate_exports))
  ),
  lazy(
    {
      name: "deps",
      summary: 'the dependency graph, one line a migration: 000002: ["000001"]',
      options: [],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_deps(), deps_exports))
  ),
  lazy(
    {
      name: "up",
      summary: "apply pending migrations, in dependency order, with the environment safety checks",
      options: [
        { name: "approve", type: "boolean", multiple: false, description: "confirm a run in an environment with require_approval" },
        { name: "dry-run", type: "boolean", multiple: false, description: "run every check, print what would be applied, apply nothing" },
        { name: "no-hooks", type: "boolean", multiple: false, description: "do not run the hooks/ scripts" },
        { name: "target", type: "string", multiple: false, description: "apply only up to this migration id (inclusive)" },
        { name: "notify-webhook", type: "string", multiple: false, description: "post a Slack-compatible message here on success and failure" },
        { name: "backup-dir", type: "string", multiple: false, description: "where backup_required backups go (default .svc-migrate/backups)" }
      ],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_up(), up_exports))
  ),
  lazy(
    {
      name: "status",
      summary: "applied / pending / dirty / checksum-changed / slow migrations, one line each: <id> <ms> <state> ...",
      options: [{ name: "slow-ms", type: "string", multiple: false, description: "flag migrations slower than this (default slow_threshold_ms, 30000)" }],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_status2(), status_exports))
  ),
  lazy(
    {
      name: "force",
      summary: "after repairing the database by hand: mark a dirty migration clean (--clean) or forget it (--remove)",
      options: [
        { name: "version", type: "string", multiple: false, description: "the migration id, as written (000003)" },
        { name: "clean", type: "boolean", multiple: false, description: "the migration is complete: mark it applied and clean" },
        { name: "remove", type: "boolean", multiple: false, description: "the migration was undone: delete its row so up runs it again" }
      ],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_force(), force_exports))
  ),
  lazy(
    {
      name: "backup",
      summary: "pg_dump -Fc of the target database into --backup-dir (default .svc-migrate/backups)",
      options: [{ name: "backup-dir", type: "string", multiple: false, description: "folder for the backup file" }],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_backup2(), backup_exports))
  ),
  lazy(
    {
      name: "restore",
      summary: "pg_restore a backup made by `backup` into the target database",
      options: [{ name: "file", type: "string", multiple: false, description: "the backup file (.dump from pg_dump, .tar.gz from PGlite)" }],
      formats: ["text"]
    },
    () => Promise.resolve().then(() => (init_restore(), restore_exports))
  ),
  lazy(
    {
      name: "plan",
      summary: "the ordered list of what up would apply, and which services can run in parallel (--format matrix)",
      options: [
        { name: "target", type: "string", multiple: false, description: "plan only up to this migration id (inclusive)" },
        { name: "level", type: "string", multiple: false, description: "with --format matrix: only the services of this level" }
      ],
      formats: ["text", "json", "matrix"]
    },
    () => Promise.resolve().then(() => (init_plan2(), plan_exports))
  ),
  lazy(
    {
      name: "rollback",
      summary: "revert applied migrations of one service (--to ID, --steps N, --only ID); refuses unsafe ones unless --force",
      options: [
        { name: "to", type: "string", multiple: false, description: "revert everything applied after this id" },
        { name: "steps", type: "string", multiple: false, description: "revert the newest N applied migrations" },
        { name: "only", type: "string", multiple: false, description: "revert this one migration (selective rollback)" },
        { name: "force", type: "boolean", multiple: false, description: "override every refusal (rollback_safe false, dependents, data loss, missing down)" },
        { name: "dry-run", type: "boolean", multiple: false, description: "plan and check only; revert nothing" }
      ],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_rollback2(), rollback_exports))
  ),
  lazy(
    {
      name: "verify",
      summary: "on a throwaway database: up, down, up for each migration; the schema after down must equal the one before up",
      options: [],
      formats: ["text", "json", "sarif", "github"]
    },
    () => Promise.resolve().then(() => (init_verify2(), verify_exports))
  ),
  lazy(
    {
      name: "new",
      summary: "create the next NNNNNN_name.up.sql / .down.sql pair and its dependencies.json entry",
      options: [
        { name: "name", type: "string", multiple: false, description: "the migration name: lower case, digits, underscores (add_user_email)" },
        { name: "depends-on", type: "string", multiple: true, description: "depends_on ids (default: the latest migration)" }
      ],
      formats: ["text", "json"]
    },
    () => Promise.resolve().then(() => (init_new2(), new_exports))
  ),
  lazy(
    {
      name: "check",
      summary: "what the Action runs: validate, then --apply (up on the target), then --verify-rollback (verify)",
      options: [
        { name: "apply", type: "boolean", multiple: false, description: "apply pending migrations (embedded database unless --database-url)" },
        { name: "verify-rollback", type: "boolean", multiple: false, description: "prove every down migration undoes its up, on a throwaway database" },
        { name: "approve", type: "boolean", multiple: false, description: "confirm --apply in an environment with require_approval" },
        { name: "no-hooks", type: "boolean", multiple: false, description: "with --apply: do not run the hooks/ scripts" }
      ],
      formats: ["text", "json", "sarif", "github"]
    },
    () => Promise.resolve().then(() => (init_check3(), check_exports))
  )
];

// src/cli/run.ts
init_version();
init_connection_lost();
async function runCli(argv, io) {
  const [name2, ...rest] = argv;
  if (name2 === void 0 || name2 === "--help" || name2 === "-h" || name2 === "help") {
    io.out(generalHelp());
    return name2 === void 0 ? 2 : 0;
  }
  if (name2 === "--version" || name2 === "-v" || name2 === "version") {
    io.out(`svc-migrate ${VERSION}
`);
    return 0;
  }
  const command = commands.find((c) => c.name === name2);
  if (!command) {
    io.err(`svc-migrate: unknown command '${name2}'.

${generalHelp()}`);
    return 2;
  }
  try {
    const parsed = parseCommandLine(command, rest, io.env);
    if (parsed.help) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run(parsed.common, parsed.flags, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`svc-migrate ${name2}: ${e.message}
`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (isConnectionLost(e)) {
      io.err(
        `svc-migrate ${name2}: the connection to the database was lost (${message}).
Check that the server is up, then run the command again; 'svc-migrate status' shows where each service stands.
`
      );
      return 2;
    }
    io.err(`svc-migrate ${name2}: internal error: ${message}
This is a bug in svc-migrate; please report it with the command you ran.
`);
    if (io.env.SVC_MIGRATE_DEBUG && e instanceof Error && e.stack) io.err(e.stack + "\n");
    return 2;
  }
}
function generalHelp() {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `svc-migrate ${VERSION}: validate and apply the PostgreSQL migrations of many services in one repository.`,
    "",
    "Usage: svc-migrate <command> [flags]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Run 'svc-migrate <command> --help' for a command's flags.",
    ""
  ].join("\n");
}

// src/cli/main.ts
async function main() {
  preferFastWasmStartup();
  const color = Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color,
    env: process.env,
    cwd: process.cwd()
  });
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
void main();
