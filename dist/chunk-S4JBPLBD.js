"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_S4JBPLBD_exports = {};
__export(chunk_S4JBPLBD_exports, {
  parseConfig: () => parseConfig,
  parseRule: () => parseRule
});
module.exports = Object.defineProperty(chunk_S4JBPLBD_exports, "__esModule", { value: true });
var import_chunk_600CC460 = require("./chunk-600CC460.js");
var import_chunk_FXEUWMEN = require("./chunk-FXEUWMEN.js");
var import_chunk_600CC4602 = require("./chunk-600CC460.js");
var import_chunk_600CC4603 = require("./chunk-600CC460.js");
var require_ucs2length = (0, import_chunk_600CC4603.__commonJS)({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_fast_deep_equal = (0, import_chunk_600CC4603.__commonJS)({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
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
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal = (0, import_chunk_600CC4603.__commonJS)({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});
var import_yaml = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_ucs2length = (0, import_chunk_600CC4603.__toESM)(require_ucs2length());
var import_equal = (0, import_chunk_600CC4603.__toESM)(require_equal());
var table;
function validators() {
  table ??= (() => {
    "use strict";
    const v0 = validate10;
    const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/calico-manifests.schema.json", "title": "netcompat: what Calico's published manifests set, per release", "type": "object", "additionalProperties": false, "required": ["manifests"], "properties": { "manifests": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["files", "calico", "ipipMode", "vxlanMode", "references"], "properties": { "files": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z0-9-]+\\.yaml$" } }, "calico": { "type": "string", "minLength": 1, "description": "node-semver range of the Calico releases this row covers" }, "ipipMode": { "enum": ["Always", "CrossSubnet", "Never"] }, "vxlanMode": { "enum": ["Always", "CrossSubnet", "Never"] }, "note": { "type": "string" }, "references": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } } } };
    const pattern0 = new RegExp("^[a-z0-9-]+\\.yaml$", "u");
    const func2 = import_ucs2length.default.default ?? import_ucs2length.default;
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.manifests === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "manifests")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.manifests !== void 0) {
          let data0 = data.manifests;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err2 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.files === void 0) {
                  const err3 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data1.calico === void 0) {
                  const err4 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "calico" }, message: "must have required property 'calico'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data1.ipipMode === void 0) {
                  const err5 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "ipipMode" }, message: "must have required property 'ipipMode'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data1.vxlanMode === void 0) {
                  const err6 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "vxlanMode" }, message: "must have required property 'vxlanMode'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data1.references === void 0) {
                  const err7 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!(key1 === "files" || key1 === "calico" || key1 === "ipipMode" || key1 === "vxlanMode" || key1 === "note" || key1 === "references")) {
                    const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data1.files !== void 0) {
                  let data2 = data1.files;
                  if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                      const err9 = { instancePath: instancePath + "/manifests/" + i0 + "/files", schemaPath: "#/properties/manifests/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                    const len1 = data2.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data3 = data2[i1];
                      if (typeof data3 === "string") {
                        if (!pattern0.test(data3)) {
                          const err10 = { instancePath: instancePath + "/manifests/" + i0 + "/files/" + i1, schemaPath: "#/properties/manifests/items/properties/files/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+\\.yaml$" }, message: 'must match pattern "^[a-z0-9-]+\\.yaml$"' };
                          if (vErrors === null) {
                            vErrors = [err10];
                          } else {
                            vErrors.push(err10);
                          }
                          errors++;
                        }
                      } else {
                        const err11 = { instancePath: instancePath + "/manifests/" + i0 + "/files/" + i1, schemaPath: "#/properties/manifests/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/manifests/" + i0 + "/files", schemaPath: "#/properties/manifests/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data1.calico !== void 0) {
                  let data4 = data1.calico;
                  if (typeof data4 === "string") {
                    if (func2(data4) < 1) {
                      const err13 = { instancePath: instancePath + "/manifests/" + i0 + "/calico", schemaPath: "#/properties/manifests/items/properties/calico/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/manifests/" + i0 + "/calico", schemaPath: "#/properties/manifests/items/properties/calico/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data1.ipipMode !== void 0) {
                  let data5 = data1.ipipMode;
                  if (!(data5 === "Always" || data5 === "CrossSubnet" || data5 === "Never")) {
                    const err15 = { instancePath: instancePath + "/manifests/" + i0 + "/ipipMode", schemaPath: "#/properties/manifests/items/properties/ipipMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.manifests.items.properties.ipipMode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data1.vxlanMode !== void 0) {
                  let data6 = data1.vxlanMode;
                  if (!(data6 === "Always" || data6 === "CrossSubnet" || data6 === "Never")) {
                    const err16 = { instancePath: instancePath + "/manifests/" + i0 + "/vxlanMode", schemaPath: "#/properties/manifests/items/properties/vxlanMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.manifests.items.properties.vxlanMode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data1.note !== void 0) {
                  if (typeof data1.note !== "string") {
                    const err17 = { instancePath: instancePath + "/manifests/" + i0 + "/note", schemaPath: "#/properties/manifests/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data1.references !== void 0) {
                  let data8 = data1.references;
                  if (Array.isArray(data8)) {
                    if (data8.length < 1) {
                      const err18 = { instancePath: instancePath + "/manifests/" + i0 + "/references", schemaPath: "#/properties/manifests/items/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    const len2 = data8.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data8[i2] !== "string") {
                        const err19 = { instancePath: instancePath + "/manifests/" + i0 + "/references/" + i2, schemaPath: "#/properties/manifests/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/manifests/" + i0 + "/references", schemaPath: "#/properties/manifests/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
      validate10.errors = vErrors;
      return errors === 0;
    }
    const v1 = validate11;
    const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/config.schema.json", "title": "netcompat configuration (.netcompat.yaml)", "type": "object", "additionalProperties": false, "properties": { "clusters": { "type": "array", "description": "The clusters this repository holds. A cluster's facts come only from its paths; files in no cluster's paths apply to every cluster.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "paths"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$" }, "paths": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "node-os": { "type": "string" }, "kernel-version": { "type": "string" }, "kubernetes-version": { "type": "string" }, "kube-proxy-mode": { "enum": ["iptables", "ipvs", "nftables"] }, "calico-version": { "type": "string" }, "facts": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z]+\\.[A-Za-z]+=.+$" } } } } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "cluster": { "type": "string" }, "reason": { "type": "string", "minLength": 3 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; from that day on the entry no longer suppresses and is reported" } } } }, "severity": { "type": "object", "description": "Severity override per rule id", "propertyNames": { "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, "additionalProperties": { "enum": ["high", "medium", "low"] } }, "fail-on": { "enum": ["high", "medium", "low", "none"] }, "rules": { "type": "array", "description": "Extra rule files (globs relative to the config file), in the built-in rule schema. Data only: nothing in them is executed.", "items": { "type": "string", "minLength": 1 } }, "baseline": { "type": "string", "description": "Baseline file relative to the config file" } } };
    const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
    const pattern2 = new RegExp("^[A-Za-z]+\\.[A-Za-z]+=.+$", "u");
    const pattern3 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "u");
    const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "clusters" || key0 === "ignore" || key0 === "severity" || key0 === "fail-on" || key0 === "rules" || key0 === "baseline")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.clusters !== void 0) {
          let data0 = data.clusters;
          if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.name === void 0) {
                  const err1 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                if (data1.paths === void 0) {
                  const err2 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!(key1 === "name" || key1 === "paths" || key1 === "node-os" || key1 === "kernel-version" || key1 === "kubernetes-version" || key1 === "kube-proxy-mode" || key1 === "calico-version" || key1 === "facts")) {
                    const err3 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
                if (data1.name !== void 0) {
                  let data2 = data1.name;
                  if (typeof data2 === "string") {
                    if (!pattern1.test(data2)) {
                      const err4 = { instancePath: instancePath + "/clusters/" + i0 + "/name", schemaPath: "#/properties/clusters/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  } else {
                    const err5 = { instancePath: instancePath + "/clusters/" + i0 + "/name", schemaPath: "#/properties/clusters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                if (data1.paths !== void 0) {
                  let data3 = data1.paths;
                  if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                      const err6 = { instancePath: instancePath + "/clusters/" + i0 + "/paths", schemaPath: "#/properties/clusters/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data4 = data3[i1];
                      if (typeof data4 === "string") {
                        if (func2(data4) < 1) {
                          const err7 = { instancePath: instancePath + "/clusters/" + i0 + "/paths/" + i1, schemaPath: "#/properties/clusters/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                      } else {
                        const err8 = { instancePath: instancePath + "/clusters/" + i0 + "/paths/" + i1, schemaPath: "#/properties/clusters/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err9 = { instancePath: instancePath + "/clusters/" + i0 + "/paths", schemaPath: "#/properties/clusters/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data1["node-os"] !== void 0) {
                  if (typeof data1["node-os"] !== "string") {
                    const err10 = { instancePath: instancePath + "/clusters/" + i0 + "/node-os", schemaPath: "#/properties/clusters/items/properties/node-os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data1["kernel-version"] !== void 0) {
                  if (typeof data1["kernel-version"] !== "string") {
                    const err11 = { instancePath: instancePath + "/clusters/" + i0 + "/kernel-version", schemaPath: "#/properties/clusters/items/properties/kernel-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data1["kubernetes-version"] !== void 0) {
                  if (typeof data1["kubernetes-version"] !== "string") {
                    const err12 = { instancePath: instancePath + "/clusters/" + i0 + "/kubernetes-version", schemaPath: "#/properties/clusters/items/properties/kubernetes-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data1["kube-proxy-mode"] !== void 0) {
                  let data8 = data1["kube-proxy-mode"];
                  if (!(data8 === "iptables" || data8 === "ipvs" || data8 === "nftables")) {
                    const err13 = { instancePath: instancePath + "/clusters/" + i0 + "/kube-proxy-mode", schemaPath: "#/properties/clusters/items/properties/kube-proxy-mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.clusters.items.properties["kube-proxy-mode"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data1["calico-version"] !== void 0) {
                  if (typeof data1["calico-version"] !== "string") {
                    const err14 = { instancePath: instancePath + "/clusters/" + i0 + "/calico-version", schemaPath: "#/properties/clusters/items/properties/calico-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data1.facts !== void 0) {
                  let data10 = data1.facts;
                  if (Array.isArray(data10)) {
                    const len2 = data10.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data11 = data10[i2];
                      if (typeof data11 === "string") {
                        if (!pattern2.test(data11)) {
                          const err15 = { instancePath: instancePath + "/clusters/" + i0 + "/facts/" + i2, schemaPath: "#/properties/clusters/items/properties/facts/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+\\.[A-Za-z]+=.+$" }, message: 'must match pattern "^[A-Za-z]+\\.[A-Za-z]+=.+$"' };
                          if (vErrors === null) {
                            vErrors = [err15];
                          } else {
                            vErrors.push(err15);
                          }
                          errors++;
                        }
                      } else {
                        const err16 = { instancePath: instancePath + "/clusters/" + i0 + "/facts/" + i2, schemaPath: "#/properties/clusters/items/properties/facts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err17 = { instancePath: instancePath + "/clusters/" + i0 + "/facts", schemaPath: "#/properties/clusters/items/properties/facts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.ignore !== void 0) {
          let data12 = data.ignore;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data13 = data12[i3];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.rule === void 0) {
                  const err20 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data13.reason === void 0) {
                  const err21 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                for (const key2 in data13) {
                  if (!(key2 === "rule" || key2 === "paths" || key2 === "cluster" || key2 === "reason" || key2 === "expires")) {
                    const err22 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data13.rule !== void 0) {
                  let data14 = data13.rule;
                  if (typeof data14 === "string") {
                    if (!pattern3.test(data14)) {
                      const err23 = { instancePath: instancePath + "/ignore/" + i3 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"' };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/ignore/" + i3 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data13.paths !== void 0) {
                  let data15 = data13.paths;
                  if (Array.isArray(data15)) {
                    const len4 = data15.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data16 = data15[i4];
                      if (typeof data16 === "string") {
                        if (func2(data16) < 1) {
                          const err25 = { instancePath: instancePath + "/ignore/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignore/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err25];
                          } else {
                            vErrors.push(err25);
                          }
                          errors++;
                        }
                      } else {
                        const err26 = { instancePath: instancePath + "/ignore/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignore/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/ignore/" + i3 + "/paths", schemaPath: "#/properties/ignore/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data13.cluster !== void 0) {
                  if (typeof data13.cluster !== "string") {
                    const err28 = { instancePath: instancePath + "/ignore/" + i3 + "/cluster", schemaPath: "#/properties/ignore/items/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data13.reason !== void 0) {
                  let data18 = data13.reason;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 3) {
                      const err29 = { instancePath: instancePath + "/ignore/" + i3 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/ignore/" + i3 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data13.expires !== void 0) {
                  let data19 = data13.expires;
                  if (typeof data19 === "string") {
                    if (!pattern4.test(data19)) {
                      const err31 = { instancePath: instancePath + "/ignore/" + i3 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/ignore/" + i3 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data20 = data.severity;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key3 in data20) {
              const _errs45 = errors;
              if (typeof key3 === "string") {
                if (!pattern3.test(key3)) {
                  const err35 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"', propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              var valid13 = _errs45 === errors;
              if (!valid13) {
                const err36 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            for (const key4 in data20) {
              let data21 = data20[key4];
              if (!(data21 === "high" || data21 === "medium" || data21 === "low")) {
                const err37 = { instancePath: instancePath + "/severity/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data["fail-on"] !== void 0) {
          let data22 = data["fail-on"];
          if (!(data22 === "high" || data22 === "medium" || data22 === "low" || data22 === "none")) {
            const err39 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema12.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data23 = data.rules;
          if (Array.isArray(data23)) {
            const len5 = data23.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data24 = data23[i5];
              if (typeof data24 === "string") {
                if (func2(data24) < 1) {
                  const err40 = { instancePath: instancePath + "/rules/" + i5, schemaPath: "#/properties/rules/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/rules/" + i5, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data.baseline !== void 0) {
          if (typeof data.baseline !== "string") {
            const err43 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      validate11.errors = vErrors;
      return errors === 0;
    }
    const v2 = validate12;
    const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/facts.schema.json", "title": "netcompat fact catalog", "type": "object", "additionalProperties": false, "required": ["facts"], "properties": { "facts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "component", "label", "description", "hint"], "properties": { "name": { "type": "string" }, "component": { "enum": ["kube-proxy", "calico", "kubernetes", "node", "service"] }, "label": { "type": "string", "description": "Short human name used in messages" }, "description": { "type": "string" }, "hint": { "type": "string", "description": "How a user provides this fact when the repository does not hold it" }, "input": { "type": "string", "description": "The Action input / CLI flag that sets it, when there is one" } } } } } };
    function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.facts === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "facts" }, message: "must have required property 'facts'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "facts")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.facts !== void 0) {
          let data0 = data.facts;
          if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.name === void 0) {
                  const err2 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                if (data1.component === void 0) {
                  const err3 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data1.label === void 0) {
                  const err4 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data1.description === void 0) {
                  const err5 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data1.hint === void 0) {
                  const err6 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "hint" }, message: "must have required property 'hint'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!(key1 === "name" || key1 === "component" || key1 === "label" || key1 === "description" || key1 === "hint" || key1 === "input")) {
                    const err7 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data1.name !== void 0) {
                  if (typeof data1.name !== "string") {
                    const err8 = { instancePath: instancePath + "/facts/" + i0 + "/name", schemaPath: "#/properties/facts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data1.component !== void 0) {
                  let data3 = data1.component;
                  if (!(data3 === "kube-proxy" || data3 === "calico" || data3 === "kubernetes" || data3 === "node" || data3 === "service")) {
                    const err9 = { instancePath: instancePath + "/facts/" + i0 + "/component", schemaPath: "#/properties/facts/items/properties/component/enum", keyword: "enum", params: { allowedValues: schema13.properties.facts.items.properties.component.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data1.label !== void 0) {
                  if (typeof data1.label !== "string") {
                    const err10 = { instancePath: instancePath + "/facts/" + i0 + "/label", schemaPath: "#/properties/facts/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data1.description !== void 0) {
                  if (typeof data1.description !== "string") {
                    const err11 = { instancePath: instancePath + "/facts/" + i0 + "/description", schemaPath: "#/properties/facts/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data1.hint !== void 0) {
                  if (typeof data1.hint !== "string") {
                    const err12 = { instancePath: instancePath + "/facts/" + i0 + "/hint", schemaPath: "#/properties/facts/items/properties/hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data1.input !== void 0) {
                  if (typeof data1.input !== "string") {
                    const err13 = { instancePath: instancePath + "/facts/" + i0 + "/input", schemaPath: "#/properties/facts/items/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      validate12.errors = vErrors;
      return errors === 0;
    }
    const v3 = validate13;
    const schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/installer.schema.json", "title": "Installer profile: how an installer is recognised, what it deploys by default, and what each release bundles", "type": "object", "additionalProperties": false, "required": ["name", "label", "summary", "references", "detect", "kubeProxy", "cni", "defaults", "releases"], "properties": { "name": { "$ref": "#/definitions/installerName" }, "label": { "type": "string", "minLength": 1, "description": "As people write it: Kubespray, k0s, RKE2." }, "summary": { "type": "string", "minLength": 1 }, "references": { "$ref": "#/definitions/references" }, "specialises": { "type": "array", "items": { "$ref": "#/definitions/installerName" }, "description": "Installers this one builds on (Cluster API on kubeadm, kubean on Kubespray): when both are recognised in one cluster, this profile applies." }, "releaseScheme": { "enum": ["own", "kubernetes"], "description": "own: the installer has its own release numbers (Kubespray v2.18.2); kubernetes: its release is a Kubernetes version with a vendor suffix (k0s v1.23.5+k0s.0), whose Kubernetes part is the cluster version." }, "detect": { "type": "array", "minItems": 1, "description": "How a repository shows the installer and its release (documentation; the extractors implement it).", "items": { "type": "object", "additionalProperties": false, "required": ["signal"], "properties": { "signal": { "type": "string", "minLength": 1 }, "verified": { "type": "boolean" }, "references": { "$ref": "#/definitions/references" } } } }, "kubeProxy": { "type": "object", "additionalProperties": false, "required": ["runs", "how", "disabledBy", "references"], "properties": { "runs": { "type": "boolean", "description": "Whether kube-proxy runs when nothing says otherwise." }, "how": { "type": "string" }, "disabledBy": { "type": "array", "items": { "type": "string" } }, "references": { "$ref": "#/definitions/references" }, "patchBuilds": { "type": "object", "additionalProperties": false, "required": ["note", "references"], "description": "The installer runs its own kube-proxy builds named after a Kubernetes patch (AKS: v1.27.9-hotfix.20240131) that may carry fixes of later patches of the minor: the cluster's patch is then only the lowest kube-proxy can be, so a rule whose range splits the rest of the minor is undetermined.", "properties": { "note": { "type": "string", "minLength": 1 }, "buildTag": { "type": "string", "pattern": "^[a-z]+$", "description": "The tag the installer's own builds carry in their version (GKE: gke in v1.27.3-gke.100; AKS: hotfix in v1.27.9-hotfix.20240131). A Kubernetes or kube-proxy version written with it is read as this installer's build also in a cluster the installer is not recognised in (a kube-proxy DaemonSet exported from such a cluster), never as the upstream patch, whose fixes the build may or may not carry." }, "versionFloor": { "type": "boolean", "description": "Every Kubernetes and kube-proxy version the cluster names (control plane, node pools, an explicit input) is only the lowest it runs, with no highest: the installer's builds of a minor can carry fixes upstream never released for it, and it upgrades past a pinned version (GKE: x.y.z-gke.N, min_master_version). A rule is then a finding only where every later build would be affected too." }, "references": { "$ref": "#/definitions/references" } } } } }, "kubeletBuilds": { "type": "object", "additionalProperties": false, "required": ["note", "references"], "description": "The installer's node images carry its own kubelet builds of the cluster's minor, patched with fixes from later releases, even fixes upstream never released for that minor (EKS: amazon-eks-ami v20200709 patched CVE-2020-8558 into its 1.14 and 1.15 kubelets). The cluster's Kubernetes version is then only the lowest the kubelet can be: a rule on kubernetes.version fixed after it is undetermined, never a finding. kube-proxy versions are not affected.", "properties": { "note": { "type": "string", "minLength": 1 }, "references": { "$ref": "#/definitions/references" } } }, "cni": { "type": "array", "minItems": 1, "description": "The CNI the installer deploys when the repository does not choose one; the first entry whose `when` holds applies.", "items": { "type": "object", "additionalProperties": false, "required": ["value", "references"], "properties": { "value": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/definitions/when" }, "note": { "type": "string" }, "references": { "$ref": "#/definitions/references" } } } }, "defaults": { "type": "array", "description": "Facts the installer sets when the repository is silent; for each fact the first entry whose `when` holds applies.", "items": { "type": "object", "additionalProperties": false, "required": ["fact", "value", "setting", "references"], "properties": { "fact": { "$ref": "#/definitions/defaultFact" }, "value": { "type": "string" }, "setting": { "type": "string", "minLength": 1, "description": "How the installer names the setting, for the evidence line." }, "when": { "$ref": "#/definitions/when" }, "verified": { "type": "boolean", "description": "false (UNVERIFIED in the research): the fact is present but unknown, never a finding." }, "note": { "type": "string" }, "references": { "$ref": "#/definitions/references" } } } }, "kubeProxyVersions": { "type": "array", "description": "Releases whose kube-proxy differs from their Kubernetes version.", "items": { "type": "object", "additionalProperties": false, "required": ["release", "kubeProxy", "references"], "properties": { "release": { "$ref": "#/definitions/version" }, "kubeProxy": { "$ref": "#/definitions/version" }, "note": { "type": "string" }, "references": { "$ref": "#/definitions/references" } } } }, "releases": { "type": "array", "description": "Release (or inclusive range of releases, `release` \u2026 `to`) \u2192 what it bundles. Versions without a leading v.", "items": { "type": "object", "additionalProperties": false, "required": ["release", "references"], "properties": { "release": { "$ref": "#/definitions/version" }, "to": { "$ref": "#/definitions/version" }, "written": { "type": "string", "description": "The release as the project writes it (v2.18.2), when it differs." }, "kubernetes": { "$ref": "#/definitions/version" }, "supports": { "type": "string", "minLength": 1, "description": "node-semver range of the Kubernetes versions the release installs; selects candidate releases." }, "calico": { "$ref": "#/definitions/version", "description": "Calico (calico/node = kube-controllers) when the CNI is calico." }, "canal": { "$ref": "#/definitions/version", "description": "Calico inside Canal when the CNI is canal." }, "calicoByKubernetes": { "type": "array", "description": "Calico chosen by the cluster's Kubernetes version (kops addon templates); the first entry whose range holds applies.", "items": { "type": "object", "additionalProperties": false, "required": ["kubernetes", "calico"], "properties": { "kubernetes": { "type": "string" }, "calico": { "$ref": "#/definitions/version" } } } }, "verified": { "type": "boolean", "description": "false: the bundled Calico is UNVERIFIED (read at a branch tip, say): present but unknown, never a finding." }, "note": { "type": "string" }, "references": { "$ref": "#/definitions/references" } } } } }, "definitions": { "installerName": { "enum": ["kubespray", "kubean", "kubeasz", "kubekey", "kind", "kubeone", "k0s", "k3s", "rke2", "rke1", "kops", "cluster-api", "kubeadm", "microk8s", "talos", "eks", "aks", "gke"] }, "defaultFact": { "enum": ["kubernetes.version", "kubeProxy.version", "kubeProxy.mode", "calico.version", "calico.kubeControllersVersion", "calico.ipipMode", "calico.vxlanMode", "calico.iptablesBackend", "calico.featureDetectOverride", "calico.dataplane", "node.os"] }, "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^https://" } }, "when": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "release": { "type": "string", "minLength": 1, "description": "Range over the release, in the installer's own order: '>=2.19.0', '<=3.6.10', '>=1.8.0 <1.14.0'." }, "kubernetes": { "type": "string", "minLength": 1, "description": "node-semver range over the cluster's Kubernetes version." }, "cni": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } } };
    const schema15 = { "enum": ["kubespray", "kubean", "kubeasz", "kubekey", "kind", "kubeone", "k0s", "k3s", "rke2", "rke1", "kops", "cluster-api", "kubeadm", "microk8s", "talos", "eks", "aks", "gke"] };
    const schema16 = { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^https://" } };
    const schema22 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "release": { "type": "string", "minLength": 1, "description": "Range over the release, in the installer's own order: '>=2.19.0', '<=3.6.10', '>=1.8.0 <1.14.0'." }, "kubernetes": { "type": "string", "minLength": 1, "description": "node-semver range over the cluster's Kubernetes version." }, "cni": { "type": "array", "minItems": 1, "items": { "type": "string" } } } };
    const schema24 = { "enum": ["kubernetes.version", "kubeProxy.version", "kubeProxy.mode", "calico.version", "calico.kubeControllersVersion", "calico.ipipMode", "calico.vxlanMode", "calico.iptablesBackend", "calico.featureDetectOverride", "calico.dataplane", "node.os"] };
    const schema27 = { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" };
    const func7 = Object.prototype.hasOwnProperty;
    const pattern6 = new RegExp("^https://", "u");
    const pattern9 = new RegExp("^[a-z]+$", "u");
    const pattern14 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$", "u");
    function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.label === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.summary === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.references === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.detect === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detect" }, message: "must have required property 'detect'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.kubeProxy === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kubeProxy" }, message: "must have required property 'kubeProxy'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.cni === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cni" }, message: "must have required property 'cni'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.defaults === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "defaults" }, message: "must have required property 'defaults'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.releases === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "releases" }, message: "must have required property 'releases'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func7.call(schema14.properties, key0)) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (!(data0 === "kubespray" || data0 === "kubean" || data0 === "kubeasz" || data0 === "kubekey" || data0 === "kind" || data0 === "kubeone" || data0 === "k0s" || data0 === "k3s" || data0 === "rke2" || data0 === "rke1" || data0 === "kops" || data0 === "cluster-api" || data0 === "kubeadm" || data0 === "microk8s" || data0 === "talos" || data0 === "eks" || data0 === "aks" || data0 === "gke")) {
            const err10 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/installerName/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.label !== void 0) {
          let data1 = data.label;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err11 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.summary !== void 0) {
          let data2 = data.summary;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err13 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.references !== void 0) {
          let data3 = data.references;
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err15 = { instancePath: instancePath + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (!pattern6.test(data4)) {
                  const err16 = { instancePath: instancePath + "/references/" + i0, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/references/" + i0, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.specialises !== void 0) {
          let data5 = data.specialises;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (!(data6 === "kubespray" || data6 === "kubean" || data6 === "kubeasz" || data6 === "kubekey" || data6 === "kind" || data6 === "kubeone" || data6 === "k0s" || data6 === "k3s" || data6 === "rke2" || data6 === "rke1" || data6 === "kops" || data6 === "cluster-api" || data6 === "kubeadm" || data6 === "microk8s" || data6 === "talos" || data6 === "eks" || data6 === "aks" || data6 === "gke")) {
                const err19 = { instancePath: instancePath + "/specialises/" + i1, schemaPath: "#/definitions/installerName/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/specialises", schemaPath: "#/properties/specialises/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.releaseScheme !== void 0) {
          let data7 = data.releaseScheme;
          if (!(data7 === "own" || data7 === "kubernetes")) {
            const err21 = { instancePath: instancePath + "/releaseScheme", schemaPath: "#/properties/releaseScheme/enum", keyword: "enum", params: { allowedValues: schema14.properties.releaseScheme.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.detect !== void 0) {
          let data8 = data.detect;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err22 = { instancePath: instancePath + "/detect", schemaPath: "#/properties/detect/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.signal === void 0) {
                  const err23 = { instancePath: instancePath + "/detect/" + i2, schemaPath: "#/properties/detect/items/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key1 in data9) {
                  if (!(key1 === "signal" || key1 === "verified" || key1 === "references")) {
                    const err24 = { instancePath: instancePath + "/detect/" + i2, schemaPath: "#/properties/detect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.signal !== void 0) {
                  let data10 = data9.signal;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err25 = { instancePath: instancePath + "/detect/" + i2 + "/signal", schemaPath: "#/properties/detect/items/properties/signal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/detect/" + i2 + "/signal", schemaPath: "#/properties/detect/items/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data9.verified !== void 0) {
                  if (typeof data9.verified !== "boolean") {
                    const err27 = { instancePath: instancePath + "/detect/" + i2 + "/verified", schemaPath: "#/properties/detect/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data9.references !== void 0) {
                  let data12 = data9.references;
                  if (Array.isArray(data12)) {
                    if (data12.length < 1) {
                      const err28 = { instancePath: instancePath + "/detect/" + i2 + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    const len3 = data12.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data13 = data12[i3];
                      if (typeof data13 === "string") {
                        if (!pattern6.test(data13)) {
                          const err29 = { instancePath: instancePath + "/detect/" + i2 + "/references/" + i3, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                      } else {
                        const err30 = { instancePath: instancePath + "/detect/" + i2 + "/references/" + i3, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/detect/" + i2 + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/detect/" + i2, schemaPath: "#/properties/detect/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/detect", schemaPath: "#/properties/detect/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.kubeProxy !== void 0) {
          let data14 = data.kubeProxy;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.runs === void 0) {
              const err34 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data14.how === void 0) {
              const err35 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/required", keyword: "required", params: { missingProperty: "how" }, message: "must have required property 'how'" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data14.disabledBy === void 0) {
              const err36 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/required", keyword: "required", params: { missingProperty: "disabledBy" }, message: "must have required property 'disabledBy'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data14.references === void 0) {
              const err37 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "runs" || key2 === "how" || key2 === "disabledBy" || key2 === "references" || key2 === "patchBuilds")) {
                const err38 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.runs !== void 0) {
              if (typeof data14.runs !== "boolean") {
                const err39 = { instancePath: instancePath + "/kubeProxy/runs", schemaPath: "#/properties/kubeProxy/properties/runs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.how !== void 0) {
              if (typeof data14.how !== "string") {
                const err40 = { instancePath: instancePath + "/kubeProxy/how", schemaPath: "#/properties/kubeProxy/properties/how/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.disabledBy !== void 0) {
              let data17 = data14.disabledBy;
              if (Array.isArray(data17)) {
                const len4 = data17.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data17[i4] !== "string") {
                    const err41 = { instancePath: instancePath + "/kubeProxy/disabledBy/" + i4, schemaPath: "#/properties/kubeProxy/properties/disabledBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/kubeProxy/disabledBy", schemaPath: "#/properties/kubeProxy/properties/disabledBy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data14.references !== void 0) {
              let data19 = data14.references;
              if (Array.isArray(data19)) {
                if (data19.length < 1) {
                  const err43 = { instancePath: instancePath + "/kubeProxy/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                const len5 = data19.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data20 = data19[i5];
                  if (typeof data20 === "string") {
                    if (!pattern6.test(data20)) {
                      const err44 = { instancePath: instancePath + "/kubeProxy/references/" + i5, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/kubeProxy/references/" + i5, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/kubeProxy/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data14.patchBuilds !== void 0) {
              let data21 = data14.patchBuilds;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.note === void 0) {
                  const err47 = { instancePath: instancePath + "/kubeProxy/patchBuilds", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data21.references === void 0) {
                  const err48 = { instancePath: instancePath + "/kubeProxy/patchBuilds", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                for (const key3 in data21) {
                  if (!(key3 === "note" || key3 === "buildTag" || key3 === "versionFloor" || key3 === "references")) {
                    const err49 = { instancePath: instancePath + "/kubeProxy/patchBuilds", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data21.note !== void 0) {
                  let data22 = data21.note;
                  if (typeof data22 === "string") {
                    if (func2(data22) < 1) {
                      const err50 = { instancePath: instancePath + "/kubeProxy/patchBuilds/note", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/kubeProxy/patchBuilds/note", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data21.buildTag !== void 0) {
                  let data23 = data21.buildTag;
                  if (typeof data23 === "string") {
                    if (!pattern9.test(data23)) {
                      const err52 = { instancePath: instancePath + "/kubeProxy/patchBuilds/buildTag", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/properties/buildTag/pattern", keyword: "pattern", params: { pattern: "^[a-z]+$" }, message: 'must match pattern "^[a-z]+$"' };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/kubeProxy/patchBuilds/buildTag", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/properties/buildTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data21.versionFloor !== void 0) {
                  if (typeof data21.versionFloor !== "boolean") {
                    const err54 = { instancePath: instancePath + "/kubeProxy/patchBuilds/versionFloor", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/properties/versionFloor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data21.references !== void 0) {
                  let data25 = data21.references;
                  if (Array.isArray(data25)) {
                    if (data25.length < 1) {
                      const err55 = { instancePath: instancePath + "/kubeProxy/patchBuilds/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    const len6 = data25.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data26 = data25[i6];
                      if (typeof data26 === "string") {
                        if (!pattern6.test(data26)) {
                          const err56 = { instancePath: instancePath + "/kubeProxy/patchBuilds/references/" + i6, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/kubeProxy/patchBuilds/references/" + i6, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/kubeProxy/patchBuilds/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/kubeProxy/patchBuilds", schemaPath: "#/properties/kubeProxy/properties/patchBuilds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/kubeProxy", schemaPath: "#/properties/kubeProxy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data.kubeletBuilds !== void 0) {
          let data27 = data.kubeletBuilds;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.note === void 0) {
              const err61 = { instancePath: instancePath + "/kubeletBuilds", schemaPath: "#/properties/kubeletBuilds/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data27.references === void 0) {
              const err62 = { instancePath: instancePath + "/kubeletBuilds", schemaPath: "#/properties/kubeletBuilds/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key4 in data27) {
              if (!(key4 === "note" || key4 === "references")) {
                const err63 = { instancePath: instancePath + "/kubeletBuilds", schemaPath: "#/properties/kubeletBuilds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data27.note !== void 0) {
              let data28 = data27.note;
              if (typeof data28 === "string") {
                if (func2(data28) < 1) {
                  const err64 = { instancePath: instancePath + "/kubeletBuilds/note", schemaPath: "#/properties/kubeletBuilds/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/kubeletBuilds/note", schemaPath: "#/properties/kubeletBuilds/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data27.references !== void 0) {
              let data29 = data27.references;
              if (Array.isArray(data29)) {
                if (data29.length < 1) {
                  const err66 = { instancePath: instancePath + "/kubeletBuilds/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                const len7 = data29.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data30 = data29[i7];
                  if (typeof data30 === "string") {
                    if (!pattern6.test(data30)) {
                      const err67 = { instancePath: instancePath + "/kubeletBuilds/references/" + i7, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/kubeletBuilds/references/" + i7, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/kubeletBuilds/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/kubeletBuilds", schemaPath: "#/properties/kubeletBuilds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data.cni !== void 0) {
          let data31 = data.cni;
          if (Array.isArray(data31)) {
            if (data31.length < 1) {
              const err71 = { instancePath: instancePath + "/cni", schemaPath: "#/properties/cni/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            const len8 = data31.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data32 = data31[i8];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.value === void 0) {
                  const err72 = { instancePath: instancePath + "/cni/" + i8, schemaPath: "#/properties/cni/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (data32.references === void 0) {
                  const err73 = { instancePath: instancePath + "/cni/" + i8, schemaPath: "#/properties/cni/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                for (const key5 in data32) {
                  if (!(key5 === "value" || key5 === "when" || key5 === "note" || key5 === "references")) {
                    const err74 = { instancePath: instancePath + "/cni/" + i8, schemaPath: "#/properties/cni/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data32.value !== void 0) {
                  let data33 = data32.value;
                  if (typeof data33 === "string") {
                    if (func2(data33) < 1) {
                      const err75 = { instancePath: instancePath + "/cni/" + i8 + "/value", schemaPath: "#/properties/cni/items/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/cni/" + i8 + "/value", schemaPath: "#/properties/cni/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data32.when !== void 0) {
                  let data34 = data32.when;
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    if (Object.keys(data34).length < 1) {
                      const err77 = { instancePath: instancePath + "/cni/" + i8 + "/when", schemaPath: "#/definitions/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    for (const key6 in data34) {
                      if (!(key6 === "release" || key6 === "kubernetes" || key6 === "cni")) {
                        const err78 = { instancePath: instancePath + "/cni/" + i8 + "/when", schemaPath: "#/definitions/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data34.release !== void 0) {
                      let data35 = data34.release;
                      if (typeof data35 === "string") {
                        if (func2(data35) < 1) {
                          const err79 = { instancePath: instancePath + "/cni/" + i8 + "/when/release", schemaPath: "#/definitions/when/properties/release/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                      } else {
                        const err80 = { instancePath: instancePath + "/cni/" + i8 + "/when/release", schemaPath: "#/definitions/when/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data34.kubernetes !== void 0) {
                      let data36 = data34.kubernetes;
                      if (typeof data36 === "string") {
                        if (func2(data36) < 1) {
                          const err81 = { instancePath: instancePath + "/cni/" + i8 + "/when/kubernetes", schemaPath: "#/definitions/when/properties/kubernetes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                      } else {
                        const err82 = { instancePath: instancePath + "/cni/" + i8 + "/when/kubernetes", schemaPath: "#/definitions/when/properties/kubernetes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    if (data34.cni !== void 0) {
                      let data37 = data34.cni;
                      if (Array.isArray(data37)) {
                        if (data37.length < 1) {
                          const err83 = { instancePath: instancePath + "/cni/" + i8 + "/when/cni", schemaPath: "#/definitions/when/properties/cni/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                        const len9 = data37.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                          if (typeof data37[i9] !== "string") {
                            const err84 = { instancePath: instancePath + "/cni/" + i8 + "/when/cni/" + i9, schemaPath: "#/definitions/when/properties/cni/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err85 = { instancePath: instancePath + "/cni/" + i8 + "/when/cni", schemaPath: "#/definitions/when/properties/cni/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/cni/" + i8 + "/when", schemaPath: "#/definitions/when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data32.note !== void 0) {
                  if (typeof data32.note !== "string") {
                    const err87 = { instancePath: instancePath + "/cni/" + i8 + "/note", schemaPath: "#/properties/cni/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data32.references !== void 0) {
                  let data40 = data32.references;
                  if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                      const err88 = { instancePath: instancePath + "/cni/" + i8 + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    const len10 = data40.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data41 = data40[i10];
                      if (typeof data41 === "string") {
                        if (!pattern6.test(data41)) {
                          const err89 = { instancePath: instancePath + "/cni/" + i8 + "/references/" + i10, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/cni/" + i8 + "/references/" + i10, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/cni/" + i8 + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/cni/" + i8, schemaPath: "#/properties/cni/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/cni", schemaPath: "#/properties/cni/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data.defaults !== void 0) {
          let data42 = data.defaults;
          if (Array.isArray(data42)) {
            const len11 = data42.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data43 = data42[i11];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.fact === void 0) {
                  const err94 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property 'fact'" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (data43.value === void 0) {
                  const err95 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data43.setting === void 0) {
                  const err96 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/required", keyword: "required", params: { missingProperty: "setting" }, message: "must have required property 'setting'" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data43.references === void 0) {
                  const err97 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                for (const key7 in data43) {
                  if (!(key7 === "fact" || key7 === "value" || key7 === "setting" || key7 === "when" || key7 === "verified" || key7 === "note" || key7 === "references")) {
                    const err98 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data43.fact !== void 0) {
                  let data44 = data43.fact;
                  if (!(data44 === "kubernetes.version" || data44 === "kubeProxy.version" || data44 === "kubeProxy.mode" || data44 === "calico.version" || data44 === "calico.kubeControllersVersion" || data44 === "calico.ipipMode" || data44 === "calico.vxlanMode" || data44 === "calico.iptablesBackend" || data44 === "calico.featureDetectOverride" || data44 === "calico.dataplane" || data44 === "node.os")) {
                    const err99 = { instancePath: instancePath + "/defaults/" + i11 + "/fact", schemaPath: "#/definitions/defaultFact/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data43.value !== void 0) {
                  if (typeof data43.value !== "string") {
                    const err100 = { instancePath: instancePath + "/defaults/" + i11 + "/value", schemaPath: "#/properties/defaults/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data43.setting !== void 0) {
                  let data46 = data43.setting;
                  if (typeof data46 === "string") {
                    if (func2(data46) < 1) {
                      const err101 = { instancePath: instancePath + "/defaults/" + i11 + "/setting", schemaPath: "#/properties/defaults/items/properties/setting/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/defaults/" + i11 + "/setting", schemaPath: "#/properties/defaults/items/properties/setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data43.when !== void 0) {
                  let data47 = data43.when;
                  if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                    if (Object.keys(data47).length < 1) {
                      const err103 = { instancePath: instancePath + "/defaults/" + i11 + "/when", schemaPath: "#/definitions/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                    for (const key8 in data47) {
                      if (!(key8 === "release" || key8 === "kubernetes" || key8 === "cni")) {
                        const err104 = { instancePath: instancePath + "/defaults/" + i11 + "/when", schemaPath: "#/definitions/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                    if (data47.release !== void 0) {
                      let data48 = data47.release;
                      if (typeof data48 === "string") {
                        if (func2(data48) < 1) {
                          const err105 = { instancePath: instancePath + "/defaults/" + i11 + "/when/release", schemaPath: "#/definitions/when/properties/release/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      } else {
                        const err106 = { instancePath: instancePath + "/defaults/" + i11 + "/when/release", schemaPath: "#/definitions/when/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                    }
                    if (data47.kubernetes !== void 0) {
                      let data49 = data47.kubernetes;
                      if (typeof data49 === "string") {
                        if (func2(data49) < 1) {
                          const err107 = { instancePath: instancePath + "/defaults/" + i11 + "/when/kubernetes", schemaPath: "#/definitions/when/properties/kubernetes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/defaults/" + i11 + "/when/kubernetes", schemaPath: "#/definitions/when/properties/kubernetes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data47.cni !== void 0) {
                      let data50 = data47.cni;
                      if (Array.isArray(data50)) {
                        if (data50.length < 1) {
                          const err109 = { instancePath: instancePath + "/defaults/" + i11 + "/when/cni", schemaPath: "#/definitions/when/properties/cni/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                        const len12 = data50.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                          if (typeof data50[i12] !== "string") {
                            const err110 = { instancePath: instancePath + "/defaults/" + i11 + "/when/cni/" + i12, schemaPath: "#/definitions/when/properties/cni/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err110];
                            } else {
                              vErrors.push(err110);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err111 = { instancePath: instancePath + "/defaults/" + i11 + "/when/cni", schemaPath: "#/definitions/when/properties/cni/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/defaults/" + i11 + "/when", schemaPath: "#/definitions/when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data43.verified !== void 0) {
                  if (typeof data43.verified !== "boolean") {
                    const err113 = { instancePath: instancePath + "/defaults/" + i11 + "/verified", schemaPath: "#/properties/defaults/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data43.note !== void 0) {
                  if (typeof data43.note !== "string") {
                    const err114 = { instancePath: instancePath + "/defaults/" + i11 + "/note", schemaPath: "#/properties/defaults/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data43.references !== void 0) {
                  let data54 = data43.references;
                  if (Array.isArray(data54)) {
                    if (data54.length < 1) {
                      const err115 = { instancePath: instancePath + "/defaults/" + i11 + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    const len13 = data54.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      let data55 = data54[i13];
                      if (typeof data55 === "string") {
                        if (!pattern6.test(data55)) {
                          const err116 = { instancePath: instancePath + "/defaults/" + i11 + "/references/" + i13, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/defaults/" + i11 + "/references/" + i13, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/defaults/" + i11 + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
              } else {
                const err119 = { instancePath: instancePath + "/defaults/" + i11, schemaPath: "#/properties/defaults/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          } else {
            const err120 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data.kubeProxyVersions !== void 0) {
          let data56 = data.kubeProxyVersions;
          if (Array.isArray(data56)) {
            const len14 = data56.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data57 = data56[i14];
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.release === void 0) {
                  const err121 = { instancePath: instancePath + "/kubeProxyVersions/" + i14, schemaPath: "#/properties/kubeProxyVersions/items/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                if (data57.kubeProxy === void 0) {
                  const err122 = { instancePath: instancePath + "/kubeProxyVersions/" + i14, schemaPath: "#/properties/kubeProxyVersions/items/required", keyword: "required", params: { missingProperty: "kubeProxy" }, message: "must have required property 'kubeProxy'" };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (data57.references === void 0) {
                  const err123 = { instancePath: instancePath + "/kubeProxyVersions/" + i14, schemaPath: "#/properties/kubeProxyVersions/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                for (const key9 in data57) {
                  if (!(key9 === "release" || key9 === "kubeProxy" || key9 === "note" || key9 === "references")) {
                    const err124 = { instancePath: instancePath + "/kubeProxyVersions/" + i14, schemaPath: "#/properties/kubeProxyVersions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data57.release !== void 0) {
                  let data58 = data57.release;
                  if (typeof data58 === "string") {
                    if (!pattern14.test(data58)) {
                      const err125 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/release", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/release", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data57.kubeProxy !== void 0) {
                  let data59 = data57.kubeProxy;
                  if (typeof data59 === "string") {
                    if (!pattern14.test(data59)) {
                      const err127 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/kubeProxy", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  } else {
                    const err128 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/kubeProxy", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data57.note !== void 0) {
                  if (typeof data57.note !== "string") {
                    const err129 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/note", schemaPath: "#/properties/kubeProxyVersions/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data57.references !== void 0) {
                  let data61 = data57.references;
                  if (Array.isArray(data61)) {
                    if (data61.length < 1) {
                      const err130 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    const len15 = data61.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                      let data62 = data61[i15];
                      if (typeof data62 === "string") {
                        if (!pattern6.test(data62)) {
                          const err131 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/references/" + i15, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      } else {
                        const err132 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/references/" + i15, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err133 = { instancePath: instancePath + "/kubeProxyVersions/" + i14 + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
              } else {
                const err134 = { instancePath: instancePath + "/kubeProxyVersions/" + i14, schemaPath: "#/properties/kubeProxyVersions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
          } else {
            const err135 = { instancePath: instancePath + "/kubeProxyVersions", schemaPath: "#/properties/kubeProxyVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data.releases !== void 0) {
          let data63 = data.releases;
          if (Array.isArray(data63)) {
            const len16 = data63.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data64 = data63[i16];
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                if (data64.release === void 0) {
                  const err136 = { instancePath: instancePath + "/releases/" + i16, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (data64.references === void 0) {
                  const err137 = { instancePath: instancePath + "/releases/" + i16, schemaPath: "#/properties/releases/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                for (const key10 in data64) {
                  if (!func7.call(schema14.properties.releases.items.properties, key10)) {
                    const err138 = { instancePath: instancePath + "/releases/" + i16, schemaPath: "#/properties/releases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data64.release !== void 0) {
                  let data65 = data64.release;
                  if (typeof data65 === "string") {
                    if (!pattern14.test(data65)) {
                      const err139 = { instancePath: instancePath + "/releases/" + i16 + "/release", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/releases/" + i16 + "/release", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data64.to !== void 0) {
                  let data66 = data64.to;
                  if (typeof data66 === "string") {
                    if (!pattern14.test(data66)) {
                      const err141 = { instancePath: instancePath + "/releases/" + i16 + "/to", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/releases/" + i16 + "/to", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data64.written !== void 0) {
                  if (typeof data64.written !== "string") {
                    const err143 = { instancePath: instancePath + "/releases/" + i16 + "/written", schemaPath: "#/properties/releases/items/properties/written/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data64.kubernetes !== void 0) {
                  let data68 = data64.kubernetes;
                  if (typeof data68 === "string") {
                    if (!pattern14.test(data68)) {
                      const err144 = { instancePath: instancePath + "/releases/" + i16 + "/kubernetes", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                  } else {
                    const err145 = { instancePath: instancePath + "/releases/" + i16 + "/kubernetes", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data64.supports !== void 0) {
                  let data69 = data64.supports;
                  if (typeof data69 === "string") {
                    if (func2(data69) < 1) {
                      const err146 = { instancePath: instancePath + "/releases/" + i16 + "/supports", schemaPath: "#/properties/releases/items/properties/supports/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  } else {
                    const err147 = { instancePath: instancePath + "/releases/" + i16 + "/supports", schemaPath: "#/properties/releases/items/properties/supports/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
                if (data64.calico !== void 0) {
                  let data70 = data64.calico;
                  if (typeof data70 === "string") {
                    if (!pattern14.test(data70)) {
                      const err148 = { instancePath: instancePath + "/releases/" + i16 + "/calico", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                  } else {
                    const err149 = { instancePath: instancePath + "/releases/" + i16 + "/calico", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data64.canal !== void 0) {
                  let data71 = data64.canal;
                  if (typeof data71 === "string") {
                    if (!pattern14.test(data71)) {
                      const err150 = { instancePath: instancePath + "/releases/" + i16 + "/canal", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err150];
                      } else {
                        vErrors.push(err150);
                      }
                      errors++;
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/releases/" + i16 + "/canal", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data64.calicoByKubernetes !== void 0) {
                  let data72 = data64.calicoByKubernetes;
                  if (Array.isArray(data72)) {
                    const len17 = data72.length;
                    for (let i17 = 0; i17 < len17; i17++) {
                      let data73 = data72[i17];
                      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                        if (data73.kubernetes === void 0) {
                          const err152 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17, schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/items/required", keyword: "required", params: { missingProperty: "kubernetes" }, message: "must have required property 'kubernetes'" };
                          if (vErrors === null) {
                            vErrors = [err152];
                          } else {
                            vErrors.push(err152);
                          }
                          errors++;
                        }
                        if (data73.calico === void 0) {
                          const err153 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17, schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/items/required", keyword: "required", params: { missingProperty: "calico" }, message: "must have required property 'calico'" };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        for (const key11 in data73) {
                          if (!(key11 === "kubernetes" || key11 === "calico")) {
                            const err154 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17, schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err154];
                            } else {
                              vErrors.push(err154);
                            }
                            errors++;
                          }
                        }
                        if (data73.kubernetes !== void 0) {
                          if (typeof data73.kubernetes !== "string") {
                            const err155 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17 + "/kubernetes", schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/items/properties/kubernetes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                        }
                        if (data73.calico !== void 0) {
                          let data75 = data73.calico;
                          if (typeof data75 === "string") {
                            if (!pattern14.test(data75)) {
                              const err156 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17 + "/calico", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]*)?$"' };
                              if (vErrors === null) {
                                vErrors = [err156];
                              } else {
                                vErrors.push(err156);
                              }
                              errors++;
                            }
                          } else {
                            const err157 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17 + "/calico", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err157];
                            } else {
                              vErrors.push(err157);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err158 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes/" + i17, schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err159 = { instancePath: instancePath + "/releases/" + i16 + "/calicoByKubernetes", schemaPath: "#/properties/releases/items/properties/calicoByKubernetes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data64.verified !== void 0) {
                  if (typeof data64.verified !== "boolean") {
                    const err160 = { instancePath: instancePath + "/releases/" + i16 + "/verified", schemaPath: "#/properties/releases/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
                if (data64.note !== void 0) {
                  if (typeof data64.note !== "string") {
                    const err161 = { instancePath: instancePath + "/releases/" + i16 + "/note", schemaPath: "#/properties/releases/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data64.references !== void 0) {
                  let data78 = data64.references;
                  if (Array.isArray(data78)) {
                    if (data78.length < 1) {
                      const err162 = { instancePath: instancePath + "/releases/" + i16 + "/references", schemaPath: "#/definitions/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    const len18 = data78.length;
                    for (let i18 = 0; i18 < len18; i18++) {
                      let data79 = data78[i18];
                      if (typeof data79 === "string") {
                        if (!pattern6.test(data79)) {
                          const err163 = { instancePath: instancePath + "/releases/" + i16 + "/references/" + i18, schemaPath: "#/definitions/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                      } else {
                        const err164 = { instancePath: instancePath + "/releases/" + i16 + "/references/" + i18, schemaPath: "#/definitions/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/releases/" + i16 + "/references", schemaPath: "#/definitions/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
              } else {
                const err166 = { instancePath: instancePath + "/releases/" + i16, schemaPath: "#/properties/releases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/releases", schemaPath: "#/properties/releases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
      } else {
        const err168 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err168];
        } else {
          vErrors.push(err168);
        }
        errors++;
      }
      validate13.errors = vErrors;
      return errors === 0;
    }
    const v4 = validate14;
    const schema37 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/operator-calico.schema.json", "title": "netcompat tigera/operator and Helm chart versions to Calico versions", "type": "object", "additionalProperties": false, "required": ["operators", "charts"], "properties": { "operators": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["operator", "calico", "verified", "references"], "properties": { "operator": { "type": "string", "pattern": "^1\\.\\d+$", "description": "tigera/operator release line (major.minor)" }, "calico": { "type": "string", "pattern": "^3\\.\\d+$", "description": "The Calico release line it installs (major.minor)" }, "verified": { "type": "boolean", "description": "false when only third-party sources name the pair" }, "note": { "type": "string" }, "patches": { "type": "object", "description": "Exact operator release -> exact Calico release, where a reference names both", "propertyNames": { "pattern": "^1\\.\\d+\\.\\d+$" }, "additionalProperties": { "type": "string", "pattern": "^3\\.\\d+\\.\\d+$" } }, "references": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } }, "charts": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["names", "encoding", "references"], "properties": { "names": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" } }, "encoding": { "enum": ["calico", "patch-revision", "build-suffix"], "description": "calico: vX.Y.Z is Calico X.Y.Z; patch-revision: vX.Y.PRR is Calico X.Y.P, package revision RR; build-suffix: vX.Y.Z-buildN is Calico X.Y.Z" }, "installs": { "enum": ["calico", "crds"], "description": "crds: the chart holds only CustomResourceDefinitions, so it says nothing about the running Calico" }, "note": { "type": "string" }, "references": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } } } };
    const pattern24 = new RegExp("^1\\.\\d+$", "u");
    const pattern25 = new RegExp("^3\\.\\d+$", "u");
    const pattern26 = new RegExp("^1\\.\\d+\\.\\d+$", "u");
    const pattern27 = new RegExp("^3\\.\\d+\\.\\d+$", "u");
    const pattern28 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
    function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.operators === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operators" }, message: "must have required property 'operators'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.charts === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "charts" }, message: "must have required property 'charts'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "operators" || key0 === "charts")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.operators !== void 0) {
          let data0 = data.operators;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err3 = { instancePath: instancePath + "/operators", schemaPath: "#/properties/operators/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.operator === void 0) {
                  const err4 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data1.calico === void 0) {
                  const err5 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/required", keyword: "required", params: { missingProperty: "calico" }, message: "must have required property 'calico'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data1.verified === void 0) {
                  const err6 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data1.references === void 0) {
                  const err7 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!(key1 === "operator" || key1 === "calico" || key1 === "verified" || key1 === "note" || key1 === "patches" || key1 === "references")) {
                    const err8 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data1.operator !== void 0) {
                  let data2 = data1.operator;
                  if (typeof data2 === "string") {
                    if (!pattern24.test(data2)) {
                      const err9 = { instancePath: instancePath + "/operators/" + i0 + "/operator", schemaPath: "#/properties/operators/items/properties/operator/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d+$" }, message: 'must match pattern "^1\\.\\d+$"' };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/operators/" + i0 + "/operator", schemaPath: "#/properties/operators/items/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data1.calico !== void 0) {
                  let data3 = data1.calico;
                  if (typeof data3 === "string") {
                    if (!pattern25.test(data3)) {
                      const err11 = { instancePath: instancePath + "/operators/" + i0 + "/calico", schemaPath: "#/properties/operators/items/properties/calico/pattern", keyword: "pattern", params: { pattern: "^3\\.\\d+$" }, message: 'must match pattern "^3\\.\\d+$"' };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/operators/" + i0 + "/calico", schemaPath: "#/properties/operators/items/properties/calico/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data1.verified !== void 0) {
                  if (typeof data1.verified !== "boolean") {
                    const err13 = { instancePath: instancePath + "/operators/" + i0 + "/verified", schemaPath: "#/properties/operators/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data1.note !== void 0) {
                  if (typeof data1.note !== "string") {
                    const err14 = { instancePath: instancePath + "/operators/" + i0 + "/note", schemaPath: "#/properties/operators/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data1.patches !== void 0) {
                  let data6 = data1.patches;
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key2 in data6) {
                      const _errs17 = errors;
                      if (typeof key2 === "string") {
                        if (!pattern26.test(key2)) {
                          const err15 = { instancePath: instancePath + "/operators/" + i0 + "/patches", schemaPath: "#/properties/operators/items/properties/patches/propertyNames/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d+\\.\\d+$" }, message: 'must match pattern "^1\\.\\d+\\.\\d+$"', propertyName: key2 };
                          if (vErrors === null) {
                            vErrors = [err15];
                          } else {
                            vErrors.push(err15);
                          }
                          errors++;
                        }
                      }
                      var valid4 = _errs17 === errors;
                      if (!valid4) {
                        const err16 = { instancePath: instancePath + "/operators/" + i0 + "/patches", schemaPath: "#/properties/operators/items/properties/patches/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    for (const key3 in data6) {
                      let data7 = data6[key3];
                      if (typeof data7 === "string") {
                        if (!pattern27.test(data7)) {
                          const err17 = { instancePath: instancePath + "/operators/" + i0 + "/patches/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/operators/items/properties/patches/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^3\\.\\d+\\.\\d+$" }, message: 'must match pattern "^3\\.\\d+\\.\\d+$"' };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      } else {
                        const err18 = { instancePath: instancePath + "/operators/" + i0 + "/patches/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/operators/items/properties/patches/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/operators/" + i0 + "/patches", schemaPath: "#/properties/operators/items/properties/patches/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data1.references !== void 0) {
                  let data8 = data1.references;
                  if (Array.isArray(data8)) {
                    if (data8.length < 1) {
                      const err20 = { instancePath: instancePath + "/operators/" + i0 + "/references", schemaPath: "#/properties/operators/items/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data8[i1] !== "string") {
                        const err21 = { instancePath: instancePath + "/operators/" + i0 + "/references/" + i1, schemaPath: "#/properties/operators/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/operators/" + i0 + "/references", schemaPath: "#/properties/operators/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/operators/" + i0, schemaPath: "#/properties/operators/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/operators", schemaPath: "#/properties/operators/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.charts !== void 0) {
          let data10 = data.charts;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err25 = { instancePath: instancePath + "/charts", schemaPath: "#/properties/charts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.names === void 0) {
                  const err26 = { instancePath: instancePath + "/charts/" + i2, schemaPath: "#/properties/charts/items/required", keyword: "required", params: { missingProperty: "names" }, message: "must have required property 'names'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data11.encoding === void 0) {
                  const err27 = { instancePath: instancePath + "/charts/" + i2, schemaPath: "#/properties/charts/items/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property 'encoding'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data11.references === void 0) {
                  const err28 = { instancePath: instancePath + "/charts/" + i2, schemaPath: "#/properties/charts/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                for (const key4 in data11) {
                  if (!(key4 === "names" || key4 === "encoding" || key4 === "installs" || key4 === "note" || key4 === "references")) {
                    const err29 = { instancePath: instancePath + "/charts/" + i2, schemaPath: "#/properties/charts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data11.names !== void 0) {
                  let data12 = data11.names;
                  if (Array.isArray(data12)) {
                    if (data12.length < 1) {
                      const err30 = { instancePath: instancePath + "/charts/" + i2 + "/names", schemaPath: "#/properties/charts/items/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    const len3 = data12.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data13 = data12[i3];
                      if (typeof data13 === "string") {
                        if (!pattern28.test(data13)) {
                          const err31 = { instancePath: instancePath + "/charts/" + i2 + "/names/" + i3, schemaPath: "#/properties/charts/items/properties/names/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err31];
                          } else {
                            vErrors.push(err31);
                          }
                          errors++;
                        }
                      } else {
                        const err32 = { instancePath: instancePath + "/charts/" + i2 + "/names/" + i3, schemaPath: "#/properties/charts/items/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/charts/" + i2 + "/names", schemaPath: "#/properties/charts/items/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data11.encoding !== void 0) {
                  let data14 = data11.encoding;
                  if (!(data14 === "calico" || data14 === "patch-revision" || data14 === "build-suffix")) {
                    const err34 = { instancePath: instancePath + "/charts/" + i2 + "/encoding", schemaPath: "#/properties/charts/items/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema37.properties.charts.items.properties.encoding.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data11.installs !== void 0) {
                  let data15 = data11.installs;
                  if (!(data15 === "calico" || data15 === "crds")) {
                    const err35 = { instancePath: instancePath + "/charts/" + i2 + "/installs", schemaPath: "#/properties/charts/items/properties/installs/enum", keyword: "enum", params: { allowedValues: schema37.properties.charts.items.properties.installs.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data11.note !== void 0) {
                  if (typeof data11.note !== "string") {
                    const err36 = { instancePath: instancePath + "/charts/" + i2 + "/note", schemaPath: "#/properties/charts/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data11.references !== void 0) {
                  let data17 = data11.references;
                  if (Array.isArray(data17)) {
                    if (data17.length < 1) {
                      const err37 = { instancePath: instancePath + "/charts/" + i2 + "/references", schemaPath: "#/properties/charts/items/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    const len4 = data17.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data17[i4] !== "string") {
                        const err38 = { instancePath: instancePath + "/charts/" + i2 + "/references/" + i4, schemaPath: "#/properties/charts/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/charts/" + i2 + "/references", schemaPath: "#/properties/charts/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/charts/" + i2, schemaPath: "#/properties/charts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/charts", schemaPath: "#/properties/charts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      validate14.errors = vErrors;
      return errors === 0;
    }
    const v5 = validate15;
    const schema38 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/os-image-patterns.schema.json", "title": "netcompat OS image naming patterns", "description": "How an image, template, AMI family or os-release name in infrastructure config maps to a node-os spec (see data/os-kernels.yaml). Tried in file order; the first matching pattern of the input's kind wins.", "type": "object", "additionalProperties": false, "required": ["patterns"], "definitions": { "kind": { "enum": ["image", "base-os", "ami-family", "image-type", "azure-image", "os-release", "vagrant-box"], "description": "image: AMI/template/image names and paths, SSM parameters, image-builder outputs; base-os: CAPA imageLookupBaseOS and image-builder build_name; ami-family: eksctl amiFamily, CAPA eksLookupType, Karpenter alias; image-type: EKS amiType, GKE imageType, AKS osSku; azure-image: publisher:offer:sku URNs, AKS node images, CAPZ gallery images; os-release: osImage PRETTY_NAME, Ansible distribution/version, Kubespray and kubean OS names; vagrant-box: a Vagrantfile's config.vm.box" } }, "properties": { "patterns": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "kinds", "match", "examples", "references"], "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, "kinds": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/kind" } }, "match": { "type": "string", "minLength": 1, "description": "JavaScript regular expression, matched case-insensitively" }, "os": { "type": "string", "pattern": "^(\\$[1-9]|[a-z])(\\$[1-9]|\\{\\.\\$[1-9]\\}|\\{-\\$[1-9]\\}|\\{k8s\\}|[a-z0-9.-])*$", "description": "node-os spec template: $N is capture group N, {.$N} is '.' and group N when it matched, {k8s} is the Kubernetes minor (1.28) when the source knows it. A spec without a version (e.g. 'flatcar') means the OS is known but not its release." }, "fallback": { "type": "string", "pattern": "^[a-z][a-z0-9.-]*$", "description": "Spec used when the template needs {k8s} and the Kubernetes version is unknown" }, "ignore": { "const": true, "description": "Recognised but not a Linux node OS (Windows): no node.os fact" }, "note": { "type": "string", "description": "Shown with the inference, e.g. why a lower bound was chosen" }, "verified": { "type": "boolean", "description": "false when os-kernels.md marks the naming UNVERIFIED" }, "examples": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["input"], "properties": { "input": { "type": "string" }, "k8s": { "type": "string", "pattern": "^1\\.\\d+$" }, "os": { "type": "string", "description": "Expected spec; absent for ignored patterns" }, "unresolved": { "const": true } } } }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^https://" } } }, "oneOf": [{ "properties": { "os": { "type": "string" } }, "required": ["os"] }, { "properties": { "ignore": { "const": true } }, "required": ["ignore"] }] } } } };
    const schema39 = { "enum": ["image", "base-os", "ami-family", "image-type", "azure-image", "os-release", "vagrant-box"], "description": "image: AMI/template/image names and paths, SSM parameters, image-builder outputs; base-os: CAPA imageLookupBaseOS and image-builder build_name; ami-family: eksctl amiFamily, CAPA eksLookupType, Karpenter alias; image-type: EKS amiType, GKE imageType, AKS osSku; azure-image: publisher:offer:sku URNs, AKS node images, CAPZ gallery images; os-release: osImage PRETTY_NAME, Ansible distribution/version, Kubespray and kubean OS names; vagrant-box: a Vagrantfile's config.vm.box" };
    const func0 = import_equal.default.default ?? import_equal.default;
    const pattern29 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
    const pattern30 = new RegExp("^(\\$[1-9]|[a-z])(\\$[1-9]|\\{\\.\\$[1-9]\\}|\\{-\\$[1-9]\\}|\\{k8s\\}|[a-z0-9.-])*$", "u");
    const pattern31 = new RegExp("^[a-z][a-z0-9.-]*$", "u");
    function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.patterns === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "patterns" }, message: "must have required property 'patterns'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "patterns")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.patterns !== void 0) {
          let data0 = data.patterns;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err2 = { instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs6 = errors;
              let valid3 = false;
              let passing0 = null;
              const _errs7 = errors;
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.os === void 0) {
                  const err3 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data1.os !== void 0) {
                  if (typeof data1.os !== "string") {
                    const err4 = { instancePath: instancePath + "/patterns/" + i0 + "/os", schemaPath: "#/properties/patterns/items/oneOf/0/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs7 === errors;
              if (_valid0) {
                valid3 = true;
                passing0 = 0;
              }
              const _errs10 = errors;
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.ignore === void 0) {
                  const err5 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "ignore" }, message: "must have required property 'ignore'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data1.ignore !== void 0) {
                  if (true !== data1.ignore) {
                    const err6 = { instancePath: instancePath + "/patterns/" + i0 + "/ignore", schemaPath: "#/properties/patterns/items/oneOf/1/properties/ignore/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs10 === errors;
              if (_valid0 && valid3) {
                valid3 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid3 = true;
                  passing0 = 1;
                }
              }
              if (!valid3) {
                const err7 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              } else {
                errors = _errs6;
                if (vErrors !== null) {
                  if (_errs6) {
                    vErrors.length = _errs6;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.id === void 0) {
                  const err8 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (data1.kinds === void 0) {
                  const err9 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data1.match === void 0) {
                  const err10 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data1.examples === void 0) {
                  const err11 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data1.references === void 0) {
                  const err12 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!func7.call(schema38.properties.patterns.items.properties, key1)) {
                    const err13 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data1.id !== void 0) {
                  let data4 = data1.id;
                  if (typeof data4 === "string") {
                    if (!pattern29.test(data4)) {
                      const err14 = { instancePath: instancePath + "/patterns/" + i0 + "/id", schemaPath: "#/properties/patterns/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/patterns/" + i0 + "/id", schemaPath: "#/properties/patterns/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data1.kinds !== void 0) {
                  let data5 = data1.kinds;
                  if (Array.isArray(data5)) {
                    if (data5.length < 1) {
                      const err16 = { instancePath: instancePath + "/patterns/" + i0 + "/kinds", schemaPath: "#/properties/patterns/items/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data6 = data5[i1];
                      if (!(data6 === "image" || data6 === "base-os" || data6 === "ami-family" || data6 === "image-type" || data6 === "azure-image" || data6 === "os-release" || data6 === "vagrant-box")) {
                        const err17 = { instancePath: instancePath + "/patterns/" + i0 + "/kinds/" + i1, schemaPath: "#/definitions/kind/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                    let i2 = data5.length;
                    let j0;
                    if (i2 > 1) {
                      outer0: for (; i2--; ) {
                        for (j0 = i2; j0--; ) {
                          if (func0(data5[i2], data5[j0])) {
                            const err18 = { instancePath: instancePath + "/patterns/" + i0 + "/kinds", schemaPath: "#/properties/patterns/items/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                            if (vErrors === null) {
                              vErrors = [err18];
                            } else {
                              vErrors.push(err18);
                            }
                            errors++;
                            break outer0;
                          }
                        }
                      }
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/patterns/" + i0 + "/kinds", schemaPath: "#/properties/patterns/items/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data1.match !== void 0) {
                  let data7 = data1.match;
                  if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                      const err20 = { instancePath: instancePath + "/patterns/" + i0 + "/match", schemaPath: "#/properties/patterns/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/patterns/" + i0 + "/match", schemaPath: "#/properties/patterns/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data1.os !== void 0) {
                  let data8 = data1.os;
                  if (typeof data8 === "string") {
                    if (!pattern30.test(data8)) {
                      const err22 = { instancePath: instancePath + "/patterns/" + i0 + "/os", schemaPath: "#/properties/patterns/items/properties/os/pattern", keyword: "pattern", params: { pattern: "^(\\$[1-9]|[a-z])(\\$[1-9]|\\{\\.\\$[1-9]\\}|\\{-\\$[1-9]\\}|\\{k8s\\}|[a-z0-9.-])*$" }, message: 'must match pattern "^(\\$[1-9]|[a-z])(\\$[1-9]|\\{\\.\\$[1-9]\\}|\\{-\\$[1-9]\\}|\\{k8s\\}|[a-z0-9.-])*$"' };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/patterns/" + i0 + "/os", schemaPath: "#/properties/patterns/items/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data1.fallback !== void 0) {
                  let data9 = data1.fallback;
                  if (typeof data9 === "string") {
                    if (!pattern31.test(data9)) {
                      const err24 = { instancePath: instancePath + "/patterns/" + i0 + "/fallback", schemaPath: "#/properties/patterns/items/properties/fallback/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9.-]*$" }, message: 'must match pattern "^[a-z][a-z0-9.-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/patterns/" + i0 + "/fallback", schemaPath: "#/properties/patterns/items/properties/fallback/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data1.ignore !== void 0) {
                  if (true !== data1.ignore) {
                    const err26 = { instancePath: instancePath + "/patterns/" + i0 + "/ignore", schemaPath: "#/properties/patterns/items/properties/ignore/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data1.note !== void 0) {
                  if (typeof data1.note !== "string") {
                    const err27 = { instancePath: instancePath + "/patterns/" + i0 + "/note", schemaPath: "#/properties/patterns/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data1.verified !== void 0) {
                  if (typeof data1.verified !== "boolean") {
                    const err28 = { instancePath: instancePath + "/patterns/" + i0 + "/verified", schemaPath: "#/properties/patterns/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data1.examples !== void 0) {
                  let data13 = data1.examples;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err29 = { instancePath: instancePath + "/patterns/" + i0 + "/examples", schemaPath: "#/properties/patterns/items/properties/examples/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    const len2 = data13.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data14 = data13[i3];
                      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                        if (data14.input === void 0) {
                          const err30 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3, schemaPath: "#/properties/patterns/items/properties/examples/items/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
                          if (vErrors === null) {
                            vErrors = [err30];
                          } else {
                            vErrors.push(err30);
                          }
                          errors++;
                        }
                        for (const key2 in data14) {
                          if (!(key2 === "input" || key2 === "k8s" || key2 === "os" || key2 === "unresolved")) {
                            const err31 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3, schemaPath: "#/properties/patterns/items/properties/examples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                        if (data14.input !== void 0) {
                          if (typeof data14.input !== "string") {
                            const err32 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3 + "/input", schemaPath: "#/properties/patterns/items/properties/examples/items/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                          }
                        }
                        if (data14.k8s !== void 0) {
                          let data16 = data14.k8s;
                          if (typeof data16 === "string") {
                            if (!pattern24.test(data16)) {
                              const err33 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3 + "/k8s", schemaPath: "#/properties/patterns/items/properties/examples/items/properties/k8s/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d+$" }, message: 'must match pattern "^1\\.\\d+$"' };
                              if (vErrors === null) {
                                vErrors = [err33];
                              } else {
                                vErrors.push(err33);
                              }
                              errors++;
                            }
                          } else {
                            const err34 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3 + "/k8s", schemaPath: "#/properties/patterns/items/properties/examples/items/properties/k8s/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err34];
                            } else {
                              vErrors.push(err34);
                            }
                            errors++;
                          }
                        }
                        if (data14.os !== void 0) {
                          if (typeof data14.os !== "string") {
                            const err35 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3 + "/os", schemaPath: "#/properties/patterns/items/properties/examples/items/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data14.unresolved !== void 0) {
                          if (true !== data14.unresolved) {
                            const err36 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3 + "/unresolved", schemaPath: "#/properties/patterns/items/properties/examples/items/properties/unresolved/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err37 = { instancePath: instancePath + "/patterns/" + i0 + "/examples/" + i3, schemaPath: "#/properties/patterns/items/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/patterns/" + i0 + "/examples", schemaPath: "#/properties/patterns/items/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data1.references !== void 0) {
                  let data19 = data1.references;
                  if (Array.isArray(data19)) {
                    if (data19.length < 1) {
                      const err39 = { instancePath: instancePath + "/patterns/" + i0 + "/references", schemaPath: "#/properties/patterns/items/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    const len3 = data19.length;
                    for (let i4 = 0; i4 < len3; i4++) {
                      let data20 = data19[i4];
                      if (typeof data20 === "string") {
                        if (!pattern6.test(data20)) {
                          const err40 = { instancePath: instancePath + "/patterns/" + i0 + "/references/" + i4, schemaPath: "#/properties/patterns/items/properties/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                          if (vErrors === null) {
                            vErrors = [err40];
                          } else {
                            vErrors.push(err40);
                          }
                          errors++;
                        }
                      } else {
                        const err41 = { instancePath: instancePath + "/patterns/" + i0 + "/references/" + i4, schemaPath: "#/properties/patterns/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/patterns/" + i0 + "/references", schemaPath: "#/properties/patterns/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/patterns/" + i0, schemaPath: "#/properties/patterns/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      validate15.errors = vErrors;
      return errors === 0;
    }
    const v6 = validate16;
    const schema40 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/os-kernels.schema.json", "title": "netcompat OS image to default kernel table", "type": "object", "additionalProperties": false, "required": ["distros"], "properties": { "distros": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "references", "releases"], "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "Prefix of node-os specs: <id>-<version>" }, "name": { "type": "string", "minLength": 1, "description": 'Human name; a release reads "<name> <version>"' }, "aliases": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" } }, "label": { "type": "string", "pattern": "\\{version\\}", "description": 'How a release reads, e.g. "Ubuntu {version} AWS image"; default "<name> <version>"' }, "pin": { "type": "string", "minLength": 1, "description": "How a user pins the kernel when a release gives a range" }, "note": { "type": "string" }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Sources for every release row (URLs or os-kernels.md \xA7N citations)" }, "releases": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["version", "kernel"], "properties": { "version": { "type": "string", "pattern": "^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$", "description": 'Release; a row for "8" also covers 8.x without a row of its own' }, "kernel": { "type": "string", "pattern": "^\\d+\\.\\d+$", "description": "Default kernel major.minor" }, "kernels": { "type": "array", "minItems": 2, "items": { "type": "string", "pattern": "^\\d+\\.\\d+$" }, "description": "Every kernel series the release may run when its source does not pin one (a rolling cloud kernel, UEK or RHCK), oldest first; `kernel` is then the oldest" }, "byDate": { "type": "array", "minItems": 1, "description": "The series by image date (YYYYMMDD, inclusive), for specs that carry a date: ubuntu-aws-20.04-20240301", "items": { "type": "object", "additionalProperties": false, "required": ["kernels"], "properties": { "from": { "type": "string", "pattern": "^\\d{8}$" }, "to": { "type": "string", "pattern": "^\\d{8}$" }, "kernels": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^\\d+\\.\\d+$" } } } } }, "kernelString": { "type": "string", "pattern": "^\\d+\\.\\d+[-+.]", "description": `uname -r of the release's kernel as the research gives it; an "x" stands for a build number it does not give` }, "iptablesBackend": { "enum": ["legacy", "nft"], "description": "The host's default iptables backend; absent when unknown" }, "backendVerified": { "type": "boolean", "description": "false when the research does not state the backend (general knowledge)" }, "verified": { "type": "boolean", "description": "false when os-kernels.md marks the row's kernel UNVERIFIED (no source mark)" }, "note": { "type": "string" }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Sources for this row beyond the distro's" } } } } } } } } };
    const pattern36 = new RegExp("\\{version\\}", "u");
    const pattern37 = new RegExp("^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$", "u");
    const pattern38 = new RegExp("^\\d+\\.\\d+$", "u");
    const pattern40 = new RegExp("^\\d{8}$", "u");
    const pattern43 = new RegExp("^\\d+\\.\\d+[-+.]", "u");
    function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.distros === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "distros" }, message: "must have required property 'distros'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "distros")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.distros !== void 0) {
          let data0 = data.distros;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err2 = { instancePath: instancePath + "/distros", schemaPath: "#/properties/distros/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.id === void 0) {
                  const err3 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data1.name === void 0) {
                  const err4 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data1.references === void 0) {
                  const err5 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data1.releases === void 0) {
                  const err6 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/required", keyword: "required", params: { missingProperty: "releases" }, message: "must have required property 'releases'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key1 in data1) {
                  if (!(key1 === "id" || key1 === "name" || key1 === "aliases" || key1 === "label" || key1 === "pin" || key1 === "note" || key1 === "references" || key1 === "releases")) {
                    const err7 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data1.id !== void 0) {
                  let data2 = data1.id;
                  if (typeof data2 === "string") {
                    if (!pattern29.test(data2)) {
                      const err8 = { instancePath: instancePath + "/distros/" + i0 + "/id", schemaPath: "#/properties/distros/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  } else {
                    const err9 = { instancePath: instancePath + "/distros/" + i0 + "/id", schemaPath: "#/properties/distros/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data1.name !== void 0) {
                  let data3 = data1.name;
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      const err10 = { instancePath: instancePath + "/distros/" + i0 + "/name", schemaPath: "#/properties/distros/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/distros/" + i0 + "/name", schemaPath: "#/properties/distros/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data1.aliases !== void 0) {
                  let data4 = data1.aliases;
                  if (Array.isArray(data4)) {
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data5 = data4[i1];
                      if (typeof data5 === "string") {
                        if (!pattern29.test(data5)) {
                          const err12 = { instancePath: instancePath + "/distros/" + i0 + "/aliases/" + i1, schemaPath: "#/properties/distros/items/properties/aliases/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"' };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        }
                      } else {
                        const err13 = { instancePath: instancePath + "/distros/" + i0 + "/aliases/" + i1, schemaPath: "#/properties/distros/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/distros/" + i0 + "/aliases", schemaPath: "#/properties/distros/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data1.label !== void 0) {
                  let data6 = data1.label;
                  if (typeof data6 === "string") {
                    if (!pattern36.test(data6)) {
                      const err15 = { instancePath: instancePath + "/distros/" + i0 + "/label", schemaPath: "#/properties/distros/items/properties/label/pattern", keyword: "pattern", params: { pattern: "\\{version\\}" }, message: 'must match pattern "\\{version\\}"' };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/distros/" + i0 + "/label", schemaPath: "#/properties/distros/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data1.pin !== void 0) {
                  let data7 = data1.pin;
                  if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                      const err17 = { instancePath: instancePath + "/distros/" + i0 + "/pin", schemaPath: "#/properties/distros/items/properties/pin/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = { instancePath: instancePath + "/distros/" + i0 + "/pin", schemaPath: "#/properties/distros/items/properties/pin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data1.note !== void 0) {
                  if (typeof data1.note !== "string") {
                    const err19 = { instancePath: instancePath + "/distros/" + i0 + "/note", schemaPath: "#/properties/distros/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data1.references !== void 0) {
                  let data9 = data1.references;
                  if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                      const err20 = { instancePath: instancePath + "/distros/" + i0 + "/references", schemaPath: "#/properties/distros/items/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    const len2 = data9.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data10 = data9[i2];
                      if (typeof data10 === "string") {
                        if (func2(data10) < 1) {
                          const err21 = { instancePath: instancePath + "/distros/" + i0 + "/references/" + i2, schemaPath: "#/properties/distros/items/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      } else {
                        const err22 = { instancePath: instancePath + "/distros/" + i0 + "/references/" + i2, schemaPath: "#/properties/distros/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/distros/" + i0 + "/references", schemaPath: "#/properties/distros/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data1.releases !== void 0) {
                  let data11 = data1.releases;
                  if (Array.isArray(data11)) {
                    if (data11.length < 1) {
                      const err24 = { instancePath: instancePath + "/distros/" + i0 + "/releases", schemaPath: "#/properties/distros/items/properties/releases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    const len3 = data11.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data12 = data11[i3];
                      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        if (data12.version === void 0) {
                          const err25 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3, schemaPath: "#/properties/distros/items/properties/releases/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
                          if (vErrors === null) {
                            vErrors = [err25];
                          } else {
                            vErrors.push(err25);
                          }
                          errors++;
                        }
                        if (data12.kernel === void 0) {
                          const err26 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3, schemaPath: "#/properties/distros/items/properties/releases/items/required", keyword: "required", params: { missingProperty: "kernel" }, message: "must have required property 'kernel'" };
                          if (vErrors === null) {
                            vErrors = [err26];
                          } else {
                            vErrors.push(err26);
                          }
                          errors++;
                        }
                        for (const key2 in data12) {
                          if (!func7.call(schema40.properties.distros.items.properties.releases.items.properties, key2)) {
                            const err27 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3, schemaPath: "#/properties/distros/items/properties/releases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                        }
                        if (data12.version !== void 0) {
                          let data13 = data12.version;
                          if (typeof data13 === "string") {
                            if (!pattern37.test(data13)) {
                              const err28 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/version", schemaPath: "#/properties/distros/items/properties/releases/items/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$" }, message: 'must match pattern "^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$"' };
                              if (vErrors === null) {
                                vErrors = [err28];
                              } else {
                                vErrors.push(err28);
                              }
                              errors++;
                            }
                          } else {
                            const err29 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/version", schemaPath: "#/properties/distros/items/properties/releases/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                        }
                        if (data12.kernel !== void 0) {
                          let data14 = data12.kernel;
                          if (typeof data14 === "string") {
                            if (!pattern38.test(data14)) {
                              const err30 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernel", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernel/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"' };
                              if (vErrors === null) {
                                vErrors = [err30];
                              } else {
                                vErrors.push(err30);
                              }
                              errors++;
                            }
                          } else {
                            const err31 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernel", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                        if (data12.kernels !== void 0) {
                          let data15 = data12.kernels;
                          if (Array.isArray(data15)) {
                            if (data15.length < 2) {
                              const err32 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernels", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernels/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                              if (vErrors === null) {
                                vErrors = [err32];
                              } else {
                                vErrors.push(err32);
                              }
                              errors++;
                            }
                            const len4 = data15.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              let data16 = data15[i4];
                              if (typeof data16 === "string") {
                                if (!pattern38.test(data16)) {
                                  const err33 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernels/" + i4, schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernels/items/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"' };
                                  if (vErrors === null) {
                                    vErrors = [err33];
                                  } else {
                                    vErrors.push(err33);
                                  }
                                  errors++;
                                }
                              } else {
                                const err34 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernels/" + i4, schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err34];
                                } else {
                                  vErrors.push(err34);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err35 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernels", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data12.byDate !== void 0) {
                          let data17 = data12.byDate;
                          if (Array.isArray(data17)) {
                            if (data17.length < 1) {
                              const err36 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                              if (vErrors === null) {
                                vErrors = [err36];
                              } else {
                                vErrors.push(err36);
                              }
                              errors++;
                            }
                            const len5 = data17.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                              let data18 = data17[i5];
                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                if (data18.kernels === void 0) {
                                  const err37 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5, schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/required", keyword: "required", params: { missingProperty: "kernels" }, message: "must have required property 'kernels'" };
                                  if (vErrors === null) {
                                    vErrors = [err37];
                                  } else {
                                    vErrors.push(err37);
                                  }
                                  errors++;
                                }
                                for (const key3 in data18) {
                                  if (!(key3 === "from" || key3 === "to" || key3 === "kernels")) {
                                    const err38 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5, schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err38];
                                    } else {
                                      vErrors.push(err38);
                                    }
                                    errors++;
                                  }
                                }
                                if (data18.from !== void 0) {
                                  let data19 = data18.from;
                                  if (typeof data19 === "string") {
                                    if (!pattern40.test(data19)) {
                                      const err39 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/from", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^\\d{8}$" }, message: 'must match pattern "^\\d{8}$"' };
                                      if (vErrors === null) {
                                        vErrors = [err39];
                                      } else {
                                        vErrors.push(err39);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err40 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/from", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err40];
                                    } else {
                                      vErrors.push(err40);
                                    }
                                    errors++;
                                  }
                                }
                                if (data18.to !== void 0) {
                                  let data20 = data18.to;
                                  if (typeof data20 === "string") {
                                    if (!pattern40.test(data20)) {
                                      const err41 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/to", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^\\d{8}$" }, message: 'must match pattern "^\\d{8}$"' };
                                      if (vErrors === null) {
                                        vErrors = [err41];
                                      } else {
                                        vErrors.push(err41);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err42 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/to", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err42];
                                    } else {
                                      vErrors.push(err42);
                                    }
                                    errors++;
                                  }
                                }
                                if (data18.kernels !== void 0) {
                                  let data21 = data18.kernels;
                                  if (Array.isArray(data21)) {
                                    if (data21.length < 1) {
                                      const err43 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/kernels", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/kernels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err43];
                                      } else {
                                        vErrors.push(err43);
                                      }
                                      errors++;
                                    }
                                    const len6 = data21.length;
                                    for (let i6 = 0; i6 < len6; i6++) {
                                      let data22 = data21[i6];
                                      if (typeof data22 === "string") {
                                        if (!pattern38.test(data22)) {
                                          const err44 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/kernels/" + i6, schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/kernels/items/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"' };
                                          if (vErrors === null) {
                                            vErrors = [err44];
                                          } else {
                                            vErrors.push(err44);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err45 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/kernels/" + i6, schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/kernels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err45];
                                        } else {
                                          vErrors.push(err45);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err46 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5 + "/kernels", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/properties/kernels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err46];
                                    } else {
                                      vErrors.push(err46);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err47 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate/" + i5, schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err47];
                                } else {
                                  vErrors.push(err47);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err48 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/byDate", schemaPath: "#/properties/distros/items/properties/releases/items/properties/byDate/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                        }
                        if (data12.kernelString !== void 0) {
                          let data23 = data12.kernelString;
                          if (typeof data23 === "string") {
                            if (!pattern43.test(data23)) {
                              const err49 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernelString", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernelString/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+[-+.]" }, message: 'must match pattern "^\\d+\\.\\d+[-+.]"' };
                              if (vErrors === null) {
                                vErrors = [err49];
                              } else {
                                vErrors.push(err49);
                              }
                              errors++;
                            }
                          } else {
                            const err50 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/kernelString", schemaPath: "#/properties/distros/items/properties/releases/items/properties/kernelString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err50];
                            } else {
                              vErrors.push(err50);
                            }
                            errors++;
                          }
                        }
                        if (data12.iptablesBackend !== void 0) {
                          let data24 = data12.iptablesBackend;
                          if (!(data24 === "legacy" || data24 === "nft")) {
                            const err51 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/iptablesBackend", schemaPath: "#/properties/distros/items/properties/releases/items/properties/iptablesBackend/enum", keyword: "enum", params: { allowedValues: schema40.properties.distros.items.properties.releases.items.properties.iptablesBackend.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                        if (data12.backendVerified !== void 0) {
                          if (typeof data12.backendVerified !== "boolean") {
                            const err52 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/backendVerified", schemaPath: "#/properties/distros/items/properties/releases/items/properties/backendVerified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err52];
                            } else {
                              vErrors.push(err52);
                            }
                            errors++;
                          }
                        }
                        if (data12.verified !== void 0) {
                          if (typeof data12.verified !== "boolean") {
                            const err53 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/verified", schemaPath: "#/properties/distros/items/properties/releases/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                        if (data12.note !== void 0) {
                          if (typeof data12.note !== "string") {
                            const err54 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/note", schemaPath: "#/properties/distros/items/properties/releases/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err54];
                            } else {
                              vErrors.push(err54);
                            }
                            errors++;
                          }
                        }
                        if (data12.references !== void 0) {
                          let data28 = data12.references;
                          if (Array.isArray(data28)) {
                            const len7 = data28.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                              let data29 = data28[i7];
                              if (typeof data29 === "string") {
                                if (func2(data29) < 1) {
                                  const err55 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/references/" + i7, schemaPath: "#/properties/distros/items/properties/releases/items/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                  if (vErrors === null) {
                                    vErrors = [err55];
                                  } else {
                                    vErrors.push(err55);
                                  }
                                  errors++;
                                }
                              } else {
                                const err56 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/references/" + i7, schemaPath: "#/properties/distros/items/properties/releases/items/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err56];
                                } else {
                                  vErrors.push(err56);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err57 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3 + "/references", schemaPath: "#/properties/distros/items/properties/releases/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err57];
                            } else {
                              vErrors.push(err57);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err58 = { instancePath: instancePath + "/distros/" + i0 + "/releases/" + i3, schemaPath: "#/properties/distros/items/properties/releases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/distros/" + i0 + "/releases", schemaPath: "#/properties/distros/items/properties/releases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/distros/" + i0, schemaPath: "#/properties/distros/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/distros", schemaPath: "#/properties/distros/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      validate16.errors = vErrors;
      return errors === 0;
    }
    const v7 = validate17;
    const schema41 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/netcompat/netcompat/main/schema/rule.schema.json", "title": "netcompat rule", "description": "One known kube-proxy / Calico / kernel issue. Conditions are three-valued: a missing fact makes a leaf unknown (except `present`), so the rule is reported as undetermined rather than silently passed.", "type": "object", "additionalProperties": false, "required": ["id", "title", "component", "severity", "symptom", "message", "when", "fix", "references"], "properties": { "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, "title": { "type": "string", "minLength": 5, "maxLength": 120 }, "component": { "enum": ["kube-proxy", "calico", "node"], "description": "node: kernel-level rules beside the kube-proxy and Calico ones." }, "severity": { "enum": ["high", "medium", "low"] }, "symptom": { "type": "string", "minLength": 10 }, "message": { "type": "string", "description": "Finding text with {fact.name} placeholders filled from the facts that matched." }, "when": { "$ref": "#/definitions/condition" }, "unless": { "type": "array", "description": "Any condition true cancels the rule. An absent fact counts as false here (the default applies).", "items": { "$ref": "#/definitions/condition" } }, "fix": { "type": "string", "minLength": 5 }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^https://" } }, "notes": { "type": "array", "items": { "type": "string" } }, "seedErrors": { "type": "array", "items": { "type": "string" } }, "primaryFact": { "$ref": "#/definitions/factName" }, "helpUri": { "type": "string", "pattern": "^https://" }, "security": { "type": "boolean", "description": "A security issue: SARIF gets the security tag and a security-severity; reports mark it." }, "cve": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^CVE-\\d{4}-\\d{4,}$" }, "description": "CVE ids of a security issue." }, "affected": { "type": "string", "minLength": 5, "maxLength": 400, "description": "The affected condition in words, for the README's rules table; the full condition stays in when/unless." } }, "definitions": { "factName": { "enum": ["kubernetes.version", "kubeProxy.version", "kubeProxy.mode", "kubeProxy.disabled", "kubeProxy.image", "calico.version", "calico.kubeControllersVersion", "calico.operatorVersion", "calico.ipipMode", "calico.vxlanMode", "calico.iptablesBackend", "calico.featureDetectOverride", "calico.dataplane", "node.os", "node.kernel", "host.iptablesBackend", "host.ipTablesModuleLoaded", "host.nodeIpInterfaceMayChange", "service.externalIPsLocal", "service.loadBalancerSourceRanges", "cluster.definition", "kustomize.layer", "installer.name", "installer.release", "cluster.cni", "kubeProxy.featureGates", "kubeProxy.nftablesSkipKernelCheck", "calico.nftablesMode", "service.externalIPs", "apiserver.admissionPlugins", "ansible.variable"] }, "condition": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["all"], "properties": { "all": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } } } }, { "type": "object", "additionalProperties": false, "required": ["any"], "properties": { "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } } } }, { "type": "object", "additionalProperties": false, "required": ["not"], "properties": { "not": { "$ref": "#/definitions/condition" } } }, { "type": "object", "additionalProperties": false, "required": ["fact"], "minProperties": 2, "maxProperties": 3, "dependencies": { "unverified": ["version"] }, "properties": { "fact": { "$ref": "#/definitions/factName" }, "version": { "type": "string", "description": "node-semver range over the coerced version" }, "kernel": { "type": "string", "description": "node-semver range over the kernel's major.minor.0" }, "in": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "matches": { "type": "string", "description": "regular expression on the value" }, "present": { "type": "boolean", "description": "closed-world: false when no value exists" }, "kernelBuild": { "type": "string", "pattern": "^[<>=0-9.| -]+$", "description": "comparators over a distro kernel's major.minor.patch-build, e.g. <4.18.0-193; unknown when the part the verdict turns on is not known (4.18.0-x.el8)" }, "kernelFlavor": { "type": "array", "minItems": 1, "items": { "enum": ["el", "el-uek", "elrepo", "amzn2", "amzn2023", "openeuler", "kylin", "uos", "anolis", "alinux", "photon", "cbl-mariner", "azure-linux", "fedora", "flatcar", "talos", "ubuntu", "debian", "sles", "tencentos", "cos"] }, "description": "the distro that built the kernel, by its build tag (src/knowledge/kernel.ts); unknown for an untagged kernel" }, "unverified": { "type": "object", "additionalProperties": false, "required": ["version", "note"], "description": "Versions inside `version` whose status the sources leave UNVERIFIED: the leaf is unknown for them (never a finding, never a pass) and the undetermined result gives the note", "properties": { "version": { "type": "string", "description": "node-semver range" }, "note": { "type": "string", "minLength": 1, "description": "Why these versions are uncertain, with the word UNVERIFIED" } } } } }] } } };
    const schema43 = { "enum": ["kubernetes.version", "kubeProxy.version", "kubeProxy.mode", "kubeProxy.disabled", "kubeProxy.image", "calico.version", "calico.kubeControllersVersion", "calico.operatorVersion", "calico.ipipMode", "calico.vxlanMode", "calico.iptablesBackend", "calico.featureDetectOverride", "calico.dataplane", "node.os", "node.kernel", "host.iptablesBackend", "host.ipTablesModuleLoaded", "host.nodeIpInterfaceMayChange", "service.externalIPsLocal", "service.loadBalancerSourceRanges", "cluster.definition", "kustomize.layer", "installer.name", "installer.release", "cluster.cni", "kubeProxy.featureGates", "kubeProxy.nftablesSkipKernelCheck", "calico.nftablesMode", "service.externalIPs", "apiserver.admissionPlugins", "ansible.variable"] };
    const pattern48 = new RegExp("^CVE-\\d{4}-\\d{4,}$", "u");
    const schema42 = { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["all"], "properties": { "all": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } } } }, { "type": "object", "additionalProperties": false, "required": ["any"], "properties": { "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } } } }, { "type": "object", "additionalProperties": false, "required": ["not"], "properties": { "not": { "$ref": "#/definitions/condition" } } }, { "type": "object", "additionalProperties": false, "required": ["fact"], "minProperties": 2, "maxProperties": 3, "dependencies": { "unverified": ["version"] }, "properties": { "fact": { "$ref": "#/definitions/factName" }, "version": { "type": "string", "description": "node-semver range over the coerced version" }, "kernel": { "type": "string", "description": "node-semver range over the kernel's major.minor.0" }, "in": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "matches": { "type": "string", "description": "regular expression on the value" }, "present": { "type": "boolean", "description": "closed-world: false when no value exists" }, "kernelBuild": { "type": "string", "pattern": "^[<>=0-9.| -]+$", "description": "comparators over a distro kernel's major.minor.patch-build, e.g. <4.18.0-193; unknown when the part the verdict turns on is not known (4.18.0-x.el8)" }, "kernelFlavor": { "type": "array", "minItems": 1, "items": { "enum": ["el", "el-uek", "elrepo", "amzn2", "amzn2023", "openeuler", "kylin", "uos", "anolis", "alinux", "photon", "cbl-mariner", "azure-linux", "fedora", "flatcar", "talos", "ubuntu", "debian", "sles", "tencentos", "cos"] }, "description": "the distro that built the kernel, by its build tag (src/knowledge/kernel.ts); unknown for an untagged kernel" }, "unverified": { "type": "object", "additionalProperties": false, "required": ["version", "note"], "description": "Versions inside `version` whose status the sources leave UNVERIFIED: the leaf is unknown for them (never a finding, never a pass) and the undetermined result gives the note", "properties": { "version": { "type": "string", "description": "node-semver range" }, "note": { "type": "string", "minLength": 1, "description": "Why these versions are uncertain, with the word UNVERIFIED" } } } } }] };
    const wrapper0 = { validate: validate18 };
    const pattern45 = new RegExp("^[<>=0-9.| -]+$", "u");
    function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs0 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs1 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.all === void 0) {
          const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "all" }, message: "must have required property 'all'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "all")) {
            const err1 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.all !== void 0) {
          let data0 = data.all;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err2 = { instancePath: instancePath + "/all", schemaPath: "#/oneOf/0/properties/all/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!wrapper0.validate(data0[i0], { instancePath: instancePath + "/all/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/all", schemaPath: "#/oneOf/0/properties/all/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.any === void 0) {
          const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "any" }, message: "must have required property 'any'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data) {
          if (!(key1 === "any")) {
            const err6 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.any !== void 0) {
          let data2 = data.any;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err7 = { instancePath: instancePath + "/any", schemaPath: "#/oneOf/1/properties/any/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!wrapper0.validate(data2[i1], { instancePath: instancePath + "/any/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/any", schemaPath: "#/oneOf/1/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
        const _errs13 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.not === void 0) {
            const err10 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "not" }, message: "must have required property 'not'" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          for (const key2 in data) {
            if (!(key2 === "not")) {
              const err11 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.not !== void 0) {
            if (!wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err12 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs13 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 2;
          }
          const _errs17 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (Object.keys(data).length > 3) {
              const err13 = { instancePath, schemaPath: "#/oneOf/3/maxProperties", keyword: "maxProperties", params: { limit: 3 }, message: "must NOT have more than 3 properties" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (Object.keys(data).length < 2) {
              const err14 = { instancePath, schemaPath: "#/oneOf/3/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data.fact === void 0) {
              const err15 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property 'fact'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key3 in data) {
              if (!func7.call(schema42.oneOf[3].properties, key3)) {
                const err16 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data.unverified !== void 0) {
              if (data.version === void 0) {
                const err17 = { instancePath, schemaPath: "#/oneOf/3/dependencies", keyword: "dependencies", params: {
                  property: "unverified",
                  missingProperty: "version",
                  depsCount: 1,
                  deps: "version"
                }, message: "must have property version when property unverified is present" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data.fact !== void 0) {
              let data5 = data.fact;
              if (!(data5 === "kubernetes.version" || data5 === "kubeProxy.version" || data5 === "kubeProxy.mode" || data5 === "kubeProxy.disabled" || data5 === "kubeProxy.image" || data5 === "calico.version" || data5 === "calico.kubeControllersVersion" || data5 === "calico.operatorVersion" || data5 === "calico.ipipMode" || data5 === "calico.vxlanMode" || data5 === "calico.iptablesBackend" || data5 === "calico.featureDetectOverride" || data5 === "calico.dataplane" || data5 === "node.os" || data5 === "node.kernel" || data5 === "host.iptablesBackend" || data5 === "host.ipTablesModuleLoaded" || data5 === "host.nodeIpInterfaceMayChange" || data5 === "service.externalIPsLocal" || data5 === "service.loadBalancerSourceRanges" || data5 === "cluster.definition" || data5 === "kustomize.layer" || data5 === "installer.name" || data5 === "installer.release" || data5 === "cluster.cni" || data5 === "kubeProxy.featureGates" || data5 === "kubeProxy.nftablesSkipKernelCheck" || data5 === "calico.nftablesMode" || data5 === "service.externalIPs" || data5 === "apiserver.admissionPlugins" || data5 === "ansible.variable")) {
                const err18 = { instancePath: instancePath + "/fact", schemaPath: "#/definitions/factName/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data.version !== void 0) {
              if (typeof data.version !== "string") {
                const err19 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/3/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data.kernel !== void 0) {
              if (typeof data.kernel !== "string") {
                const err20 = { instancePath: instancePath + "/kernel", schemaPath: "#/oneOf/3/properties/kernel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data.in !== void 0) {
              let data8 = data.in;
              if (Array.isArray(data8)) {
                if (data8.length < 1) {
                  const err21 = { instancePath: instancePath + "/in", schemaPath: "#/oneOf/3/properties/in/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data8[i2] !== "string") {
                    const err22 = { instancePath: instancePath + "/in/" + i2, schemaPath: "#/oneOf/3/properties/in/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/in", schemaPath: "#/oneOf/3/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data.matches !== void 0) {
              if (typeof data.matches !== "string") {
                const err24 = { instancePath: instancePath + "/matches", schemaPath: "#/oneOf/3/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data.present !== void 0) {
              if (typeof data.present !== "boolean") {
                const err25 = { instancePath: instancePath + "/present", schemaPath: "#/oneOf/3/properties/present/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data.kernelBuild !== void 0) {
              let data12 = data.kernelBuild;
              if (typeof data12 === "string") {
                if (!pattern45.test(data12)) {
                  const err26 = { instancePath: instancePath + "/kernelBuild", schemaPath: "#/oneOf/3/properties/kernelBuild/pattern", keyword: "pattern", params: { pattern: "^[<>=0-9.| -]+$" }, message: 'must match pattern "^[<>=0-9.| -]+$"' };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/kernelBuild", schemaPath: "#/oneOf/3/properties/kernelBuild/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data.kernelFlavor !== void 0) {
              let data13 = data.kernelFlavor;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  const err28 = { instancePath: instancePath + "/kernelFlavor", schemaPath: "#/oneOf/3/properties/kernelFlavor/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const len3 = data13.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data14 = data13[i3];
                  if (!(data14 === "el" || data14 === "el-uek" || data14 === "elrepo" || data14 === "amzn2" || data14 === "amzn2023" || data14 === "openeuler" || data14 === "kylin" || data14 === "uos" || data14 === "anolis" || data14 === "alinux" || data14 === "photon" || data14 === "cbl-mariner" || data14 === "azure-linux" || data14 === "fedora" || data14 === "flatcar" || data14 === "talos" || data14 === "ubuntu" || data14 === "debian" || data14 === "sles" || data14 === "tencentos" || data14 === "cos")) {
                    const err29 = { instancePath: instancePath + "/kernelFlavor/" + i3, schemaPath: "#/oneOf/3/properties/kernelFlavor/items/enum", keyword: "enum", params: { allowedValues: schema42.oneOf[3].properties.kernelFlavor.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/kernelFlavor", schemaPath: "#/oneOf/3/properties/kernelFlavor/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data.unverified !== void 0) {
              let data15 = data.unverified;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.version === void 0) {
                  const err31 = { instancePath: instancePath + "/unverified", schemaPath: "#/oneOf/3/properties/unverified/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data15.note === void 0) {
                  const err32 = { instancePath: instancePath + "/unverified", schemaPath: "#/oneOf/3/properties/unverified/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                for (const key4 in data15) {
                  if (!(key4 === "version" || key4 === "note")) {
                    const err33 = { instancePath: instancePath + "/unverified", schemaPath: "#/oneOf/3/properties/unverified/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data15.version !== void 0) {
                  if (typeof data15.version !== "string") {
                    const err34 = { instancePath: instancePath + "/unverified/version", schemaPath: "#/oneOf/3/properties/unverified/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data15.note !== void 0) {
                  let data17 = data15.note;
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err35 = { instancePath: instancePath + "/unverified/note", schemaPath: "#/oneOf/3/properties/unverified/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/unverified/note", schemaPath: "#/oneOf/3/properties/unverified/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/unverified", schemaPath: "#/oneOf/3/properties/unverified/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 3;
            }
          }
        }
      }
      if (!valid0) {
        const err39 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate18.errors = vErrors;
      return errors === 0;
    }
    function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.title === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.component === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.severity === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.symptom === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "symptom" }, message: "must have required property 'symptom'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.message === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.when === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.fix === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fix" }, message: "must have required property 'fix'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.references === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func7.call(schema41.properties, key0)) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern3.test(data0)) {
              const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data1 = data.title;
          if (typeof data1 === "string") {
            if (func2(data1) > 120) {
              const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data1) < 5) {
              const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.component !== void 0) {
          let data2 = data.component;
          if (!(data2 === "kube-proxy" || data2 === "calico" || data2 === "node")) {
            const err15 = { instancePath: instancePath + "/component", schemaPath: "#/properties/component/enum", keyword: "enum", params: { allowedValues: schema41.properties.component.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data3 = data.severity;
          if (!(data3 === "high" || data3 === "medium" || data3 === "low")) {
            const err16 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema41.properties.severity.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.symptom !== void 0) {
          let data4 = data.symptom;
          if (typeof data4 === "string") {
            if (func2(data4) < 10) {
              const err17 = { instancePath: instancePath + "/symptom", schemaPath: "#/properties/symptom/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/symptom", schemaPath: "#/properties/symptom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.message !== void 0) {
          if (typeof data.message !== "string") {
            const err19 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.when !== void 0) {
          if (!validate18(data.when, { instancePath: instancePath + "/when", parentData: data, parentDataProperty: "when", rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
        if (data.unless !== void 0) {
          let data7 = data.unless;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate18(data7[i0], { instancePath: instancePath + "/unless/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/unless", schemaPath: "#/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.fix !== void 0) {
          let data9 = data.fix;
          if (typeof data9 === "string") {
            if (func2(data9) < 5) {
              const err21 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data.references !== void 0) {
          let data10 = data.references;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err23 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data11 = data10[i1];
              if (typeof data11 === "string") {
                if (!pattern6.test(data11)) {
                  const err24 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.notes !== void 0) {
          let data12 = data.notes;
          if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data12[i2] !== "string") {
                const err27 = { instancePath: instancePath + "/notes/" + i2, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.seedErrors !== void 0) {
          let data14 = data.seedErrors;
          if (Array.isArray(data14)) {
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data14[i3] !== "string") {
                const err29 = { instancePath: instancePath + "/seedErrors/" + i3, schemaPath: "#/properties/seedErrors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/seedErrors", schemaPath: "#/properties/seedErrors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.primaryFact !== void 0) {
          let data16 = data.primaryFact;
          if (!(data16 === "kubernetes.version" || data16 === "kubeProxy.version" || data16 === "kubeProxy.mode" || data16 === "kubeProxy.disabled" || data16 === "kubeProxy.image" || data16 === "calico.version" || data16 === "calico.kubeControllersVersion" || data16 === "calico.operatorVersion" || data16 === "calico.ipipMode" || data16 === "calico.vxlanMode" || data16 === "calico.iptablesBackend" || data16 === "calico.featureDetectOverride" || data16 === "calico.dataplane" || data16 === "node.os" || data16 === "node.kernel" || data16 === "host.iptablesBackend" || data16 === "host.ipTablesModuleLoaded" || data16 === "host.nodeIpInterfaceMayChange" || data16 === "service.externalIPsLocal" || data16 === "service.loadBalancerSourceRanges" || data16 === "cluster.definition" || data16 === "kustomize.layer" || data16 === "installer.name" || data16 === "installer.release" || data16 === "cluster.cni" || data16 === "kubeProxy.featureGates" || data16 === "kubeProxy.nftablesSkipKernelCheck" || data16 === "calico.nftablesMode" || data16 === "service.externalIPs" || data16 === "apiserver.admissionPlugins" || data16 === "ansible.variable")) {
            const err31 = { instancePath: instancePath + "/primaryFact", schemaPath: "#/definitions/factName/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.helpUri !== void 0) {
          let data17 = data.helpUri;
          if (typeof data17 === "string") {
            if (!pattern6.test(data17)) {
              const err32 = { instancePath: instancePath + "/helpUri", schemaPath: "#/properties/helpUri/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/helpUri", schemaPath: "#/properties/helpUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.security !== void 0) {
          if (typeof data.security !== "boolean") {
            const err34 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.cve !== void 0) {
          let data19 = data.cve;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err35 = { instancePath: instancePath + "/cve", schemaPath: "#/properties/cve/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len4 = data19.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data20 = data19[i4];
              if (typeof data20 === "string") {
                if (!pattern48.test(data20)) {
                  const err36 = { instancePath: instancePath + "/cve/" + i4, schemaPath: "#/properties/cve/items/pattern", keyword: "pattern", params: { pattern: "^CVE-\\d{4}-\\d{4,}$" }, message: 'must match pattern "^CVE-\\d{4}-\\d{4,}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/cve/" + i4, schemaPath: "#/properties/cve/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/cve", schemaPath: "#/properties/cve/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data.affected !== void 0) {
          let data21 = data.affected;
          if (typeof data21 === "string") {
            if (func2(data21) > 400) {
              const err39 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (func2(data21) < 5) {
              const err40 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      validate17.errors = vErrors;
      return errors === 0;
    }
    return { "calico-manifests.schema.json": v0, "config.schema.json": v1, "facts.schema.json": v2, "installer.schema.json": v3, "operator-calico.schema.json": v4, "os-image-patterns.schema.json": v5, "os-kernels.schema.json": v6, "rule.schema.json": v7 };
  })();
  return table;
}
function schemaText(name) {
  const text = (0, import_chunk_600CC4602.knowledgeText)(`schema/${name}`);
  if (text === void 0) throw new Error(`internal: schema/${name} is not bundled`);
  return text;
}
function validateAgainst(schemaName, data, file) {
  const validate = validators()[schemaName];
  if (!validate) throw new Error(`internal: no validator for schema/${schemaName}`);
  if (!validate(data)) {
    throw new import_chunk_600CC460.KnowledgeError(file, describeErrors(validate.errors ?? []));
  }
}
function describeErrors(errors) {
  return errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "if").slice(0, 5).map((e) => {
    const allowed = e.params.allowedValues;
    const extra = e.params.additionalProperty;
    return `${e.instancePath || "/"} ${e.message ?? "is invalid"}${allowed ? ` (${allowed.join(", ")})` : ""}${extra ? ` "${extra}"` : ""}`;
  }).join("; ");
}
var MAX_CONFIG_NODES = 2e4;
function configData(doc, lc, file) {
  const targets = (0, import_chunk_FXEUWMEN.aliasTargets)(doc);
  if (targets.size > 0) {
    const first = [...targets.keys()][0];
    const line = lc.linePos(first.range?.[0] ?? 0).line;
    if (targets.size > 1e3 || (0, import_chunk_FXEUWMEN.expandedSize)(doc, MAX_CONFIG_NODES) > MAX_CONFIG_NODES) {
      throw new import_chunk_600CC460.UsageError(`${file}:${line}: aliases would expand past ${MAX_CONFIG_NODES} nodes; write the values out`);
    }
    const unresolved = [...targets.entries()].find(([, target]) => target === void 0);
    if (unresolved) {
      const at = lc.linePos(unresolved[0].range?.[0] ?? 0).line;
      throw new import_chunk_600CC460.UsageError(`${file}:${at}: alias without an anchor before it`);
    }
    try {
      return doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch {
      throw new import_chunk_600CC460.UsageError(`${file}:${line}: aliases are used too often (more than 100 expansions); write the values out`);
    }
  }
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new import_chunk_600CC460.UsageError(`${file}:${lineCounter.linePos(err.pos[0]).line}: not valid YAML: ${err.message.split("\n")[0]}`);
  const data = configData(doc, lineCounter, file);
  const at = { file, line: (path) => lineOf(doc, lineCounter, path) };
  validateConfig(data, at);
  const clusters = configClusters(data, at);
  const cfg = {
    file,
    clusters,
    ignore: ignoreEntries(
      data,
      clusters.map((c) => c.name),
      at
    ),
    severity: data.severity ?? {},
    rules: data.rules ?? []
  };
  if (data["fail-on"] !== void 0) cfg.failOn = data["fail-on"];
  if (typeof data.baseline === "string") cfg.baseline = data.baseline;
  return cfg;
}
function validateConfig(data, at) {
  const validate = validators()["config.schema.json"];
  if (validate(data)) return;
  const e = validate.errors[0];
  const allowed = e.params.allowedValues;
  const extra = e.params.additionalProperty;
  const path = e.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const line = at.line(extra ? [...path, extra] : path);
  const what = extra ? `unknown key "${extra}"${e.instancePath ? ` in ${e.instancePath}` : ""}; accepted keys: ${acceptedKeys(e.instancePath)}` : `${e.instancePath || "/"} ${e.message}${allowed ? ` (${allowed.join(", ")})` : ""}`;
  throw new import_chunk_600CC460.UsageError(`${at.file}:${line}: ${what}`);
}
function checkGlob(glob, path, at) {
  if (glob.length > import_chunk_600CC460.MAX_GLOB_LENGTH || (0, import_chunk_600CC460.braceExpansions)(glob) > import_chunk_600CC460.MAX_BRACE_EXPANSIONS) {
    const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}\u2026` : glob);
    throw new import_chunk_600CC460.UsageError(
      `${at.file}:${at.line(path)}: path ${shown} is too complex; expected a glob of at most ${import_chunk_600CC460.MAX_GLOB_LENGTH} characters whose {a,b} sets expand to at most ${import_chunk_600CC460.MAX_BRACE_EXPANSIONS} patterns`
    );
  }
}
function configClusters(data, at) {
  const clusters = (data.clusters ?? []).map((c, i) => {
    c.paths.forEach((p, j) => checkGlob(p, ["clusters", i, "paths", j], at));
    try {
      const explicit = (0, import_chunk_600CC460.explicitFacts)(c).map((f) => ({ ...f, source: f.source.replace(/^input:/, "config:") }));
      return { name: c.name, paths: c.paths, explicit };
    } catch (e) {
      throw new import_chunk_600CC460.UsageError(`${at.file}:${at.line(["clusters", i])}: cluster "${c.name}": ${e.message}`);
    }
  });
  const seen = /* @__PURE__ */ new Set();
  const dup = clusters.map((c) => c.name).find((n) => seen.size === seen.add(n).size);
  if (dup) throw new import_chunk_600CC460.UsageError(`${at.file}: cluster name "${dup}" is used twice`);
  return clusters;
}
function ignoreEntries(data, names, at) {
  return (data.ignore ?? []).map((g, i) => {
    if (g.cluster !== void 0 && names.length > 0 && !names.includes(g.cluster)) {
      throw new import_chunk_600CC460.UsageError(
        `${at.file}:${at.line(["ignore", i, "cluster"])}: ignore names cluster "${g.cluster}"; defined clusters: ${names.join(", ") || "none"}`
      );
    }
    (g.paths ?? []).forEach((p, j) => checkGlob(p, ["ignore", i, "paths", j], at));
    if (g.expires !== void 0 && !isCalendarDate(g.expires)) {
      throw new import_chunk_600CC460.UsageError(`${at.file}:${at.line(["ignore", i, "expires"])}: expires "${g.expires}" is not a date; expected YYYY-MM-DD, e.g. 2027-03-31`);
    }
    return { ...g, line: at.line(["ignore", i]) };
  });
}
function isCalendarDate(s) {
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function lineOf(doc, lc, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if ((0, import_yaml.isNode)(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return 1;
}
function acceptedKeys(instancePath) {
  const schema = JSON.parse(schemaText("config.schema.json"));
  const top = instancePath.split("/")[1];
  const props = top ? schema.properties[top]?.items?.properties : schema.properties;
  return Object.keys(props ?? {}).join(", ");
}
var import_yaml2 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function parseRule(text, file) {
  let data;
  try {
    data = (0, import_yaml2.parse)(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new import_chunk_600CC460.KnowledgeError(file, `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  validateAgainst("rule.schema.json", data, file);
  const rule = data;
  for (const r of rangesOf(rule)) {
    if (r.kind === "matches") {
      const shown = JSON.stringify(r.value.length > 80 ? `${r.value.slice(0, 80)}\u2026` : r.value);
      const unsafe = (0, import_chunk_600CC460.unsafePattern)(r.value);
      if (unsafe) throw new import_chunk_600CC460.KnowledgeError(file, `regular expression ${shown} is refused: ${unsafe}`);
      try {
        new RegExp(r.value);
      } catch {
        throw new import_chunk_600CC460.KnowledgeError(file, `invalid regular expression ${shown}`);
      }
    }
    if (r.kind === "kernelBuild" && !(0, import_chunk_600CC460.isKernelBuildRange)(r.value)) {
      throw new import_chunk_600CC460.KnowledgeError(
        file,
        `invalid kernelBuild range ${JSON.stringify(r.value)}: use comparators such as "<4.18.0-193" or ">=4.18.0-193 <4.18.0-240"`
      );
    }
  }
  return rule;
}
function* rangesOf(rule) {
  const stack = [rule.when, ...rule.unless ?? []];
  while (stack.length) {
    const c = stack.pop();
    if (Array.isArray(c.all)) stack.push(...c.all);
    else if (Array.isArray(c.any)) stack.push(...c.any);
    else if (c.not) stack.push(c.not);
    else if (typeof c.matches === "string") yield { kind: "matches", value: c.matches };
    else if (typeof c.kernelBuild === "string") yield { kind: "kernelBuild", value: c.kernelBuild };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseConfig,
  parseRule
});
