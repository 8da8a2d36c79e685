import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-YCZA2FVD.js";

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = Object.create(__require("os"), { __esModule: { value: true } });
  }
});

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = Object.create(__require("fs"), { __esModule: { value: true } });
  }
});

export {
  require_os,
  require_fs
};
