var __svc_migrate_import_meta_url = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
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
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_types(), exports2);
    __exportStar(require_enums(), exports2);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports2, module2) {
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
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
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
            return new Promise((resolve) => {
              instantiateWasm(info, (inst) => resolve(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports3 = receiveInstantiationResult(result);
          return exports3;
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
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
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
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
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
        }, normalize: (path) => {
          var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path && !isAbsolute) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
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
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
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
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
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
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
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
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
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
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
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
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
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
            dependenciesPromise = new Promise((resolve) => dependenciesPromiseResolve = resolve);
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
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
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
                  path = current_path + "/" + parts.slice(i + 1).join("/");
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
                path = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
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
        }, mknod(path, mode, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name2 = PATH.basename(path);
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
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
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
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name2 = PATH.basename(path);
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
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name2 = PATH.basename(path);
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
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
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
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
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
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
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
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
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
              node = FS.mknod(path, mode | 511, 0);
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
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat = FS.stat(path);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
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
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
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
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name2, data, canRead, canWrite, canOwn) {
          var path = name2;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name2 ? PATH.join2(parent, name2) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name2, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
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
          return FS.mkdev(path, mode, dev);
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
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
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
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
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
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
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
        async function run() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve) => setTimeout(resolve, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run();
        ;
        return Module;
      };
    })();
    if (typeof exports2 === "object" && typeof module2 === "object") {
      module2.exports = PgQueryModule;
      module2.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
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
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.scan = exports2.normalize = exports2.fingerprint = exports2.parsePlPgSQL = exports2.parse = exports2.SqlError = void 0;
    exports2.hasSqlDetails = hasSqlDetails;
    exports2.formatSqlError = formatSqlError;
    exports2.loadModule = loadModule;
    exports2.parseSync = parseSync;
    exports2.parsePlPgSQLSync = parsePlPgSQLSync;
    exports2.fingerprintSync = fingerprintSync;
    exports2.normalizeSync = normalizeSync;
    exports2.scanSync = scanSync;
    __exportStar(require_types2(), exports2);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports2.SqlError = SqlError;
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
    var initPromise = (0, libpg_query_js_1.default)().then((module3) => {
      wasmModule = module3;
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
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
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
    exports2.parse = awaitInit(async (query) => {
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
    exports2.parsePlPgSQL = awaitInit(async (query) => {
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
    exports2.fingerprint = awaitInit(async (query) => {
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
    exports2.normalize = awaitInit(async (query) => {
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
    exports2.scan = awaitInit(async (query) => {
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

// src/lint/lint-worker.ts
var import_node_worker_threads = require("node:worker_threads");

// src/sql/line-index.ts
var LineIndex = class {
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

// src/sql/parser.ts
var ready;
var pg;
function ensureParser() {
  ready ??= Promise.resolve().then(() => __toESM(require_wasm(), 1)).then(async (module2) => {
    await module2.loadModule();
    pg = module2;
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
    const at = lines.fromChar(details?.cursorPosition ?? 0);
    return { text, lines, statements: [], empty: false, error: { message, ...at } };
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

// src/lint/lint.ts
var import_node_fs = require("node:fs");

// src/repo/read.ts
var MARKERS = {
  dbmate: { up: /^--\s*migrate:up\b(.*)$/, down: /^--\s*migrate:down\b(.*)$/ },
  goose: { up: /^--\s*\+goose\s+up\b(.*)$/i, down: /^--\s*\+goose\s+down\b(.*)$/i }
};
function findSections(bytes, style) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const out = {};
  const gooseNoTx = style === "goose" && /^--\s*\+goose\s+no\s+transaction\b/im.test(text);
  let open;
  let offset = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    for (const direction of ["up", "down"]) {
      const m = MARKERS[style][direction].exec(trimmed);
      if (!m) continue;
      if (open) out[open].end = offset;
      const noTransaction = gooseNoTx || /\btransaction:\s*false\b/.test(m[1] ?? "");
      out[direction] = { start: offset, end: text.length, noTransaction };
      open = direction;
    }
    offset += line.length + 1;
  }
  return out;
}
function sectionBytes(bytes, style, direction) {
  const section = findSections(bytes, style)[direction];
  const out = Buffer.from(bytes);
  for (let i = 0; i < out.length; i++) {
    if (section && i >= section.start && i < section.end) continue;
    if (out[i] !== 10 && out[i] !== 13) out[i] = 32;
  }
  return out;
}
function migrationBytes(bytes, file) {
  return file.section ? sectionBytes(bytes, file.section, file.direction) : bytes;
}

// src/core/types.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.service ?? "", b.service ?? "") || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

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

// src/sql/tokens.ts
var cache = /* @__PURE__ */ new WeakMap();
function scanRange(sql, start, end) {
  return lex(sql.lines.slice(start, end), start);
}
var OP_CHARS = "+-*/<>=~!@#%^&|`?";
function isWordStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code >= 128;
}
function isWordPart(code) {
  return isWordStart(code) || code >= 48 && code <= 57 || code === 36;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function lex(text, base = 0) {
  const out = [];
  let known = 0;
  let knownByte = base;
  const byteAt = (j) => {
    for (; known < j; known++) {
      const c = text.charCodeAt(known);
      knownByte += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 57343 ? 2 : 3;
    }
    return knownByte;
  };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    const [end, name2, keyword] = scanToken(text, i);
    const start = byteAt(i);
    out.push({ start, end: byteAt(end), text: text.slice(i, end), name: name2, keyword });
    i = end;
  }
  return out;
}
function scanToken(text, i) {
  const n = text.length;
  const c = text[i];
  if (c === "-" && text[i + 1] === "-") {
    let j2 = i + 2;
    while (j2 < n && text.charCodeAt(j2) !== 10 && text.charCodeAt(j2) !== 13) j2++;
    return [j2, "SQL_COMMENT", ""];
  }
  if (c === "/" && text[i + 1] === "*") return [endOfBlockComment(text, i), "C_COMMENT", ""];
  if (c === "'") return [endOfString(text, i, false), "SCONST", ""];
  if (c === '"') {
    let j2 = i + 1;
    for (; j2 < n; j2++) {
      if (text[j2] === '"') {
        if (text[j2 + 1] === '"') j2++;
        else break;
      }
    }
    return [Math.min(n, j2 + 1), "IDENT", ""];
  }
  if (c === "$" && !(i > 0 && isWordPart(text.charCodeAt(i - 1)))) {
    const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
    if (m) {
      const close = text.indexOf(m[0], i + m[0].length);
      return [close < 0 ? n : close + m[0].length, "SCONST", ""];
    }
    let j2 = i + 1;
    while (j2 < n && isDigit(text.charCodeAt(j2))) j2++;
    return [j2, "PARAM", ""];
  }
  if (isWordStart(text.charCodeAt(i))) return scanWord(text, i);
  if (isDigit(text.charCodeAt(i)) || c === "." && isDigit(text.charCodeAt(i + 1))) {
    let j2 = i + 1;
    while (j2 < n && /[0-9.eE_xXa-fA-F]/.test(text[j2])) {
      if (text[j2] === "." && text[j2 + 1] === ".") break;
      j2++;
    }
    return [j2, "ICONST", ""];
  }
  if (c === ":" && text[i + 1] === ":") return [i + 2, "TYPECAST", ""];
  if (OP_CHARS.includes(c)) {
    let j2 = i + 1;
    while (j2 < n && OP_CHARS.includes(text[j2]) && !(text[j2] === "-" && text[j2 + 1] === "-") && !(text[j2] === "/" && text[j2 + 1] === "*")) j2++;
    return [j2, "Op", ""];
  }
  const j = c.charCodeAt(0) >= 55296 && c.charCodeAt(0) <= 56319 ? i + 2 : i + 1;
  return [j, c, ""];
}
function scanWord(text, i) {
  const n = text.length;
  let j = i + 1;
  while (j < n && isWordPart(text.charCodeAt(j))) j++;
  const word = text.slice(i, j);
  if (text[j] === "'" && j - i === 1 && /[EeBbXx]/.test(word)) return [endOfString(text, j, word === "E" || word === "e"), "SCONST", ""];
  if (j - i === 1 && (word === "U" || word === "u") && text[j] === "&" && text[j + 1] === "'") return [endOfString(text, j + 1, false), "SCONST", ""];
  return [j, "IDENT", word.toUpperCase()];
}
function endOfBlockComment(text, i) {
  let depth = 1;
  let j = i + 2;
  while (j < text.length && depth > 0) {
    if (text[j] === "/" && text[j + 1] === "*") {
      depth++;
      j += 2;
    } else if (text[j] === "*" && text[j + 1] === "/") {
      depth--;
      j += 2;
    } else j++;
  }
  return j;
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
function nodeOf(node, kind) {
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
var indexCache = /* @__PURE__ */ new WeakMap();
function nodeIndex(node) {
  if (!node || typeof node !== "object") return /* @__PURE__ */ new Map();
  let index = indexCache.get(node);
  if (!index) {
    const built = /* @__PURE__ */ new Map();
    walk(node, (v) => {
      const list5 = built.get(v.kind);
      if (list5) list5.push(v.body);
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
function stringList(list5) {
  if (!Array.isArray(list5)) return [];
  const out = [];
  for (const item of list5) {
    const s = nodeOf(item, "String");
    if (s?.sval !== void 0) out.push(s.sval);
  }
  return out;
}
function rangeVarOf(x) {
  return nodeOf(x, "RangeVar") ?? (x && typeof x === "object" ? x : void 0);
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
var codeTokenCache = /* @__PURE__ */ new WeakMap();
function findToken(tokens, words, from = 0) {
  const list5 = typeof words === "string" ? [words] : words;
  return tokens.find((t) => t.start >= from && list5.includes(up(t)));
}
var TYPE_END = /* @__PURE__ */ new Set([
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
  const create = nodeOf(node, "CreateStmt");
  if (create) {
    const table = rangeVarName(create.relation);
    const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
    const pk = /* @__PURE__ */ new Set();
    for (const e of elts) {
      const c = nodeOf(e, "Constraint");
      if (c?.contype === "CONSTR_PRIMARY") for (const k of stringList(c.keys)) pk.add(k);
    }
    for (const e of elts) {
      const def = nodeOf(e, "ColumnDef");
      if (def) out.push({ def, table, via: "create", tablePrimaryKey: pk });
    }
    return out;
  }
  const alter = nodeOf(node, "AlterTableStmt");
  if (alter && (alter.objtype === "OBJECT_TABLE" || alter.objtype === void 0)) {
    const table = rangeVarName(alter.relation);
    for (const cmd of Array.isArray(alter.cmds) ? alter.cmds : []) {
      const c = nodeOf(cmd, "AlterTableCmd");
      if (c?.subtype !== "AT_AddColumn") continue;
      const def = nodeOf(c.def, "ColumnDef");
      if (def) out.push({ def, table, via: "add", tablePrimaryKey: /* @__PURE__ */ new Set() });
    }
  }
  return out;
}
function columnConstraints(def) {
  const list5 = Array.isArray(def.constraints) ? def.constraints : [];
  return list5.map((c) => nodeOf(c, "Constraint")).filter((c) => c !== void 0);
}
function alterTableCommands(node) {
  const alter = nodeOf(node, "AlterTableStmt");
  if (!alter || alter.objtype !== void 0 && alter.objtype !== "OBJECT_TABLE") return void 0;
  const cmds = (Array.isArray(alter.cmds) ? alter.cmds : []).map((c) => nodeOf(c, "AlterTableCmd")).filter((c) => c !== void 0);
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
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "smallserial", "serial2", "bigserial", "serial8"]);
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
    const def = nodeOf(cmd.def, "ColumnDef");
    if (def?.typeName && typeof def.typeName === "object") {
      out.push({ column: String(cmd.name ?? ""), typeName: def.typeName, via: "alter" });
    }
  }
  return out;
}
function optionOn(options, name2) {
  let on;
  for (const o of Array.isArray(options) ? options : []) {
    const d = nodeOf(o, "DefElem");
    if (d?.defname !== name2) continue;
    on = isFalseOption(d.arg) ? void 0 : d;
  }
  return on;
}
function isFalseOption(arg) {
  const s = nodeOf(arg, "String");
  if (s) return /^(false|off|0|no)$/i.test(s.sval ?? "");
  const i = nodeOf(arg, "Integer");
  if (i) return !i.ival;
  const b = nodeOf(arg, "Boolean");
  return b !== void 0 && !b.boolval;
}
function transactionKind(stmt) {
  const t = nodeOf(stmt.node, "TransactionStmt");
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
  const set = nodeOf(stmt.node, "VariableSetStmt");
  if (set) {
    if (set.name !== setting || set.kind !== "VAR_SET_VALUE") return false;
    const scope = set.is_local === true ? "local" : "session";
    const arg = nodeOf(set.args?.[0], "A_Const");
    if (arg?.ival) return (arg.ival.ival ?? 0) !== 0 && scope;
    return arg?.sval?.sval !== void 0 && !/^\s*0\s*(ms|s|min)?\s*$/i.test(arg.sval.sval) && scope;
  }
  for (const call of nodesOf(stmt.node, "FuncCall")) {
    if (funcNameOf(call) !== "set_config") continue;
    const args = Array.isArray(call.args) ? call.args : [];
    const name2 = nodeOf(args[0], "A_Const")?.sval?.sval;
    const value = nodeOf(args[1], "A_Const")?.sval?.sval;
    if (name2?.toLowerCase() !== setting || value === void 0 || /^\s*0\s*(ms|s|min)?\s*$/i.test(value)) continue;
    return isTrueConstant(args[2]) ? "local" : "session";
  }
  return false;
}
function isTrueConstant(node) {
  const c = nodeOf(node, "A_Const");
  if (!c) return false;
  if (c.boolval) return c.boolval.boolval === true;
  if (c.sval?.sval !== void 0) return /^\s*(t|tr|tru|true|y|ye|yes|on|1)\s*$/i.test(c.sval.sval);
  return false;
}
var firstUnprotectedCache = /* @__PURE__ */ new WeakMap();
function firstUnprotectedStatement(sql, key, setting, needsIt, createdBy, inTransaction) {
  let perFile = firstUnprotectedCache.get(sql);
  if (!perFile) firstUnprotectedCache.set(sql, perFile = /* @__PURE__ */ new Map());
  const cacheKey = inTransaction ? key : `${key}\0outside`;
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
  const loc = rangeVarName(rangeVarOf(rel))?.location;
  const name2 = nameRange(tokens, loc);
  const whole = statementRange(sql, stmt);
  return { start: whole.start, end: name2 && name2.start >= whole.start ? name2.end : tokens[1]?.end ?? whole.end };
}

// src/sql/facts.ts
var list = (v) => Array.isArray(v) ? v : [];
function isTransactional(stmt, pgVersion) {
  const n = stmt.node;
  switch (stmt.kind) {
    case "IndexStmt":
      return n.IndexStmt?.concurrent !== true;
    case "DropStmt":
      return n.DropStmt?.concurrent !== true;
    case "ReindexStmt":
      return optionOn(n.ReindexStmt?.params, "concurrently") === void 0;
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
        const cmd = nodeOf(c, "AlterTableCmd");
        return cmd?.subtype === "AT_DetachPartition" && nodeOf(cmd.def, "PartitionCmd")?.concurrent === true;
      });
    default:
      return true;
  }
}
function destructiveOperations(stmt, sql) {
  const out = [];
  const whole = { start: stmt.start, end: stmt.end };
  const tokens = () => sql ? statementTokens(sql, stmt) : [];
  const at = (parts) => sql ? findName(tokens(), parts) ?? whole : whole;
  const n = stmt.node;
  switch (stmt.kind) {
    case "DropStmt": {
      const d = n.DropStmt;
      const kind = d.removeType === "OBJECT_TABLE" ? "drop-table" : d.removeType === "OBJECT_SCHEMA" ? "drop-schema" : void 0;
      if (!kind) break;
      for (const o of list(d.objects)) {
        const parts = kind === "drop-schema" ? stringList([o]) : stringList(nodeOf(o, "List")?.items);
        if (parts.length === 0) continue;
        const table = kind === "drop-table" ? partsName(parts) : void 0;
        out.push({ kind, ...named(parts), ...table ? { table } : {}, ...at(parts) });
      }
      break;
    }
    case "DropdbStmt": {
      const name2 = String(n.DropdbStmt?.dbname ?? "");
      out.push({ kind: "drop-database", ...named([name2]), ...at([name2]) });
      break;
    }
    case "AlterTableStmt": {
      const a = nodeOf(stmt.node, "AlterTableStmt");
      if (a.objtype !== "OBJECT_TABLE") break;
      const table = rangeVarName(a.relation);
      if (!table) break;
      let from = 0;
      for (const c of list(a.cmds)) {
        const cmd = nodeOf(c, "AlterTableCmd");
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
var writesCache = /* @__PURE__ */ new WeakMap();
function computeTableWrites(stmt, sql) {
  const out = [];
  const whole = { start: stmt.start, end: stmt.end };
  const addRv = (rv) => {
    const body = rangeVarOf(rv);
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
        if (b.objtype === "OBJECT_TABLE") addRv(nodeOf(b.into, "IntoClause")?.rel ?? b.into?.rel);
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
          for (const o of list(b.objects)) addParts(stringList(nodeOf(o, "List")?.items));
        } else if (b.removeType === "OBJECT_TRIGGER" || b.removeType === "OBJECT_RULE" || b.removeType === "OBJECT_POLICY") {
          for (const o of list(b.objects)) addParts(stringList(nodeOf(o, "List")?.items).slice(0, -1));
        }
        break;
      case "CommentStmt":
        if (b.objtype === "OBJECT_TABLE") addParts(stringList(nodeOf(b.object, "List")?.items));
        else if (b.objtype === "OBJECT_COLUMN") addParts(stringList(nodeOf(b.object, "List")?.items).slice(0, -1));
        break;
      default:
        break;
    }
  }
  const index = nodeIndex(stmt.node);
  for (const kind of ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]) for (const body of index.get(kind) ?? []) addRv(body.relation);
  for (const body of index.get("SelectStmt") ?? []) {
    if (body.intoClause) addRv(nodeOf(body.intoClause, "IntoClause")?.rel ?? body.intoClause.rel);
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
    const body = rangeVarOf(rv);
    const q = rangeVarName(body);
    if (q) out.push({ name: { schema: q.schema, name: q.name }, temporary: body?.relpersistence === "t" });
  };
  const n = stmt.node;
  if (stmt.kind === "CreateStmt") add(n.CreateStmt?.relation);
  else if (stmt.kind === "CreateTableAsStmt" && n.CreateTableAsStmt?.objtype === "OBJECT_TABLE") {
    add(nodeOf(n.CreateTableAsStmt.into, "IntoClause")?.rel ?? n.CreateTableAsStmt.into?.rel);
  } else if (stmt.kind === "SelectStmt" && n.SelectStmt?.intoClause) {
    add(nodeOf(n.SelectStmt.intoClause, "IntoClause")?.rel ?? n.SelectStmt.intoClause.rel);
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
  const body = rangeVarOf(x);
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
  const body = nodeOf(stmt.node, "AlterTableStmt");
  if (!body || body.objtype !== "OBJECT_TABLE") return void 0;
  const table = relationName(body.relation);
  if (!table || table.temporary || isCreatedIn(createdTables, table)) return void 0;
  return { table, cmds: (body.cmds ?? []).map((c) => nodeOf(c, "AlterTableCmd")).filter((c) => c !== void 0) };
}
function sameTable(a, b) {
  return a.name === b.name && (a.schema === void 0 || b.schema === void 0 || a.schema === b.schema);
}
function tableEmptiedBefore(sql, stmt, table) {
  let empty = false;
  for (const s of statementsBefore(sql, stmt)) {
    const n = s.node;
    if (s.kind === "TruncateStmt" && list(n.TruncateStmt?.relations).some((r) => matches(r, table))) empty = true;
    else if (s.kind === "DeleteStmt" && !n.DeleteStmt?.whereClause && !n.DeleteStmt?.withClause && matches(n.DeleteStmt?.relation, table)) empty = true;
    else if (empty && tableWrites(s).some((w) => sameTable(w, table)) && fillsRows(s)) empty = false;
  }
  return empty;
}
function fillsRows(stmt) {
  const index = nodeIndex(stmt.node);
  return index.has("InsertStmt") || index.has("MergeStmt") || stmt.kind === "CopyStmt" || (index.get("SelectStmt") ?? []).some((b) => b.intoClause);
}
function matches(rv, table) {
  const q = relationName(rv);
  return q !== void 0 && sameTable(q, table);
}

// src/rules/types.ts
function createRule(rule) {
  return rule;
}

// src/rules/unqualified-table.ts
var DROPPED_RELATIONS = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_INDEX", "OBJECT_FOREIGN_TABLE"]);
var unqualified_table_default = createRule({
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
    const drop = nodeOf(stmt.node, "DropStmt");
    if (drop && DROPPED_RELATIONS.has(drop.removeType ?? "")) {
      let tokens;
      let from = 0;
      for (const o of drop.objects ?? []) {
        const parts = stringList(nodeOf(o, "List")?.items);
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
function inScope(scope, name2) {
  for (let s = scope; s; s = s.parent) if (s.names.has(name2)) return true;
  return false;
}
var DML = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
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
      const cte = nodeOf(c, "CommonTableExpr");
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
  for (const key in obj) {
    if (key === "withClause" || key === "lockedRels") continue;
    const value = obj[key];
    if (value === null || typeof value !== "object") continue;
    const target2 = dml && key === "relation" || key === "intoClause" || key === "into";
    const upper = key.charCodeAt(0) <= 90;
    collect(value, target2 ? void 0 : inner, upper && DML.has(key), inSchema || upper && key === "CreateSchemaStmt", out);
  }
}

// src/rules/foreign-schema.ts
var foreign_schema_default = createRule({
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
function targets(stmt, sql) {
  const out = [];
  tableWrites(stmt).forEach((w, i) => {
    if (!w.schema) return;
    const located = () => tableWrites(stmt, sql)[i] ?? w;
    out.push({ schema: w.schema, object: `${w.schema}.${w.name}`, range: () => ({ start: located().start, end: located().end }) });
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
    const body = rangeVarOf(x);
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
          const items = nodeOf(o, "List")?.items;
          const parts = items ? stringList(items) : stringList(nodeOf(o, "ObjectWithArgs")?.objname);
          qualified2(parts);
        }
      }
      break;
    default:
      break;
  }
  return out;
}

// src/rules/delete-without-where.ts
var delete_without_where_default = createRule({
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

// src/rules/update-without-where.ts
var update_without_where_default = createRule({
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

// src/rules/drop-cascade.ts
var drop_cascade_default = createRule({
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

// src/rules/destructive-operation.ts
var WHAT = {
  "drop-table": "DROP TABLE {{target}} deletes the table and every row in it",
  "drop-schema": "DROP SCHEMA {{target}} deletes the schema with everything in it",
  "drop-column": "DROP COLUMN {{target}} deletes the column and its value in every row",
  "drop-database": "DROP DATABASE {{target}} deletes the whole database",
  truncate: "TRUNCATE {{target}} deletes every row of the table"
};
var destructive_operation_default = createRule({
  id: "destructive-operation",
  description: "DROP TABLE/SCHEMA/COLUMN/DATABASE or TRUNCATE in an up migration: an error where an environment the migration runs in forbids destructive operations, else a warning.",
  severity: "warning",
  direction: "up",
  // Where an environment forbids the statement, svc-migrate.json cannot turn the error off (see `binding`).
  runsWhenOff: true,
  messages: {
    forbidden: "{{what}}; environments.json forbids destructive operations in {{environments}} (allow_destructive_operations: false), and the down migration cannot bring the data back.",
    destructive: "{{what}}; the data is gone for good once this runs \u2014 the down migration cannot bring it back, and code still deployed that reads it will fail."
  },
  help: "Stop using the data first and remove it in a later migration once a backup exists (expand/contract); or rename it (e.g. `ALTER TABLE t RENAME TO t_deprecated`) and drop it later. Where it is intended, enable allow_destructive_operations for the environment (an ignore comment silences the warning, never the error of an environment that forbids it).",
  check({ stmt, origin, facts, createdTables, tempTables, report }) {
    if (origin.container === "function") return;
    for (const op of destructiveOperations(stmt, facts.sql)) {
      if (op.kind === "delete") continue;
      if (op.table && createdHere({ facts, stmt, createdTables, tempTables }, op.table)) continue;
      const what = WHAT[op.kind].replace("{{target}}", op.target);
      if (facts.destructiveForbiddenIn.length === 0) {
        report({ messageId: "destructive", data: { what }, start: op.start, end: op.end });
      } else {
        report({ messageId: "forbidden", data: { what, environments: forbiddingEnvironments(facts.destructiveForbiddenIn) }, start: op.start, end: op.end, severity: "error", binding: true });
      }
    }
  }
});
function createdHere(ctx, table) {
  const key = tableKey(table);
  if (ctx.tempTables?.has(key)) return true;
  if (!ctx.createdTables.has(key)) return false;
  return !conditionallyCreatedBefore(ctx.facts.sql, ctx.stmt).has(key);
}
function conditionallyCreatedBefore(sql, stmt) {
  const out = /* @__PURE__ */ new Set();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    if (tablesCreatedForCertain(s).length === 0) for (const key of createdTableKeys(s)) out.add(key);
  }
  return out;
}
function forbiddingEnvironments(names) {
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// src/rules/index-not-concurrent.ts
var index_not_concurrent_default = createRule({
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
    const body = nodeOf(stmt.node, "IndexStmt");
    if (!body || body.concurrent) return;
    const rel = relationName(body.relation);
    if (!rel) return;
    if (body.relation?.inh !== true) return;
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

// src/sql/defaults.ts
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
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
var NON_VOLATILE_BUILTINS = /* @__PURE__ */ new Set([
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
    const own = declaredVolatility(declared, names.join("."), name2, schema);
    if (own !== void 0) {
      if (own === "volatile") volatile = { ...call, volatility: "volatile" };
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
  for (const [key, volatility] of declared) {
    const dot = key.lastIndexOf(".");
    if (key.slice(dot + 1) === name2 && (schema === void 0 || dot < 0)) return volatility;
  }
  return void 0;
}
function functionsDeclaredBefore(sql, stmt) {
  const out = /* @__PURE__ */ new Map();
  for (const s of sql.statements) {
    if (s.start >= stmt.start) break;
    const f = nodeOf(s.node, "CreateFunctionStmt");
    if (!f || f.is_procedure === true) continue;
    const names = stringList(f.funcname).map((n) => n.toLowerCase());
    if (names.length === 0) continue;
    let volatility = "volatile";
    for (const o of f.options ?? []) {
      const d = nodeOf(o, "DefElem");
      const value = nodeOf(d?.arg, "String")?.sval;
      if (d?.defname === "volatility" && (value === "immutable" || value === "stable" || value === "volatile")) volatility = value;
    }
    out.set(names.join("."), volatility);
  }
  return out;
}
function isNullConstant(expr) {
  let e = expr;
  for (let cast = nodeOf(e, "TypeCast"); cast; cast = nodeOf(e, "TypeCast")) e = cast.arg;
  return nodeOf(e, "A_Const")?.isnull === true;
}

// src/rules/not-null-without-default.ts
var not_null_without_default_default = createRule({
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
    if (origin.kind === "top" && tableEmptiedBefore(facts.sql, stmt, alter.table)) return;
    for (const cmd of alter.cmds) {
      const col = cmd.subtype === "AT_AddColumn" ? nodeOf(cmd.def, "ColumnDef") : void 0;
      if (!col) continue;
      const constraints = columnConstraints(col);
      const notNull = constraints.find((k) => k.contype === "CONSTR_NOTNULL" || k.contype === "CONSTR_PRIMARY");
      const nullDefault = constraints.some((k) => k.contype === "CONSTR_DEFAULT" && isNullConstant(k.raw_expr));
      const filled = constraints.some((k) => k.contype === "CONSTR_DEFAULT" && !isNullConstant(k.raw_expr) || k.contype === "CONSTR_IDENTITY" || k.contype === "CONSTR_GENERATED");
      if (!notNull || filled) continue;
      const tokens = codeTokens(facts.sql, stmt);
      const at = notNull.location ?? col.location ?? stmt.start;
      const range = keywordRange(tokens, notNull.contype === "CONSTR_PRIMARY" ? ["PRIMARY", "KEY"] : ["NOT", "NULL"], at);
      report({
        messageId: nullDefault ? "nullDefault" : "noDefault",
        data: { column: String(col.colname ?? "?") },
        start: col.location ?? at,
        end: range?.end ?? at
      });
    }
  }
});

// src/rules/column-type-change.ts
var column_type_change_default = createRule({
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
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== "AT_AlterColumnType") continue;
      const def = nodeOf(cmd.def, "ColumnDef");
      const start = def?.location ?? stmt.start;
      const type = typeNameRange(codeTokens(facts.sql, stmt), def?.typeName?.location);
      report({ messageId: "typeChange", data: { column: cmd.name ?? "?" }, start, end: type?.end ?? start });
    }
  }
});

// src/rules/foreign-key-not-valid.ts
var foreign_key_not_valid_default = createRule({
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
    for (const cmd of alter.cmds) {
      if (cmd.subtype === "AT_AddColumn") {
        reportColumnConstraints(cmd.def, table, facts.sql, stmt, report);
        continue;
      }
      const con = cmd.subtype === "AT_AddConstraint" ? nodeOf(cmd.def, "Constraint") : void 0;
      if (!con || con.skip_validation === true) continue;
      if (con.contype !== "CONSTR_FOREIGN" && con.contype !== "CONSTR_CHECK") continue;
      const at = con.location ?? stmt.start;
      const range = keywordRange(codeTokens(facts.sql, stmt), con.contype === "CONSTR_FOREIGN" ? ["FOREIGN", "KEY"] : ["CHECK"], at);
      report({
        messageId: con.contype === "CONSTR_FOREIGN" ? "foreignKey" : "check",
        data: { name: con.conname ?? "(unnamed)", table },
        start: at,
        end: range?.end ?? at
      });
    }
  },
  checkFile: reportValidationInSameTransaction
});
function reportColumnConstraints(def, table, sql, stmt, report) {
  const col = nodeOf(def, "ColumnDef");
  if (!col) return;
  const cons = columnConstraints(col);
  const filled = cons.some((c) => c.contype === "CONSTR_DEFAULT" || c.contype === "CONSTR_GENERATED");
  cons.forEach((con, i) => {
    if (con.contype !== "CONSTR_FOREIGN" && con.contype !== "CONSTR_CHECK") return;
    if (cons[i + 1]?.contype === "CONSTR_ATTR_NOT_ENFORCED") return;
    if (con.contype === "CONSTR_FOREIGN" && !filled) return;
    const tokens = codeTokens(sql, stmt);
    const at = typeof con.location === "number" ? con.location : stmt.start;
    const column = String(col.colname ?? "");
    if (con.contype === "CONSTR_CHECK") {
      const range = keywordRange(tokens, ["CHECK"], at);
      report({ messageId: "columnCheck", data: { column, table }, start: at, end: range?.end ?? at });
      return;
    }
    const pk = relationName(con.pktable);
    const name2 = nameRange(tokens, pk?.location);
    report({ messageId: "columnForeignKey", data: { column, table, referenced: pk ? formatName(pk) : "(unknown)" }, start: at, end: name2?.end ?? at });
  });
}
var LOCK_HELD = {
  CONSTR_CHECK: "ACCESS EXCLUSIVE: no reads or writes",
  CONSTR_FOREIGN: "SHARE ROW EXCLUSIVE on both tables: no writes"
};
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
    const body = nodeOf(stmt.node, "AlterTableStmt");
    const table = body?.objtype === "OBJECT_TABLE" ? relationName(body.relation) : void 0;
    if (table && !table.temporary && !isCreatedIn(created, table)) {
      let from = stmt.start;
      for (const c of body.cmds ?? []) {
        const cmd = nodeOf(c, "AlterTableCmd");
        const con = cmd?.subtype === "AT_AddConstraint" ? nodeOf(cmd.def, "Constraint") : void 0;
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
        const add = added.get(cmd.name)?.find((a) => a.unit === unit && sameTable2(a.table, table));
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
function sameTable2(a, b) {
  return a.name === b.name && (a.schema === void 0 || b.schema === void 0 || a.schema === b.schema);
}

// src/sql/plpgsql-error.ts
var MAX_PARSES = 40;
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
  const toChar = (target2) => {
    while (byte < target2 && char < body.length) {
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

// src/sql/plpgsql.ts
var MAX_DEPTH = 3;
function embeddedStatements(sql, stmt, depth = 0) {
  const body = bodyOf(stmt);
  if (!body) return void 0;
  const result = { container: body.container, statements: [] };
  if (depth >= MAX_DEPTH) return result;
  let parsed;
  try {
    parsed = parsePlpgsql(compilableText(sql, stmt));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    result.error = message;
    result.locateError = () => errorRange(sql, stmt, body, message);
    return result;
  }
  const token = bodyToken(sql, stmt, body.asLocation);
  const toFile = token ? bodyMapper(token, body.text) : void 0;
  const queries = collectQueries(parsed);
  let cursor = 0;
  for (const query of queries) {
    let at = findQuery(body.text, query, cursor);
    if (at < 0) at = findQuery(body.text, query, 0);
    if (at >= 0) cursor = Math.max(cursor, at + query.length);
    let inner;
    try {
      inner = parseRaw(query);
    } catch {
      continue;
    }
    const map = (queryByte) => {
      if (at < 0 || !toFile) return token ? token.start : stmt.start;
      return toFile(at + byteToChar(query, queryByte));
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
function compilableText(sql, stmt) {
  const text = sql.lines.slice(stmt.start, stmt.end);
  const f = nodeOf(stmt.node, "CreateFunctionStmt");
  if (!f) return text;
  const types = [...(f.parameters ?? []).map((p) => nodeOf(p, "FunctionParameter")?.argType), f.returnType];
  const pct = types.filter((t) => t?.pct_type === true);
  if (pct.length === 0) return text;
  const bytes = Buffer.from(text, "utf8");
  const tokens = statementTokens(sql, stmt);
  for (const t of pct) {
    let i = tokens.findIndex((k) => k.start === t.location);
    if (i < 0) continue;
    if (tokens[i].keyword === "SETOF") i++;
    let j = i;
    while (j + 1 < tokens.length && !(tokens[j].text === "%" && tokens[j + 1].keyword === "TYPE")) j++;
    if (j + 1 >= tokens.length) continue;
    const from = tokens[i].start - stmt.start;
    const to = tokens[j + 1].end - stmt.start;
    if (to - from < 4) continue;
    bytes.write("text".padEnd(to - from, " "), from, "utf8");
  }
  return bytes.toString("utf8");
}
function bodyOf(stmt) {
  let container;
  let args;
  if (stmt.kind === "DoStmt") {
    container = "do";
    args = nodeOf(stmt.node, "DoStmt")?.args ?? [];
  } else if (stmt.kind === "CreateFunctionStmt") {
    container = "function";
    args = nodeOf(stmt.node, "CreateFunctionStmt")?.options ?? [];
  } else return void 0;
  let language = "plpgsql";
  let text;
  let asLocation = stmt.start;
  for (const a of args) {
    const d = nodeOf(a, "DefElem");
    if (!d) continue;
    if (d.defname === "language") language = (nodeOf(d.arg, "String")?.sval ?? "").toLowerCase();
    if (d.defname === "as") {
      text = nodeOf(d.arg, "String")?.sval ?? stringList(nodeOf(d.arg, "List")?.items)[0];
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
  const before = Buffer.from(compilableText(sql, stmt), "utf8").subarray(0, token.start - stmt.start).toString("utf8");
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
  const at = locateBodyError(body.text, message, compile);
  return { start: toFile(at.start), end: toFile(Math.max(at.start, at.end)) };
}
function checkFunctionBodiesSetting(stmt) {
  const set = nodeOf(stmt.node, "VariableSetStmt");
  if (!set) return void 0;
  if (set.kind === "VAR_RESET_ALL") return true;
  if (set.name?.toLowerCase() !== "check_function_bodies") return void 0;
  if (set.kind === "VAR_RESET" || set.kind === "VAR_SET_DEFAULT") return true;
  if (set.kind !== "VAR_SET_VALUE" || set.args?.length !== 1) return void 0;
  const value = nodeOf(set.args[0], "A_Const");
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
  const emit = (codePoint, at) => {
    for (const b of Buffer.from(String.fromCodePoint(codePoint), "utf8")) {
      bytes.push(b);
      origin.push(at);
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
    for (const [key, value] of Object.entries(node)) {
      if (key === "PLpgSQL_stmt_perform" || key === "PLpgSQL_stmt_dynexecute" || key === "datums") continue;
      if (key === "PLpgSQL_expr") {
        const e = value;
        if (typeof e.query === "string" && (e.parseMode ?? 0) === 0) out.push(e.query);
        continue;
      }
      visit(value, key);
    }
  };
  visit(tree, "");
  return out;
}
function findQuery(body, query, from) {
  const firstWord = query.split(/\s/, 1)[0] ?? "";
  if (!firstWord) return -1;
  for (let at = body.indexOf(firstWord, from); at >= 0; at = body.indexOf(firstWord, at + 1)) {
    let ok = at + query.length <= body.length;
    for (let i = firstWord.length; ok && i < query.length; i++) {
      const q = query[i];
      if (q !== body[at + i] && !(q === " " || q === "	" || q === "\n")) ok = false;
    }
    if (ok) return at;
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
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (key === "location" && typeof v === "number") {
      if (v >= 0) obj[key] = map(v);
    } else if (v && typeof v === "object") moveLocations(v, map);
  }
}

// src/sql/objects.ts
function changedTables(statements) {
  const temp = /* @__PURE__ */ new Set();
  const writes = [];
  for (const { stmt, origin } of statements) {
    if (origin.container === "function") continue;
    for (const c of tablesCreated(stmt)) if (c.temporary) temp.add(c.name.name);
    tableWrites(stmt).forEach((w, index) => {
      if (w.schema || !temp.has(w.name)) writes.push({ write: w, stmt, index });
    });
  }
  return writes;
}

// src/rules/affects-tables-mismatch.ts
var affects_tables_mismatch_default = createRule({
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
    const writes = changedTables(statements);
    const reported = /* @__PURE__ */ new Set();
    for (const { write: w, stmt, index } of writes) {
      if (listed.some((l) => sameTable3(l, w))) continue;
      const key = sqlName(w);
      if (reported.has(key)) continue;
      reported.add(key);
      const at = tableWrites(stmt, facts.sql)[index] ?? w;
      report({ messageId: "unlisted", data: { table: key, example: JSON.stringify(sqlName({ schema: w.schema ?? facts.serviceSchema, name: w.name })) }, start: at.start, end: at.end });
    }
    for (const [i, l] of listed.entries()) {
      if (writes.some(({ write }) => sameTable3(l, write))) continue;
      report({ messageId: "unwritten", data: { table: facts.affectsTables[i], example: JSON.stringify(sqlName({ schema: l.schema ?? facts.serviceSchema, name: l.name })) }, start: 0, end: 0 });
    }
  }
});
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
function sameTable3(a, b) {
  return a.name === b.name && (!a.schema || !b.schema || a.schema === b.schema);
}

// src/rules/adding-field-with-volatile-default.ts
var SERIAL = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var adding_field_with_volatile_default_default = createRule({
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
        const r = typeNameRange(tokens(), col.def.typeName?.location) ?? fallback();
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

// src/rules/adding-serial-primary-key-field.ts
var adding_serial_primary_key_field_default = createRule({
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

// src/rules/prefer-bigint-over-int.ts
var INT = /* @__PURE__ */ new Set(["int4", "int", "integer", "serial", "serial4"]);
var prefer_bigint_over_int_default = createRule({
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
      const range = typeNameRange(tokens, col.def.typeName?.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "int", data: { column: String(col.def.colname ?? ""), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  }
});

// src/rules/prefer-bigint-over-smallint.ts
var SMALL = /* @__PURE__ */ new Set(["int2", "smallint", "smallserial", "serial2"]);
var prefer_bigint_over_smallint_default = createRule({
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
      const range = typeNameRange(tokens, col.def.typeName?.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "smallint", data: { column: String(col.def.colname ?? ""), type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  }
});

// src/rules/prefer-identity.ts
var SERIAL2 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var prefer_identity_default = createRule({
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
      const range = typeNameRange(tokens, col.def.typeName?.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "serial", data: { column: String(col.def.colname ?? ""), type: type.name }, ...range });
    }
  }
});

// src/rules/prefer-text-field.ts
var prefer_text_field_default = createRule({
  id: "prefer-text-field",
  description: "A varchar(n) column puts a length limit in the type: changing the limit later is an ALTER COLUMN ... TYPE that takes an ACCESS EXCLUSIVE lock (and rewrites the table when it shrinks).",
  severity: "warning",
  direction: "up",
  messages: {
    varchar: "Column {{column}} is {{type}} with a length limit: raising or lowering it later takes an ACCESS EXCLUSIVE lock on the table, and lowering it rewrites the table."
  },
  help: "Use text (or varchar without a length) and enforce the limit with a CHECK (char_length(col) <= n) constraint, which can be replaced with NOT VALID + VALIDATE without blocking.",
  check(ctx) {
    for (const col of columnTypes(ctx.stmt.node)) {
      const type = typeNameOf(col.typeName);
      if (!type || !type.builtin || type.name !== "varchar" || type.typmods === 0) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, col.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "varchar", data: { column: col.column, type: ctx.facts.sql.lines.slice(range.start, range.end) }, ...range });
    }
  }
});

// src/rules/prefer-timestamptz.ts
var prefer_timestamptz_default = createRule({
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

// src/rules/ban-char-field.ts
var ban_char_field_default = createRule({
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
      const names = stringList(t.typeName.names);
      const bpchar = names.length === 1 ? names[0] === "bpchar" : names.length === 2 && names[0] === "pg_catalog" && names[1] === "bpchar";
      if (!bpchar) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const range = typeNameRange(tokens, t.typeName.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "char", data: { column: t.column }, ...range });
    }
  }
});

// src/rules/adding-unique-constraint.ts
var adding_unique_constraint_default = createRule({
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
        const c = nodeOf(cmd.def, "Constraint");
        if (c) constraints.push(c);
      } else if (cmd.subtype === "AT_AddColumn") {
        const def = nodeOf(cmd.def, "ColumnDef");
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

// src/rules/adding-primary-key-constraint.ts
var adding_primary_key_constraint_default = createRule({
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
      const c = nodeOf(cmd.def, "Constraint");
      if (c?.contype !== "CONSTR_PRIMARY" || c.indexname) continue;
      const loc = typeof c.location === "number" ? c.location : 0;
      const key = keywordRange(tokens, ["PRIMARY", "KEY"], loc);
      const range = key ? { start: loc || key.start, end: key.end } : statementRange(ctx.facts.sql, ctx.stmt);
      ctx.report({ messageId: "primaryKey", data: { table }, ...range });
    }
  }
});

// src/rules/renaming-column.ts
var renaming_column_default = createRule({
  id: "renaming-column",
  description: "Renaming a column of an existing table breaks every running instance of the application that still uses the old name.",
  severity: "warning",
  direction: "up",
  messages: {
    rename: "Renaming column {{column}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{column}} fails until all instances run the new code."
  },
  help: "Expand and contract: add the new column, write to both, backfill, move readers, and drop the old column in a later release (or keep the old name visible through a view).",
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, "RenameStmt");
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

// src/rules/renaming-table.ts
var renaming_table_default = createRule({
  id: "renaming-table",
  description: "Renaming an existing table breaks every running instance of the application that still uses the old name.",
  severity: "warning",
  direction: "up",
  messages: {
    rename: "Renaming table {{table}} to {{newName}} breaks the application code that is still running during the deploy: every query that names {{table}} fails until all instances run the new code."
  },
  help: "Create the new table (or rename and leave a view with the old name, CREATE VIEW old AS SELECT * FROM new, until every reader moved), then drop the old name in a later release.",
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, "RenameStmt");
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

// src/rules/require-lock-timeout.ts
var LIGHT_ALTER = /* @__PURE__ */ new Set(["AT_ValidateConstraint", "AT_SetStatistics", "AT_SetOptions", "AT_ResetOptions", "AT_ClusterOn", "AT_DropCluster", "AT_SetRelOptions", "AT_ResetRelOptions"]);
var RENAMES_TABLE = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT", "OBJECT_TRIGGER"]);
function heavyLock(stmt) {
  const n = stmt.node;
  const b = n[stmt.kind];
  if (!b) return void 0;
  const rv = (v) => rangeVarName(rangeVarOf(v));
  switch (stmt.kind) {
    case "AlterTableStmt": {
      if (b.objtype !== "OBJECT_TABLE") return void 0;
      const cmds = (Array.isArray(b.cmds) ? b.cmds : []).map((c) => nodeOf(c, "AlterTableCmd"));
      const heavy = cmds.some((c) => c && !LIGHT_ALTER.has(c.subtype ?? "") && !(c.subtype === "AT_DetachPartition" && nodeOf(c.def, "PartitionCmd")?.concurrent));
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
        const parts = stringList(nodeOf(b.objects?.[0], "List")?.items);
        return parts.length ? { table: { name: parts[parts.length - 1], schema: parts.length > 1 ? parts[parts.length - 2] : void 0 } } : void 0;
      }
      return b.removeType === "OBJECT_INDEX" && b.concurrent !== true ? {} : void 0;
    case "VacuumStmt": {
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => nodeOf(o, "DefElem")?.defname === "full");
      const first = Array.isArray(b.rels) ? nodeOf(b.rels[0], "VacuumRelation")?.relation : void 0;
      return full ? { table: rv(first) } : void 0;
    }
    case "ReindexStmt": {
      const concurrent = (Array.isArray(b.params) ? b.params : []).some((p) => nodeOf(p, "DefElem")?.defname === "concurrently");
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
var require_lock_timeout_default = createRule({
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

// src/rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default = createRule({
  id: "require-concurrent-index-deletion",
  description: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: while it waits for running queries, every new query on the table queues behind it.",
  severity: "warning",
  direction: "up",
  messages: {
    notConcurrent: "DROP INDEX without CONCURRENTLY locks the whole table in ACCESS EXCLUSIVE mode: once it queues behind a long query, every read and write on the table waits too."
  },
  help: "Write DROP INDEX CONCURRENTLY IF EXISTS ... (svc-migrate then runs the migration outside a transaction; keep it to that one statement).",
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, "DropStmt");
    if (!d || d.removeType !== "OBJECT_INDEX" || d.concurrent === true) return;
    const createdHere2 = /* @__PURE__ */ new Set();
    for (const s of statementsBefore(ctx.facts.sql, ctx.stmt)) {
      const idx = nodeOf(s.node, "IndexStmt");
      if (typeof idx?.idxname === "string") createdHere2.add(idx.idxname.toLowerCase());
    }
    const names = (Array.isArray(d.objects) ? d.objects : []).map((o) => stringList(nodeOf(o, "List")?.items));
    const lockedTables = ctx.facts.sql.statements.flatMap((s) => {
      const drop = nodeOf(s.node, "DropStmt");
      if (drop?.removeType === "OBJECT_TABLE") return (Array.isArray(drop.objects) ? drop.objects : []).map((o) => stringList(nodeOf(o, "List")?.items).pop() ?? "");
      const alter = alterTableCommands(s.node);
      return alter?.table ? [alter.table.name] : [];
    }).filter((t) => t !== "").map((t) => t.toLowerCase());
    const covered = (name2) => createdHere2.has(name2) || lockedTables.some((t) => name2.startsWith(`${t}_`));
    if (names.length > 0 && names.every((n) => n.length > 0 && covered(n[n.length - 1].toLowerCase()))) return;
    const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["DROP", "INDEX"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: "notConcurrent", ...range });
  }
});

// src/rules/reindex-not-concurrent.ts
var reindex_not_concurrent_default = createRule({
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
    const r = nodeOf(ctx.stmt.node, "ReindexStmt");
    if (!r || r.kind === "REINDEX_OBJECT_SYSTEM") return;
    if (optionOn(r.params, "concurrently")) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const range = keywordRange(tokens, ["REINDEX"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
    const next = tokens.find((t) => t.start > range.start);
    const end = next && /^(TABLE|INDEX|SCHEMA|DATABASE)$/i.test(next.text) ? next.end : range.end;
    ctx.report({ messageId: "notConcurrent", start: range.start, end });
  }
});

// src/rules/detach-partition-not-concurrent.ts
var detach_partition_not_concurrent_default = createRule({
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
      const def = nodeOf(cmd.def, "PartitionCmd");
      if (def?.concurrent === true) continue;
      const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["DETACH", "PARTITION"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
      const table = alter.table.schema ? `${alter.table.schema}.${alter.table.name}` : alter.table.name;
      ctx.report({ messageId: "notConcurrent", data: { table }, ...range });
    }
  }
});

// src/rules/concurrent-in-transaction.ts
var concurrent_in_transaction_default = createRule({
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

// src/rules/transaction-nesting.ts
var transaction_nesting_default = createRule({
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
      else if (!needsNoTransaction && !wholeFileBlock(ctx.facts.sql.statements)) ctx.report({ messageId: "explicit", ...narrow });
    } else if (!open) {
      ctx.report({ messageId: "stray", data: { keyword: keyword?.text.toUpperCase() ?? "COMMIT" }, ...narrow });
    }
  }
});
function wholeFileBlock(statements) {
  if (statements.length < 2 || transactionKind(statements[0]) !== "begin") return false;
  const last = nodeOf(statements[statements.length - 1].node, "TransactionStmt");
  if (last?.kind !== "TRANS_STMT_COMMIT") return false;
  return statements.slice(1, -1).every((s) => {
    const k = transactionKind(s);
    return k === void 0 || k === "other";
  });
}

// src/rules/ban-uncommitted-transaction.ts
var ban_uncommitted_transaction_default = createRule({
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

// src/rules/adding-enum-value-in-transaction.ts
var adding_enum_value_in_transaction_default = createRule({
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
    const added = nodeOf(ctx.stmt.node, "AlterEnumStmt");
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
function enumLiteralUses(node, added) {
  const typed = /* @__PURE__ */ new Map();
  const typeOf = (typeName, value) => {
    const names = stringList(typeName?.names).map((n) => n.toLowerCase());
    const isArray = Array.isArray(typeName?.arrayBounds);
    const enumType = isArray ? void 0 : added.find((a) => a.value === value && sameType(a.type, names));
    return enumType ? enumType.type.join(".") : null;
  };
  const literal = (expr) => {
    const c = nodeOf(expr, "A_Const");
    return c?.sval?.sval !== void 0 ? c : void 0;
  };
  for (const cast of nodesOf(node, "TypeCast")) {
    const c = literal(cast.arg);
    if (c) typed.set(c, typeOf(cast.typeName, c.sval.sval));
  }
  for (const col of nodesOf(node, "ColumnDef")) {
    for (const k of Array.isArray(col.constraints) ? col.constraints : []) {
      const con = nodeOf(k, "Constraint");
      const c = con?.contype === "CONSTR_DEFAULT" ? literal(con.raw_expr) : void 0;
      if (c) typed.set(c, typeOf(col.typeName, c.sval.sval));
    }
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of nodesOf(node, "A_Const")) {
    const value = c.sval?.sval;
    const location = c.location;
    if (value === void 0 || typeof location !== "number") continue;
    const types = added.filter((a) => a.value === value);
    if (types.length === 0) continue;
    const type = typed.get(c);
    if (type === null) continue;
    const key = `${value}\0${type ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value, location, type, candidates: [...new Set(types.map((a) => a.type.join(".")))].join(", ") });
  }
  return out;
}
function sameType(a, b) {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[a.length - 2] === b[b.length - 2];
}
var addedCache = /* @__PURE__ */ new WeakMap();
function valuesAddedBefore(sql, stmt) {
  let added = addedCache.get(sql);
  if (!added) {
    added = [];
    for (const s of sql.statements) {
      const e = nodeOf(s.node, "AlterEnumStmt");
      if (e?.newVal !== void 0 && e.oldVal === void 0) {
        added.push({ start: s.start, value: e.newVal, type: stringList(e.typeName).map((n) => n.toLowerCase()) });
      }
    }
    addedCache.set(sql, added);
  }
  return added.filter((a) => a.start < stmt.start);
}

// src/rules/identifier-too-long.ts
var MAX_BYTES = 63;
var identifier_too_long_default = createRule({
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
function mayHoldLongIdentifier(text) {
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) !== 34 || text.charCodeAt(j + 1) === 34)) j += text.charCodeAt(j) === 34 ? 2 : 1;
      if (j - i - 1 >= 16 && Buffer.byteLength(text.slice(i + 1, j), "utf8") > MAX_BYTES) return true;
      i = j;
      run = 0;
      continue;
    }
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36 || c >= 128) {
      run++;
      continue;
    }
    if (run >= 16 && Buffer.byteLength(text.slice(i - run, i).toLowerCase(), "utf8") > MAX_BYTES) return true;
    run = 0;
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

// src/rules/ban-alter-domain-with-add-constraint.ts
var ban_alter_domain_with_add_constraint_default = createRule({
  id: "ban-alter-domain-with-add-constraint",
  description: "ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain while holding locks on them, unless the constraint is added NOT VALID.",
  severity: "warning",
  direction: "up",
  messages: {
    addConstraint: "Adding a constraint to a domain scans every table column of that domain to check existing values, locking those tables against writes for the whole scan."
  },
  help: "Add the constraint with NOT VALID (new values are checked at once), then run ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration; or constrain the columns with table CHECK constraints (NOT VALID + VALIDATE).",
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, "AlterDomainStmt");
    if (d?.subtype !== "C") return;
    const c = nodeOf(d.def, "Constraint");
    if (!c || c.skip_validation === true) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const add = findToken(tokens, "ADD");
    const kind = add ? findToken(tokens, ["CHECK", "NOT"], add.start) : void 0;
    const range = add ? { start: add.start, end: (kind ?? add).end } : statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: "addConstraint", ...range });
  }
});

// src/rules/ban-create-domain-with-constraint.ts
var ban_create_domain_with_constraint_default = createRule({
  id: "ban-create-domain-with-constraint",
  description: "A domain with a CHECK constraint cannot be changed online later: altering the constraint re-checks every column of the domain in every table under lock.",
  severity: "info",
  direction: "up",
  messages: {
    check: "This domain carries a CHECK constraint: changing it later means ALTER DOMAIN, which re-checks every column that uses the domain in every table while locking them, with no concurrent alternative."
  },
  help: "Declare the domain without CHECK and put CHECK constraints on the table columns, where NOT VALID + VALIDATE CONSTRAINT can change them without blocking.",
  check(ctx) {
    const d = nodeOf(ctx.stmt.node, "CreateDomainStmt");
    if (!d) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    for (const raw of d.constraints ?? []) {
      const c = nodeOf(raw, "Constraint");
      if (c?.contype !== "CONSTR_CHECK") continue;
      const loc = c.location ?? 0;
      const check = findToken(tokens, "CHECK", loc);
      ctx.report({ messageId: "check", ...check ? { start: loc || check.start, end: check.end } : statementRange(ctx.facts.sql, ctx.stmt) });
    }
  }
});

// src/rules/prefer-robust-stmts.ts
var prefer_robust_stmts_default = createRule({
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
    const index = nodeOf(ctx.stmt.node, "IndexStmt");
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
function fragileRange(stmt, tokens) {
  const create = nodeOf(stmt.node, "CreateStmt");
  if (create && create.if_not_exists !== true) return span(tokens, "CREATE", "TABLE");
  const index = nodeOf(stmt.node, "IndexStmt");
  if (index && index.if_not_exists !== true && typeof index.idxname === "string") return span(tokens, "CREATE", "INDEX");
  const drop = nodeOf(stmt.node, "DropStmt");
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
    const d = nodeOf(s.node, "DropStmt");
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

// src/rules/vacuum-full.ts
var vacuum_full_default = createRule({
  id: "vacuum-full",
  description: "VACUUM FULL rewrites the table into a new file while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.",
  severity: "warning",
  direction: "up",
  messages: {
    full: "VACUUM FULL rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy."
  },
  help: "Leave space reclamation to autovacuum, or use pg_repack / pg_squeeze, which rebuild the table online; never run VACUUM FULL from a deploy.",
  check(ctx) {
    const v = nodeOf(ctx.stmt.node, "VacuumStmt");
    if (!v || v.is_vacuumcmd !== true) return;
    const on = optionOn(v.options, "full");
    if (!on) return;
    const full = { location: on.location ?? ctx.stmt.start };
    const tables = (v.rels ?? []).map((r) => rangeVarName(nodeOf(r, "VacuumRelation")?.relation));
    if (tables.length > 0 && tables.every((t) => t && isCreatedIn(ctx.createdTables, t))) return;
    const names = tables.filter((t) => t !== void 0).map((t) => t.schema ? `${t.schema}.${t.name}` : t.name);
    ctx.report({ messageId: "full", data: { table: names.length ? names.join(", ") : "every table of the database" }, start: full.location, end: full.location + 4 });
  }
});

// src/rules/cluster.ts
var cluster_default = createRule({
  id: "cluster",
  description: "CLUSTER rewrites the table in index order while holding an ACCESS EXCLUSIVE lock: the table is unreadable and unwritable for the whole rewrite.",
  severity: "warning",
  direction: "up",
  messages: {
    cluster: "CLUSTER rewrites {{table}} while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole rewrite, and it needs free disk space for a full copy."
  },
  help: "Use pg_repack (with --order-by) to reorder the table online, or schedule CLUSTER in a maintenance window outside the migration.",
  check(ctx) {
    const c = nodeOf(ctx.stmt.node, "ClusterStmt");
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

// src/rules/lock-table.ts
var MODES = { 7: "EXCLUSIVE", 8: "ACCESS EXCLUSIVE" };
var lock_table_default = createRule({
  id: "lock-table",
  description: "An explicit LOCK TABLE in EXCLUSIVE or ACCESS EXCLUSIVE mode blocks other sessions on that table until the migration's transaction ends.",
  severity: "warning",
  direction: "up",
  messages: {
    lock: "LOCK TABLE in {{mode}} mode blocks {{blocked}} on {{table}} for the rest of the migration, not just for one statement, and queues every query behind it while it waits for the lock."
  },
  help: "Take no explicit lock: each statement takes the lock it needs for as short as possible. If you really need one, take the weakest mode that works (e.g. SHARE ROW EXCLUSIVE) and set lock_timeout first.",
  check(ctx) {
    const l = nodeOf(ctx.stmt.node, "LockStmt");
    if (!l || !MODES[l.mode ?? 8]) return;
    const tables = (l.relations ?? []).map((r) => rangeVarName(nodeOf(r, "RangeVar")));
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

// src/rules/disable-trigger.ts
var disable_trigger_default = createRule({
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

// src/rules/rls-without-policy.ts
var rls_without_policy_default = createRule({
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
      const p = rangeVarName(nodeOf(s.node, "CreatePolicyStmt")?.table);
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

// src/rules/unbatched-backfill.ts
var unbatched_backfill_default = createRule({
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
    const body = nodeOf(ctx.stmt.node, "UpdateStmt") ?? nodeOf(ctx.stmt.node, "DeleteStmt");
    if (!body || body.whereClause === void 0) return;
    const table = rangeVarName(body.relation);
    if (!table || isCreatedIn(ctx.createdTables, table)) return;
    if (!isUnselective(body.whereClause)) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const name2 = nameRange(tokens, table.location);
    const whole = statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({
      messageId: "backfill",
      data: { verb: ctx.stmt.kind === "UpdateStmt" ? "UPDATE" : "DELETE", table: table.schema ? `${table.schema}.${table.name}` : table.name },
      start: whole.start,
      end: name2?.end ?? whole.end
    });
  }
});
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

// src/sql/schema-model.ts
var list2 = (v) => Array.isArray(v) ? v : [];
var SchemaModel = class _SchemaModel {
  tables = [];
  /** A model of `events`, in order. */
  static of(...eventLists) {
    const m = new _SchemaModel();
    for (const events of eventLists) for (const e of events) m.apply(e);
    return m;
  }
  /** Applies one event. Events on a table the model does not know create an entry for it (it exists, we learn). */
  apply(e) {
    if (e.op === "create-table") {
      this.drop(e.table);
      this.tables.push({ ref: e.table, columns: new Set(e.columns), notNull: new Set(e.notNull), constraints: /* @__PURE__ */ new Map() });
      return;
    }
    if (e.op === "drop-table") return this.drop(e.table);
    const t = this.find(e.table) ?? this.add(e.table);
    switch (e.op) {
      case "rename-table":
        t.ref = { ...t.ref, name: e.to };
        break;
      case "add-column":
        t.columns.add(e.column);
        if (e.notNull) t.notNull.add(e.column);
        break;
      case "drop-column":
        t.columns.delete(e.column);
        t.notNull.delete(e.column);
        for (const [name2, c] of t.constraints) if (c.notNull.includes(e.column)) t.constraints.delete(name2);
        break;
      case "rename-column":
        renameIn(t.columns, e.column, e.to);
        renameIn(t.notNull, e.column, e.to);
        for (const c of t.constraints.values()) c.notNull = c.notNull.map((x) => x === e.column ? e.to : x);
        break;
      case "set-not-null":
        t.notNull.add(e.column);
        break;
      case "drop-not-null":
        t.notNull.delete(e.column);
        break;
      case "add-constraint":
        t.constraints.set(e.name, { kind: e.kind, valid: e.valid, notNull: [...e.notNull] });
        break;
      case "validate-constraint": {
        const c = t.constraints.get(e.name);
        if (c) c.valid = true;
        break;
      }
      case "drop-constraint":
        t.constraints.delete(e.name);
        break;
    }
  }
  /** Whether `condition` holds in the model. */
  holds(condition) {
    const t = this.find(condition.table);
    if (!t) return false;
    if (t.notNull.has(condition.column)) return true;
    for (const c of t.constraints.values()) if (c.kind === "CONSTR_CHECK" && c.valid && c.notNull.includes(condition.column)) return true;
    return false;
  }
  /** Whether the model knows the table (created or changed by an earlier migration). */
  hasTable(table) {
    return this.find(table) !== void 0;
  }
  find(table) {
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const t = this.tables[i];
      if (t.ref.name === table.name && (t.ref.schema === void 0 || table.schema === void 0 || t.ref.schema === table.schema)) return t;
    }
    return void 0;
  }
  add(table) {
    const t = { ref: table, columns: /* @__PURE__ */ new Set(), notNull: /* @__PURE__ */ new Set(), constraints: /* @__PURE__ */ new Map() };
    this.tables.push(t);
    return t;
  }
  drop(table) {
    for (let t = this.find(table); t; t = this.find(table)) this.tables.splice(this.tables.indexOf(t), 1);
  }
};
function renameIn(set, from, to) {
  if (set.delete(from)) set.add(to);
}
function ref(q) {
  return q.schema ? { schema: q.schema, name: q.name } : { name: q.name };
}
function checkImpliesNotNull(expr) {
  const out = [];
  const visit = (node) => {
    const b = nodeOf(node, "BoolExpr");
    if (b) {
      if (b.boolop === "AND_EXPR") for (const a of b.args ?? []) visit(a);
      return;
    }
    const t = nodeOf(node, "NullTest");
    if (t?.nulltesttype !== "IS_NOT_NULL") return;
    const refNode = nodeOf(t.arg, "ColumnRef");
    const name2 = nodeOf(refNode?.fields?.[refNode.fields.length - 1], "String")?.sval;
    if (name2 && refNode?.fields?.length === 1) out.push(name2);
  };
  visit(expr);
  return out;
}
function checkName(table, expr) {
  let first;
  walk(expr, (v) => {
    if (first || v.kind !== "ColumnRef") return;
    const fields = list2(v.body.fields);
    first = nodeOf(fields[fields.length - 1], "String")?.sval;
  });
  return (first ? `${table}_${first}_check` : `${table}_check`).slice(0, 63);
}
function constraintEvent(table, c, valid) {
  const kind = String(c.contype ?? "");
  const name2 = typeof c.conname === "string" ? c.conname : kind === "CONSTR_CHECK" ? checkName(table.name, c.raw_expr) : "";
  return { op: "add-constraint", table, name: name2, kind, valid, notNull: kind === "CONSTR_CHECK" ? checkImpliesNotNull(c.raw_expr) : [] };
}
function modelEvents(stmt) {
  switch (stmt.kind) {
    case "CreateStmt":
      return createEvents(nodeOf(stmt.node, "CreateStmt"));
    case "AlterTableStmt":
      return alterEvents(stmt);
    case "DropStmt": {
      const drop = nodeOf(stmt.node, "DropStmt");
      if (drop?.removeType !== "OBJECT_TABLE") return [];
      return list2(drop.objects).flatMap((o) => {
        const parts = stringList(nodeOf(o, "List")?.items);
        const name2 = parts[parts.length - 1];
        return name2 ? [{ op: "drop-table", table: parts.length > 1 ? { schema: parts[parts.length - 2], name: name2 } : { name: name2 } }] : [];
      });
    }
    case "RenameStmt": {
      const r = nodeOf(stmt.node, "RenameStmt");
      const q = rangeVarName(r.relation);
      if (!q || typeof r.newname !== "string") return [];
      if (r.renameType === "OBJECT_TABLE") return [{ op: "rename-table", table: ref(q), to: r.newname }];
      if (r.renameType === "OBJECT_COLUMN" && typeof r.subname === "string") return [{ op: "rename-column", table: ref(q), column: r.subname, to: r.newname }];
      if (r.renameType === "OBJECT_TABCONSTRAINT" && typeof r.subname === "string") {
        return [{ op: "drop-constraint", table: ref(q), name: r.subname }];
      }
      return [];
    }
    default:
      return [];
  }
}
function createEvents(c) {
  const q = rangeVarName(c.relation);
  if (!q || c.relation?.relpersistence === "t") return [];
  const table = ref(q);
  const columns = [];
  const notNull = [];
  const constraints = [];
  for (const e of list2(c.tableElts)) {
    const def = nodeOf(e, "ColumnDef");
    if (def?.colname) {
      columns.push(def.colname);
      for (const k of list2(def.constraints)) {
        const con2 = nodeOf(k, "Constraint");
        if (con2?.contype === "CONSTR_NOTNULL" || con2?.contype === "CONSTR_PRIMARY") notNull.push(def.colname);
        else if (con2?.contype === "CONSTR_CHECK") constraints.push(constraintEvent(table, con2, true));
      }
      continue;
    }
    const con = nodeOf(e, "Constraint");
    if (!con) continue;
    if (con.contype === "CONSTR_PRIMARY") notNull.push(...stringList(con.keys));
    constraints.push(constraintEvent(table, con, true));
  }
  return [{ op: "create-table", table, columns, notNull }, ...constraints];
}
function alterEvents(stmt) {
  const alter = alterTableCommands(stmt.node);
  if (!alter?.table) return [];
  const table = ref(alter.table);
  const out = [];
  for (const cmd of alter.cmds) {
    const name2 = typeof cmd.name === "string" ? cmd.name : void 0;
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const def = nodeOf(cmd.def, "ColumnDef");
        if (!def?.colname) break;
        const cons = list2(def.constraints).map((k) => nodeOf(k, "Constraint")).filter((k) => k !== void 0);
        out.push({ op: "add-column", table, column: def.colname, notNull: cons.some((k) => k.contype === "CONSTR_NOTNULL" || k.contype === "CONSTR_PRIMARY") });
        for (const k of cons) if (k.contype === "CONSTR_CHECK") out.push(constraintEvent(table, k, k.skip_validation !== true));
        break;
      }
      case "AT_DropColumn":
        if (name2) out.push({ op: "drop-column", table, column: name2 });
        break;
      case "AT_SetNotNull":
        if (name2) out.push({ op: "set-not-null", table, column: name2 });
        break;
      case "AT_DropNotNull":
        if (name2) out.push({ op: "drop-not-null", table, column: name2 });
        break;
      case "AT_AddConstraint": {
        const c = nodeOf(cmd.def, "Constraint");
        if (c) out.push(constraintEvent(table, c, c.skip_validation !== true));
        break;
      }
      case "AT_ValidateConstraint":
        if (name2) out.push({ op: "validate-constraint", table, name: name2 });
        break;
      case "AT_DropConstraint":
        if (name2) out.push({ op: "drop-constraint", table, name: name2 });
        break;
      default:
        break;
    }
  }
  return out;
}

// src/rules/set-not-null-on-existing.ts
var set_not_null_on_existing_default = createRule({
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
    const ref2 = alter.table.schema ? { schema: alter.table.schema, name: alter.table.name } : { name: alter.table.name };
    const local = SchemaModel.of(...statementsBefore(ctx.facts.sql, ctx.stmt).map(modelEvents));
    let from = 0;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== "AT_SetNotNull") continue;
      const column = String(cmd.name ?? "");
      const range = keywordRange(tokens, ["SET", "NOT", "NULL"], from) ?? statementRange(ctx.facts.sql, ctx.stmt);
      from = range.end;
      if (ctx.facts.pgVersion < 12) {
        ctx.report({ messageId: "scanBefore12", data: { column, table }, ...range });
        continue;
      }
      const proof = { op: "not-null-proven", table: ref2, column };
      if (local.holds(proof)) continue;
      ctx.report({ messageId: "scan", data: { column, table }, ...range, unless: proof });
    }
  }
});

// src/rules/create-table-without-primary-key.ts
var create_table_without_primary_key_default = createRule({
  id: "create-table-without-primary-key",
  description: "A table without a primary key cannot replicate UPDATE and DELETE through logical replication, cannot be repacked online, and lets duplicate rows in.",
  severity: "info",
  direction: "up",
  messages: {
    noPrimaryKey: "Table {{table}} has no primary key: logical replication (and tools built on it, such as blue-green upgrades and CDC) rejects its UPDATEs and DELETEs, pg_repack cannot rebuild it online, and nothing stops duplicate rows."
  },
  help: "Give the table a primary key (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, or a natural key), in CREATE TABLE or in an ALTER TABLE ... ADD PRIMARY KEY in the same migration.",
  check(ctx) {
    const c = nodeOf(ctx.stmt.node, "CreateStmt");
    if (!c) return;
    const rel = c.relation;
    if (rel?.relpersistence === "t" || c.partbound || c.ofTypename || Array.isArray(c.inhRelations) && c.inhRelations.length) return;
    const elts = Array.isArray(c.tableElts) ? c.tableElts : [];
    if (elts.some((e) => nodeOf(e, "TableLikeClause"))) return;
    if (elts.some((e) => nodeOf(e, "Constraint")?.contype === "CONSTR_PRIMARY")) return;
    if (elts.some((e) => {
      const d = nodeOf(e, "ColumnDef");
      return d ? columnConstraints(d).some((k) => k.contype === "CONSTR_PRIMARY") : false;
    })) return;
    const table = rangeVarName(rel);
    if (!table) return;
    const addedLater = statementsAfter(ctx.facts.sql, ctx.stmt).some((s) => {
      const alter = alterTableCommands(s.node);
      return alter?.table?.name.toLowerCase() === table.name.toLowerCase() && alter.cmds.some((cmd) => cmd.subtype === "AT_AddConstraint" && nodeOf(cmd.def, "Constraint")?.contype === "CONSTR_PRIMARY");
    });
    if (addedLater) return;
    const range = nameRange(codeTokens(ctx.facts.sql, ctx.stmt), table.location) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: "noPrimaryKey", data: { table: table.schema ? `${table.schema}.${table.name}` : table.name }, ...range });
  }
});

// src/rules/refresh-materialized-view-not-concurrent.ts
var refresh_materialized_view_not_concurrent_default = createRule({
  id: "refresh-materialized-view-not-concurrent",
  description: "REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view for the whole refresh: every query that reads it waits.",
  severity: "warning",
  direction: "up",
  messages: {
    notConcurrent: "REFRESH MATERIALIZED VIEW {{view}} without CONCURRENTLY locks the view in ACCESS EXCLUSIVE mode while its query reruns: every read of the view waits until the refresh finishes."
  },
  help: "Write REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index on plain columns), or refresh outside the deploy.",
  check(ctx) {
    const r = nodeOf(ctx.stmt.node, "RefreshMatViewStmt");
    if (!r || r.concurrent === true || r.skipData === true) return;
    const view = rangeVarName(r.relation);
    if (!view) return;
    const createdHere2 = statementsBefore(ctx.facts.sql, ctx.stmt).some((s) => {
      const c = nodeOf(s.node, "CreateTableAsStmt");
      return c?.objtype === "OBJECT_MATVIEW" && rangeVarName(c.into?.rel)?.name.toLowerCase() === view.name.toLowerCase();
    });
    if (createdHere2) return;
    const range = keywordRange(codeTokens(ctx.facts.sql, ctx.stmt), ["REFRESH", "MATERIALIZED", "VIEW"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: "notConcurrent", data: { view: view.schema ? `${view.schema}.${view.name}` : view.name }, ...range });
  }
});

// src/rules/ban-duplicate-column-assignments.ts
var list3 = (v) => Array.isArray(v) ? v : [];
var target = (item) => nodeOf(item, "ResTarget");
var ban_duplicate_column_assignments_default = createRule({
  id: "ban-duplicate-column-assignments",
  description: "An UPDATE, ON CONFLICT DO UPDATE or MERGE that assigns the same column twice, an INSERT that lists a column twice, or a table, view or SELECT INTO that defines a column name twice, is rejected by PostgreSQL when the migration runs.",
  severity: "error",
  direction: "both",
  messages: {
    update: 'Column {{column}} is assigned twice in this {{what}}: PostgreSQL fails with "multiple assignments to same column" and the migration stops.',
    insert: 'Column {{column}} is listed twice in this {{what}}: PostgreSQL fails with "column specified more than once" and the migration stops.',
    define: 'Column {{column}} is defined twice in this {{what}}: PostgreSQL fails with "column specified more than once" and the migration stops.'
  },
  help: "Assign each column once (combine the expressions, e.g. with CASE), list each INSERT column once, and give every column of a table, view or SELECT INTO its own name (`AS name`).",
  check(ctx) {
    const node = ctx.stmt.node;
    for (const u of nodesOf(node, "UpdateStmt")) assignments(ctx, u.targetList, "update", "UPDATE");
    for (const i of nodesOf(node, "InsertStmt")) {
      assignments(ctx, i.cols, "insert", "INSERT");
      assignments(ctx, nodeOf(i.onConflictClause, "OnConflictClause")?.targetList ?? i.onConflictClause?.targetList, "update", "ON CONFLICT DO UPDATE");
    }
    for (const w of nodesOf(node, "MergeWhenClause")) {
      if (w.commandType === "CMD_UPDATE") assignments(ctx, w.targetList, "update", "MERGE ... UPDATE");
      else if (w.commandType === "CMD_INSERT") assignments(ctx, w.targetList, "insert", "MERGE ... INSERT");
    }
    definitions(ctx);
  }
});
function assignments(ctx, items, messageId, what) {
  const whole = /* @__PURE__ */ new Set();
  const partial = /* @__PURE__ */ new Set();
  for (const item of list3(items)) {
    const t = target(item);
    if (!t?.name) continue;
    const isPart = list3(t.indirection).length > 0;
    const clash = isPart ? whole.has(t.name) : whole.has(t.name) || partial.has(t.name);
    (isPart ? partial : whole).add(t.name);
    if (!clash) continue;
    const start = t.location ?? ctx.stmt.start;
    const token = codeTokens(ctx.facts.sql, ctx.stmt).find((k) => k.start === start);
    ctx.report({ messageId, data: { column: t.name, what }, start, end: token?.end ?? start + 1 });
  }
}
function definitions(ctx) {
  const n = ctx.stmt.node;
  const create = n.CreateStmt ?? n.CreateForeignTableStmt?.base;
  if (create) {
    const cols = list3(create.tableElts).map((e) => nodeOf(e, "ColumnDef")).filter((c) => c !== void 0);
    unique(ctx, cols.map((c) => ({ name: c.colname, location: c.location })), n.CreateStmt ? "CREATE TABLE" : "CREATE FOREIGN TABLE");
    return;
  }
  if (n.ViewStmt) {
    unique(ctx, derivedColumns(stringList(n.ViewStmt.aliases), n.ViewStmt.query), "CREATE VIEW");
  } else if (n.CreateTableAsStmt) {
    const into = nodeOf(n.CreateTableAsStmt.into, "IntoClause") ?? n.CreateTableAsStmt.into;
    const what = n.CreateTableAsStmt.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS";
    unique(ctx, derivedColumns(stringList(into?.colNames), n.CreateTableAsStmt.query), what);
  } else if (n.SelectStmt?.intoClause) {
    unique(ctx, derivedColumns([], ctx.stmt.node), "SELECT INTO");
  }
}
function unique(ctx, columns, what) {
  if (columns.some((c) => c.name === void 0)) return;
  const seen = /* @__PURE__ */ new Set();
  const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
  let from = 0;
  for (const c of columns) {
    const name2 = c.name;
    if (!seen.has(name2)) {
      seen.add(name2);
      continue;
    }
    const at = c.location !== void 0 ? tokens.find((t) => t.start === c.location) : tokens.filter((t) => identText(t) === name2).find((t, i) => i > 0 && t.start >= from);
    if (at) from = at.end;
    const start = at?.start ?? ctx.stmt.start;
    ctx.report({ messageId: "define", data: { column: name2, what }, start, end: at?.end ?? start + 1 });
  }
}
function derivedColumns(aliases, query) {
  let select = nodeOf(query, "SelectStmt");
  while (select && select.op !== void 0 && select.op !== "SETOP_NONE") select = nodeOf(select.larg, "SelectStmt") ?? select.larg;
  if (!select) return [{ name: void 0 }];
  if (Array.isArray(select.valuesLists)) return [{ name: void 0 }];
  const targets2 = list3(select.targetList).map(target);
  return targets2.map((t, i) => {
    if (i < aliases.length) return { name: aliases[i], location: void 0 };
    return { name: t?.name ?? figureColname(t?.val), location: t?.location };
  });
}
function figureColname(val) {
  const ref2 = nodeOf(val, "ColumnRef");
  if (ref2) {
    const last = ref2.fields?.[ref2.fields.length - 1];
    return nodeOf(last, "String")?.sval;
  }
  const fn = nodeOf(val, "FuncCall");
  if (fn) return stringList(fn.funcname).at(-1);
  const cast = nodeOf(val, "TypeCast");
  if (cast) {
    const inner = figureColname(cast.arg);
    return inner !== void 0 && inner !== "?column?" ? inner : inner === "?column?" ? stringList(cast.typeName?.names).at(-1) : void 0;
  }
  if (nodeOf(val, "A_Const")) return "?column?";
  const expr = nodeOf(val, "A_Expr");
  if (expr) return expr.kind === "AEXPR_NULLIF" ? "nullif" : "?column?";
  if (nodeOf(val, "CaseExpr")) return "case";
  if (nodeOf(val, "CoalesceExpr")) return "coalesce";
  if (nodeOf(val, "RowExpr")) return "row";
  if (nodeOf(val, "A_ArrayExpr")) return "array";
  return void 0;
}

// src/rules/require-enum-value-ordering.ts
var require_enum_value_ordering_default = createRule({
  id: "require-enum-value-ordering",
  description: "ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value at the end of the enum, which decides how it sorts and compares.",
  severity: "info",
  direction: "up",
  messages: {
    unordered: "ADD VALUE '{{value}}' without BEFORE or AFTER puts it after every existing value: ORDER BY, <, > and min()/max() on the column use that position, and enum values can never be reordered or removed afterwards."
  },
  help: "Say where the value belongs: ALTER TYPE ... ADD VALUE 'new' BEFORE 'existing' (or AFTER); if the end is right, accept it with an ignore comment.",
  check(ctx) {
    const e = nodeOf(ctx.stmt.node, "AlterEnumStmt");
    if (e?.newVal === void 0 || e.oldVal !== void 0 || e.newValNeighbor !== void 0) return;
    const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
    const range = keywordRange(tokens, ["ADD", "VALUE"]) ?? statementRange(ctx.facts.sql, ctx.stmt);
    ctx.report({ messageId: "unordered", data: { value: e.newVal }, ...range });
  }
});

// src/rules/ban-drop-not-null.ts
var ban_drop_not_null_default = createRule({
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

// src/rules/require-statement-timeout.ts
var SERIAL3 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
function longUnderLock(stmt) {
  const n = stmt.node;
  const rv = (v) => rangeVarName(rangeVarOf(v));
  const alter = alterTableCommands(stmt.node);
  if (alter) {
    const slow = alter.cmds.some((cmd) => {
      switch (cmd.subtype) {
        case "AT_AlterColumnType":
        case "AT_SetNotNull":
          return true;
        case "AT_AddConstraint": {
          const c = nodeOf(cmd.def, "Constraint");
          if (!c) return false;
          if (c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY") return !c.indexname;
          if (c.contype === "CONSTR_EXCLUSION") return true;
          return (c.contype === "CONSTR_CHECK" || c.contype === "CONSTR_FOREIGN") && c.skip_validation !== true;
        }
        case "AT_AddColumn": {
          const def = nodeOf(cmd.def, "ColumnDef");
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
      const full = (Array.isArray(b.options) ? b.options : []).some((o) => nodeOf(o, "DefElem")?.defname === "full");
      const first = Array.isArray(b.rels) ? nodeOf(b.rels[0], "VacuumRelation")?.relation : void 0;
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
var require_statement_timeout_default = createRule({
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

// src/rules/grant-to-public.ts
var WRITE = /* @__PURE__ */ new Set(["insert", "update", "delete", "truncate", "references", "trigger", "maintain"]);
var grant_to_public_default = createRule({
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
    const g = nodeOf(ctx.stmt.node, "GrantStmt");
    if (!g?.is_grant || g.objtype !== "OBJECT_TABLE" && g.objtype !== "OBJECT_SEQUENCE") return;
    const publicRole = (g.grantees ?? []).map((r) => nodeOf(r, "RoleSpec")).find((r) => r?.roletype === "ROLESPEC_PUBLIC");
    if (!publicRole) return;
    const privileges = (g.privileges ?? []).map((p) => String(nodeOf(p, "AccessPriv")?.priv_name ?? "all"));
    const all = privileges.length === 0;
    const writes = g.objtype === "OBJECT_TABLE" && (all || privileges.some((p) => p === "all" || WRITE.has(p)));
    const objects = g.targtype === "ACL_TARGET_ALL_IN_SCHEMA" ? `every ${g.objtype === "OBJECT_TABLE" ? "table" : "sequence"} of the schema` : (g.objects ?? []).map((o) => {
      const rv = nodeOf(o, "RangeVar");
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

// src/rules/foreign-key-without-index.ts
var foreign_key_without_index_default = createRule({
  id: "foreign-key-without-index",
  description: "A new table whose foreign key columns get no index in the same migration makes every DELETE or key UPDATE on the referenced table scan it.",
  severity: "info",
  direction: "up",
  messages: {
    noIndex: "This migration creates no index that starts with the foreign key column(s) {{columns}} of {{table}}: until one exists, every DELETE (or key UPDATE) on {{target}} scans {{table}} for referencing rows while holding its locks, slower and longer as the table fills."
  },
  help: "Create an index whose leading columns are the foreign key columns in the same migration as the table (CREATE INDEX ... ON table (fk_column)); if a later migration already adds it, silence this with an ignore comment.",
  check(ctx) {
    const create = nodeOf(ctx.stmt.node, "CreateStmt");
    if (!create) return;
    const table = rangeVarName(create.relation);
    if (!table || create.relation?.relpersistence === "t") return;
    const elts = Array.isArray(create.tableElts) ? create.tableElts : [];
    const fks = [];
    for (const e of elts) {
      const def = nodeOf(e, "ColumnDef");
      if (def) {
        for (const c2 of columnConstraints(def)) {
          if (c2.contype === "CONSTR_FOREIGN") fks.push({ columns: [String(def.colname)], constraint: c2 });
        }
      }
      const c = nodeOf(e, "Constraint");
      if (c?.contype === "CONSTR_FOREIGN") fks.push({ columns: stringList(c.fk_attrs), constraint: c });
    }
    if (fks.length === 0) return;
    const indexes = indexedColumnLists(ctx.facts.sql, table, elts);
    for (const fk of fks) {
      if (fk.columns.length === 0 || indexes.some((idx) => covers(idx, fk.columns))) continue;
      const tokens = codeTokens(ctx.facts.sql, ctx.stmt);
      const loc = typeof fk.constraint.location === "number" ? fk.constraint.location : ctx.stmt.start;
      const keyword = findToken(tokens, ["REFERENCES", "KEY"], loc);
      const target2 = rangeVarName(fk.constraint.pktable);
      ctx.report({
        messageId: "noIndex",
        data: {
          columns: fk.columns.join(", "),
          table: name(table),
          target: target2 ? name(target2) : "the referenced table"
        },
        ...keyword ? { start: loc, end: keyword.end } : statementRange(ctx.facts.sql, ctx.stmt)
      });
    }
  }
});
function name(q) {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}
function covers(index, fk) {
  if (index.columns.length < fk.length) return false;
  const lead = new Set(index.columns.slice(0, fk.length));
  return fk.every((c) => lead.has(c)) && index.notNullOn.every((c) => fk.includes(c));
}
function notNullColumns(where) {
  const test = nodeOf(where, "NullTest");
  if (test) {
    const ref2 = nodeOf(test.arg, "ColumnRef");
    const column = ref2 ? stringList(ref2.fields).at(-1) : void 0;
    return test.nulltesttype === "IS_NOT_NULL" && column ? [column] : void 0;
  }
  const and = nodeOf(where, "BoolExpr");
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
  const sameTable4 = (q) => q !== void 0 && q.name.toLowerCase() === table.name.toLowerCase() && (!q.schema || !table.schema || q.schema.toLowerCase() === table.schema.toLowerCase());
  const keyed = (c) => c && (c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_UNIQUE");
  for (const e of elts) {
    const def = nodeOf(e, "ColumnDef");
    if (def && columnConstraints(def).some(keyed)) out.push({ columns: [String(def.colname)], notNullOn: [] });
    const c = nodeOf(e, "Constraint");
    if (keyed(c)) out.push({ columns: stringList(c.keys), notNullOn: [] });
  }
  for (const s of sql.statements) {
    const idx = nodeOf(s.node, "IndexStmt");
    const notNullOn = idx?.whereClause === void 0 ? [] : notNullColumns(idx.whereClause);
    if (idx && notNullOn && sameTable4(rangeVarName(idx.relation)) && (idx.accessMethod ?? "btree") === "btree") {
      const cols = [];
      for (const p of Array.isArray(idx.indexParams) ? idx.indexParams : []) {
        const elem = nodeOf(p, "IndexElem");
        if (!elem?.name) break;
        cols.push(elem.name);
      }
      if (cols.length) out.push({ columns: cols, notNullOn });
    }
    const alter = alterTableCommands(s.node);
    if (alter && sameTable4(alter.table)) {
      for (const cmd of alter.cmds) {
        const c = cmd.subtype === "AT_AddConstraint" ? nodeOf(cmd.def, "Constraint") : void 0;
        if (keyed(c) && Array.isArray(c.keys)) out.push({ columns: stringList(c.keys), notNullOn: [] });
      }
    }
  }
  return out;
}

// src/rules/unsupported-syntax.ts
var FEATURES = {
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
  temporal: { name: "WITHOUT OVERLAPS / PERIOD (temporal keys)", since: 18 },
  subqueryWithoutAlias: { name: "a subquery in FROM without an alias", since: 16 },
  namedNotNull: { name: "a NOT NULL table constraint (CONSTRAINT name NOT NULL column)", since: 18 }
};
var FUNCTIONS = {
  // Before 13, gen_random_uuid() came only with the pgcrypto extension.
  gen_random_uuid: 13,
  trim_scale: 13,
  min_scale: 13,
  pg_current_xact_id: 13,
  bit_count: 14,
  string_to_table: 14,
  trim_array: 14,
  date_bin: 14,
  unistr: 14,
  range_agg: 14,
  regexp_count: 15,
  regexp_instr: 15,
  regexp_like: 15,
  regexp_substr: 15,
  any_value: 16,
  random_normal: 16,
  array_sample: 16,
  array_shuffle: 16,
  date_add: 16,
  date_subtract: 16,
  pg_input_is_valid: 16,
  pg_input_error_info: 16,
  to_bin: 17,
  to_oct: 17,
  uuid_extract_timestamp: 17,
  uuid_extract_version: 17,
  uuidv7: 18,
  uuidv4: 18,
  casefold: 18,
  array_sort: 18,
  array_reverse: 18,
  crc32: 18,
  crc32c: 18,
  gamma: 18,
  lgamma: 18
};
var TYPES = {
  xid8: 13,
  int4multirange: 14,
  int8multirange: 14,
  nummultirange: 14,
  tsmultirange: 14,
  tstzmultirange: 14,
  datemultirange: 14
};
var NEWEST = Math.max(...Object.values(FEATURES).map((f) => f.since), ...Object.values(FUNCTIONS), ...Object.values(TYPES));
var Scan = class {
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
    this.addFeature(id, FEATURES[id], where);
  }
  /** Reports a feature known by its own key (a function or type of FUNCTIONS / TYPES). */
  addFeature(id, f, where) {
    if (f.since <= this.version) return;
    const range = where() ?? { start: this.stmt.start, end: this.tokens[1]?.end ?? this.stmt.end };
    const key = `${id}:${range.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.report({ messageId: "unsupported", data: { feature: f.name, since: f.since, version: this.version }, start: range.start, end: range.end });
  }
  /**
   * The first run of `words` at or after `from` (a node's location), or, for a node without one, the run after the
   * one this feature found last: nodes of one kind are visited in the order they are written.
   */
  next(id, words, from) {
    if (from !== void 0 && from >= 0) return keywordRange(this.tokens, words, from);
    const key = `${id} ${words.join(" ")}`;
    const range = keywordRange(this.tokens, words, this.cursor.get(key) ?? this.stmt.start);
    if (range) this.cursor.set(key, range.end);
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
var list4 = (v) => Array.isArray(v) ? v : [];
var bodyOf2 = (v, kind) => {
  const b = v && typeof v === "object" ? v[kind] : void 0;
  return b && typeof b === "object" ? b : void 0;
};
var DETECTORS = new Map(Object.entries({
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
    if (list4(b.indexIncludingParams).length > 0) s.add("include", () => s.next("include", ["INCLUDE"]));
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
    newType(b.typeName, s);
    if (typeof b.compression === "string") s.add("compression", () => s.next("compression", ["COMPRESSION"], b.location));
  },
  Constraint(b, s) {
    const at = b.location;
    switch (b.contype) {
      case "CONSTR_GENERATED":
        if (!s.supported("generated")) s.add("generated", () => s.next("generated", ["GENERATED", "ALWAYS", "AS"], at));
        else if (b.generated_kind === "v") s.add("virtualGenerated", () => s.next("virtualGenerated", ["GENERATED", "ALWAYS", "AS"], at));
        break;
      case "CONSTR_ATTR_ENFORCED":
      case "CONSTR_ATTR_NOT_ENFORCED":
        s.add("enforced", () => s.at(at));
        break;
      case "CONSTR_NOTNULL":
        if (list4(b.keys).length > 0) s.add("namedNotNull", () => s.next("namedNotNull", ["NOT", "NULL"], at));
        break;
      case "CONSTR_CHECK":
      case "CONSTR_FOREIGN":
        if (b.is_enforced !== true) s.add("enforced", () => s.next("enforced", ["NOT", "ENFORCED"], at));
        break;
      default:
        break;
    }
    if (list4(b.including).length > 0) s.add("include", () => s.next("include", ["INCLUDE"], at));
    if (b.nulls_not_distinct === true) s.add("nullsNotDistinct", () => s.next("nullsNotDistinct", ["NULLS", "NOT", "DISTINCT"], at));
    if (b.without_overlaps === true) s.add("temporal", () => s.next("temporal", ["WITHOUT", "OVERLAPS"], at));
    if (b.fk_with_period === true || b.pk_with_period === true) s.add("temporal", () => s.next("temporal", ["PERIOD"], at));
  },
  AlterTableStmt(b, s) {
    for (const c of list4(b.cmds)) {
      const cmd = bodyOf2(c, "AlterTableCmd");
      const part = bodyOf2(cmd?.def, "PartitionCmd");
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
          if (bodyOf2(cmd.def, "ATAlterConstraint")?.alterEnforceability === true) s.add("enforced", () => s.next("enforced", ["ENFORCED"]));
          break;
        default:
          break;
      }
    }
  },
  ReindexStmt(b, s) {
    for (const p of list4(b.params)) {
      const d = bodyOf2(p, "DefElem");
      if (d?.defname === "concurrently") s.add("reindexConcurrently", () => s.at(d.location));
      if (d?.defname === "tablespace") s.add("reindexTablespace", () => s.at(d.location));
    }
  },
  CommonTableExpr(b, s) {
    const at = b.location;
    if (b.ctematerialized === "CTEMaterializeAlways") s.add("cteMaterialized", () => s.next("cteMaterialized", ["MATERIALIZED"], at));
    if (b.ctematerialized === "CTEMaterializeNever") s.add("cteMaterialized", () => s.next("cteMaterialized", ["NOT", "MATERIALIZED"], at));
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
    for (const w of list4(b.mergeWhenClauses)) {
      if (bodyOf2(w, "MergeWhenClause")?.matchKind === "MERGE_WHEN_NOT_MATCHED_BY_SOURCE") {
        s.add("mergeBySource", () => s.next("mergeBySource", ["NOT", "MATCHED", "BY", "SOURCE"]));
      }
    }
  },
  InsertStmt: returningOldNew,
  UpdateStmt: returningOldNew,
  DeleteStmt: returningOldNew,
  RangeSubselect(b, s) {
    if (b.alias === void 0) s.add("subqueryWithoutAlias", () => openParenBefore(s.tokens, firstLocation(b.subquery)));
  },
  FuncCall(b, s) {
    const names = stringList(b.funcname).map((n) => n.toLowerCase());
    const name2 = names[names.length - 1] ?? "";
    if (names.length > 1 && names[0] !== "pg_catalog") return;
    const since = Object.hasOwn(FUNCTIONS, name2) ? FUNCTIONS[name2] : void 0;
    if (since !== void 0) s.addFeature(`fn ${name2}`, { name: `the function ${name2}()`, since }, () => s.call(b.location));
  },
  TypeCast: (b, s) => newType(b.typeName, s),
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
function newType(value, s) {
  const typeName = value && typeof value === "object" ? value : void 0;
  const t = typeNameOf(typeName);
  const since = t?.builtin && Object.hasOwn(TYPES, t.name) ? TYPES[t.name] : void 0;
  if (!t || since === void 0) return;
  const at = typeName?.location;
  s.addFeature(`type ${t.name}`, { name: `the type ${t.name}`, since }, () => typeNameRange(s.tokens, at));
}
function firstLocation(node) {
  let min;
  const walk2 = (v) => {
    if (Array.isArray(v)) for (const x of v) walk2(x);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "location" && typeof x === "number" && x >= 0) min = min === void 0 ? x : Math.min(min, x);
        else walk2(x);
      }
    }
  };
  walk2(node);
  return min;
}
var SUBQUERY_START = /* @__PURE__ */ new Set(["SELECT", "VALUES", "WITH", "TABLE", "("]);
function openParenBefore(tokens, location) {
  if (location === void 0) return void 0;
  let found;
  for (let i = 0; i < tokens.length && tokens[i].start < location; i++) {
    const next = tokens[i + 1];
    if (tokens[i].text === "(" && next && SUBQUERY_START.has(next.keyword || next.text)) found = tokens[i];
  }
  return found ? { start: found.start, end: found.end } : void 0;
}
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
  for (const o of list4(returning.options)) s.add("returningOldNew", () => s.at(bodyOf2(o, "ReturningOption")?.location));
  let names;
  for (const e of list4(returning.exprs)) {
    for (const ref2 of nodeIndex(e).get("ColumnRef") ?? []) {
      const fields = stringList(ref2.fields);
      if (list4(ref2.fields).length < 2 || fields[0] !== "old" && fields[0] !== "new") continue;
      names ??= rangeNames(b);
      if (names.has(fields[0])) continue;
      s.add("returningOldNew", () => nameRange(s.tokens, ref2.location));
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
    const as = tokens[k];
    const name2 = tokens[k + 1];
    if (as?.keyword === "AS" && name2 && identText(name2) === alias) return { start: as.start, end: name2.end };
  }
  return void 0;
}
var unsupported_syntax_default = createRule({
  id: "unsupported-syntax",
  description: "SQL syntax, built-in functions and types that the configured PostgreSQL version (pg_version) does not have yet, such as MERGE before 15 or uuidv7() before 18.",
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

// src/rules/index.ts
var rules = [
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

// src/repo/environments.ts
var DEFAULT_SETTINGS = Object.freeze({
  allow_destructive_operations: true,
  skip_validation: false,
  auto_rollback_on_failure: false,
  require_approval: false,
  maintenance_window_required: false,
  backup_required: false
});

// src/core/finding-ids.ts
var FILE_AND_GRAPH_FINDINGS = [
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

// src/sql/ignores.ts
var MARKER = "svc-migrate-ignore";
var LOOKS_LIKE = /^svc[-_]?migrate[-_]?ignore/i;
var ANYWHERE = /svc[-_]?migrate[-_]?ignore/i;
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
  const at = (index, text) => {
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
    return { scope, rules: [], start, end, malformed: at(0, written) };
  }
  const restOffset = content.length - rest.length;
  const reason = rest.indexOf(" --");
  if (reason >= 0) rest = rest.slice(0, reason);
  const rules2 = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const r = at(restOffset + m.index, m[0]);
    rules2.push({ ...r, id: r.id.toLowerCase() });
  }
  return { scope, rules: rules2, start, end };
}

// src/lint/lint-file.ts
var ENGINE_RULES = {
  "sql-syntax": { severity: "error", description: "SQL that the PostgreSQL parser rejects." },
  "sql-encoding": { severity: "error", description: "A migration file that is not UTF-8 text (invalid bytes or NUL bytes)." },
  "empty-migration": { severity: "warning", description: "A migration file with no SQL statement: an up file that is empty, blank or comments only, or a down file with nothing in it, not even a comment that says why." },
  "plpgsql-syntax": { severity: "error", description: "A DO block or PL/pgSQL function body that PostgreSQL rejects, so the migration fails when applied." },
  "ignore-unknown-rule": { severity: "warning", description: "An ignore comment that names a rule that does not exist (or names none)." },
  "ignore-unused": { severity: "info", description: "An ignore comment that silenced nothing." },
  "ignore-malformed": { severity: "warning", description: "A comment that looks like an ignore comment but cannot be read, so it silences nothing." }
};
function prepareRules(rules2, severities, pgVersion) {
  const active = (direction) => rules2.filter((r) => (severities[r.id] !== "off" || r.runsWhenOff === true) && (r.direction === "both" || r.direction === direction) && (r.minPgVersion === void 0 || pgVersion >= r.minPgVersion) && (r.maxPgVersion === void 0 || pgVersion <= r.maxPgVersion));
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
  const events = [];
  const { entries, bodies } = collectEntries(sql, raw, enabled);
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
  pushFileFindings(sql, input.text, facts.direction, raw);
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
      help: fill(rule.help, v.data),
      ...v.unless ? { conditional: { unless: v.unless, at: events.length } } : {},
      ...v.binding ? { binding: true } : {}
    });
  };
  const reporters = active.map((r) => report(r));
  const created = /* @__PURE__ */ new Set();
  const temp = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const ctx = { facts, stmt: entry.stmt, origin: entry.origin, createdTables: created, tempTables: temp, report: reporters[0] };
    for (let r = 0; r < active.length; r++) {
      ctx.report = reporters[r];
      active[r].check(ctx);
    }
    if (entry.origin.container === "function") continue;
    for (const c of tablesCreated(entry.stmt)) {
      (c.temporary ? temp : created).add(tableKey(c.name));
    }
    for (const e of modelEvents(entry.stmt)) events.push(e);
  }
  active.forEach((rule, r) => rule.checkFile?.({ facts, statements: entries, report: reporters[r] }));
  const silenced = applyIgnores(sql, entries, bodies, raw, prepared.known, enabled);
  const violations = toViolations(raw, silenced, severities, facts, options.prior, events);
  const written = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.origin.container === "function") continue;
    for (const t of tablesWritten(e.stmt)) if (!temp.has(t)) written.add(t);
  }
  return {
    findings: violations.map((v) => v.finding),
    violations,
    sql,
    facts,
    tablesWritten: [...written],
    nonTransactional,
    modelEvents: events,
    namesSchema: entries.some((e) => namesSchema(e.stmt))
  };
}
function collectEntries(sql, raw, enabled) {
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
      const at = enabled("plpgsql-syntax") && embedded.locateError ? embedded.locateError() : stmt;
      if (embedded.container === "do" || checkBodies) {
        raw.push({
          ruleId: "plpgsql-syntax",
          messageId: embedded.container === "do" ? "doRejected" : "functionRejected",
          severity: ENGINE_RULES["plpgsql-syntax"].severity,
          start: at.start,
          end: at.end,
          engine: true,
          message: embedded.container === "do" ? `PostgreSQL rejects this DO block: ${why}. The migration would fail when applied; the statements inside the block were not checked.` : `PostgreSQL rejects this PL/pgSQL function body: ${why}. check_function_bodies is on by default, so CREATE FUNCTION and with it the migration would fail; the statements inside the body were not checked.`,
          help: "Fix the PL/pgSQL at this position."
        });
      } else {
        raw.push({
          ruleId: "plpgsql-syntax",
          messageId: "uncheckedBody",
          severity: "info",
          start: at.start,
          end: at.end,
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
  return { entries, bodies };
}
function pushFileFindings(sql, text, direction, raw) {
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
  } else if (sql.empty && direction === "up") {
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
  } else if (sql.empty && text.trim() === "") {
    raw.push({
      ruleId: "empty-migration",
      messageId: "emptyDown",
      severity: "warning",
      start: 0,
      end: 0,
      engine: true,
      line: 1,
      column: 1,
      message: "This down file is blank: rolling the migration back reports success and changes nothing.",
      help: "Write the statements that undo the up migration, or say in a comment why there is nothing to undo (`-- irreversible: ...`)."
    });
  }
}
function applyIgnores(sql, entries, bodies, raw, known, enabled) {
  const silenced = /* @__PURE__ */ new Set();
  const ignores = sql.error ? [] : findIgnores(sql, bodies);
  for (const ig of ignores) {
    let target2;
    if (ig.scope === "next") {
      const next = firstStartingAt(entries, ig.end);
      target2 = next ? { start: next.stmt.start, end: next.stmt.end } : void 0;
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
      let binding = false;
      raw.forEach((v, i) => {
        if (v.ruleId !== r.id || v.ruleId.startsWith("ignore-")) return;
        if (target2 && !(v.start >= target2.start && v.start < target2.end && v.line === void 0)) return;
        if (!target2 && ig.scope === "next") return;
        if (v.binding) {
          binding = true;
          return;
        }
        silenced.add(i);
        used = true;
      });
      if (binding && !used) {
        raw.push({
          ruleId: "ignore-unused",
          messageId: "binding",
          severity: "warning",
          start: r.start,
          end: r.end,
          engine: true,
          message: `This ignore comment cannot silence "${r.id}" here: an environment the migration runs in forbids it, and environments.json decides that, not a comment in the file.`,
          help: "Allow it for that environment in environments.json (a reviewed change of policy), or change the migration."
        });
      } else if (!used && enabled(r.id)) {
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
  return silenced;
}
function toViolations(raw, silenced, severities, facts, prior, events) {
  const sql = facts.sql;
  const violations = [];
  raw.forEach((v, i) => {
    if (silenced.has(i)) return;
    const override = v.binding ? void 0 : severities[v.ruleId];
    if (override === "off" || !v.binding && severities[v.ruleId] === "off") return;
    if (prior && v.conditional && SchemaModel.of(prior, events.slice(0, v.conditional.at)).holds(v.conditional.unless)) return;
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
    violations.push({ finding, messageId: v.messageId, ...v.conditional && !prior ? { conditional: v.conditional } : {} });
  });
  violations.sort((a, b) => compareFindings(a.finding, b.finding));
  return violations;
}
var COMMON_SCHEMAS = /* @__PURE__ */ new Set(["public", "pg_catalog", "information_schema", "pg_temp"]);
function namesSchema(stmt) {
  if (stmt.kind === "CreateSchemaStmt") {
    const name2 = nodeOf(stmt.node, "CreateSchemaStmt")?.schemaname;
    return name2 === void 0 || !COMMON_SCHEMAS.has(name2);
  }
  const own = (schema) => typeof schema === "string" && !COMMON_SCHEMAS.has(schema);
  if (tableWrites(stmt).some((w) => own(w.schema))) return true;
  return nodesOf(stmt.node, "RangeVar").some((rv) => own(rv.schemaname));
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
var templates = /* @__PURE__ */ new Map();
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

// src/lint/cache.ts
var import_node_crypto = require("node:crypto");
function contentHash(bytes) {
  return (0, import_node_crypto.createHash)("sha1").update(bytes).digest("hex");
}

// src/lint/lint.ts
function lintContext(shared, rules2 = rules) {
  return { ...shared, rules: rules2, prepared: prepareRules(rules2, shared.severities, shared.pgVersion) };
}
function runLintJob(job, context) {
  const file = job.read ?? readJob(job, context);
  if (file.hash !== void 0 && file.hash === job.expect) return { hash: file.hash };
  return { result: lintMigrationFile(job, file, context), hash: file.hash };
}
function readJob(job, shared) {
  try {
    const bytes = migrationBytes((0, import_node_fs.readFileSync)(job.abs), { section: job.section, direction: job.facts.direction });
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
    syntaxError: true,
    namesSchema: false
  };
  const at = { file: known.file, service: known.service, migration: known.migration, line: 1, column: 1 };
  if (bytes === void 0) {
    const severity = sev(shared, "sql-encoding", "error");
    return { analysis: base, findings: severity === "off" ? [] : [{
      rule: "sql-encoding",
      severity,
      ...at,
      message: `The migration file could not be read (${readError ?? "unknown error"}), so it was not checked and cannot be applied.`,
      help: "Check the file permissions and that it is a regular file."
    }] };
  }
  const text = decode(bytes);
  if (typeof text !== "string") {
    const problem = text.problem;
    const pos = text.line !== void 0 ? { line: text.line, column: text.column ?? 1 } : {};
    const severity = sev(shared, "sql-encoding", "error");
    const findings = severity === "off" ? [] : [{
      rule: "sql-encoding",
      severity,
      ...at,
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
  const conditions = result.violations.flatMap((v, i) => v.conditional ? [{ finding: i, ...v.conditional }] : []);
  return {
    findings: result.findings,
    ...result.modelEvents.length > 0 || conditions.length > 0 ? { model: { events: result.modelEvents, conditions } } : {},
    analysis: {
      ...base,
      tablesWritten: result.tablesWritten,
      nonTransactional: result.nonTransactional,
      empty: result.sql.empty && !result.sql.error,
      syntaxError: result.sql.error !== void 0,
      namesSchema: result.namesSchema
    }
  };
}
function sev(shared, id, fallback) {
  return shared.severities[id] ?? fallback;
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function decode(bytes) {
  const at = (offset) => {
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
    if (nul >= 0 && nul < bad.offset) return { problem: "it holds a NUL byte", ...at(nul) };
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
    return { problem: `invalid UTF-8 byte sequence${shown ? ` ${shown}` : ""}`, ...at(bad.offset) };
  }
  if (nul >= 0) return { problem: "it holds a NUL byte", ...at(nul) };
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/lint/lint-worker.ts
if (import_node_worker_threads.parentPort) {
  const port = import_node_worker_threads.parentPort;
  const parser = ensureParser();
  let context;
  port.on("message", (message) => {
    if ("init" in message) {
      context = lintContext(message.init);
      return;
    }
    const request = message;
    parser.then(
      () => {
        if (!context) throw new Error("a batch came before the settings");
        const ctx = context;
        const response = { first: request.first, results: request.jobs.map((job) => runLintJob(job, ctx)) };
        port.postMessage(response);
      }
    ).catch((e) => {
      const response = { first: request.first, error: e instanceof Error ? e.message : String(e) };
      port.postMessage(response);
    });
  });
}
