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
var nodeModule = __toESM(require("node:module"), 1);

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
nodeModule.enableCompileCache?.();
nodeModule.createRequire(__svc_migrate_import_meta_url)("./cli-main.js");
