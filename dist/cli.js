#!/usr/bin/env node
var __svc_migrate_import_meta_url = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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

// src/cli/bin.ts
var import_node_url = require("node:url");

// src/core/code-cache.ts
var import_node_module = __toESM(require("node:module"), 1);
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");
var zlib = __toESM(require("node:zlib"), 1);
var MAGIC = 1129141843;
var HEADER = 8;
function codeCacheDir(env = process.env) {
  return env.SVC_MIGRATE_CODE_CACHE_DIR || import_node_path.default.join(env.XDG_CACHE_HOME || import_node_path.default.join((0, import_node_os.homedir)(), ".cache"), "svc-migrate-v8");
}
function codeCacheFile(dir, bundle, command, source, crc322) {
  const name = import_node_path.default.basename(bundle, ".js");
  const tag = /^[a-z][a-z-]{0,19}$/.test(command) ? command : "other";
  const v8 = process.versions.v8.replace(/[^0-9a-z]/gi, "_");
  return import_node_path.default.join(dir, `${name}.${tag}.${v8}.${crc322(source).toString(16)}.${source.length}.bin`);
}
function readCodeCache(file, crc322) {
  let raw;
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, "r");
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || (st.mode & 18) !== 0 || process.getuid !== void 0 && st.uid !== process.getuid()) return void 0;
    raw = (0, import_node_fs.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
  if (raw.length <= HEADER || raw.readUInt32LE(0) !== MAGIC) return void 0;
  const data = raw.subarray(HEADER);
  return crc322(data) === raw.readUInt32LE(4) ? data : void 0;
}
function writeCodeCache(file, data, crc322) {
  const dir = import_node_path.default.dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(crc322(data), 4);
    (0, import_node_fs.writeFileSync)(temp, Buffer.concat([header, data]), { mode: 384 });
    (0, import_node_fs.renameSync)(temp, file);
    const prefix = import_node_path.default.basename(file).split(".").slice(0, 3).join(".") + ".";
    for (const other of (0, import_node_fs.readdirSync)(dir)) {
      if (other.startsWith(prefix) && other.endsWith(".bin") && other !== import_node_path.default.basename(file)) (0, import_node_fs.rmSync)(import_node_path.default.join(dir, other), { force: true });
    }
  } catch {
    try {
      (0, import_node_fs.rmSync)(temp, { force: true });
    } catch {
    }
  }
}
function runBundle(bundle, command, env = process.env) {
  const crc322 = zlib.crc32;
  if (env.SVC_MIGRATE_NO_CODE_CACHE === "1" || typeof crc322 !== "function") {
    (0, import_node_module.createRequire)(bundle)(bundle);
    return { fromCache: false, save: () => void 0 };
  }
  const source = (0, import_node_fs.readFileSync)(bundle, "utf8");
  const file = codeCacheFile(codeCacheDir(env), bundle, command, source, crc322);
  const cachedData = readCodeCache(file, crc322);
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: bundle, cachedData });
  const stale = cachedData === void 0 || script.cachedDataRejected === true;
  const run = script.runInThisContext();
  const mod = new import_node_module.default(bundle);
  mod.filename = bundle;
  run.call(mod.exports, mod.exports, (0, import_node_module.createRequire)(bundle), mod, bundle, import_node_path.default.dirname(bundle));
  return { fromCache: !stale, save: stale ? () => writeCodeCache(file, script.createCachedData(), crc322) : () => void 0 };
}

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

// src/cli/bin.ts
preferFastWasmStartup();
var started = runBundle((0, import_node_url.fileURLToPath)(new URL("./cli-main.js", __svc_migrate_import_meta_url)), process.argv[2] ?? "");
process.once("exit", started.save);
if (process.env.SVC_MIGRATE_DEBUG_CODE_CACHE) {
  process.stderr.write(`svc-migrate code cache: ${started.fromCache ? "used" : "not used"}
`);
}
