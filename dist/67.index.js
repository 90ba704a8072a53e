export const id = 67;
export const ids = [67];
export const modules = {

/***/ 43067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileV2: () => (/* binding */ profileV2),
  validateV2: () => (/* binding */ validateV2)
});

// EXTERNAL MODULE: ./src/contracts/yaml/paths.ts
var paths = __webpack_require__(16807);
// EXTERNAL MODULE: ./src/contracts/files.ts
var contracts_files = __webpack_require__(92972);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./src/shared/hash.ts
var hash = __webpack_require__(49913);
// EXTERNAL MODULE: ./src/contracts/yaml/parse.ts + 7 modules
var parse = __webpack_require__(27922);
// EXTERNAL MODULE: ./src/contracts/yaml/tree.ts
var yaml_tree = __webpack_require__(90559);
;// CONCATENATED MODULE: ./src/contracts/v2/meta-2020-validator.generated.ts
/* eslint-disable */
// @ts-nocheck
// Generated: ajv standalone code for ajv's draft 2020-12 meta-schema (https://json-schema.org/draft/2020-12/schema), options: BUNDLE_AJV_OPTIONS in src/contracts/v2/bundle-files.ts.
// Do not edit. Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/contracts/v2/meta-schema-standalone
/** Length in code points, as ajv counts minLength/maxLength. */
function ucs2length(s) { let n = 0; for (const _ of s)
    n++; return n; }
function equal(a, b) {
    if (a === b)
        return true;
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b))
        return a !== a && b !== b;
    if (Array.isArray(a))
        return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
}
const validate = (/* unused pure expression or super */ null && (validate0));
/* harmony default export */ const meta_2020_validator_generated = (validate0);
const schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/schema", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/core": true, "https://json-schema.org/draft/2020-12/vocab/applicator": true, "https://json-schema.org/draft/2020-12/vocab/unevaluated": true, "https://json-schema.org/draft/2020-12/vocab/validation": true, "https://json-schema.org/draft/2020-12/vocab/meta-data": true, "https://json-schema.org/draft/2020-12/vocab/format-annotation": true, "https://json-schema.org/draft/2020-12/vocab/content": true }, "$dynamicAnchor": "meta", "title": "Core and Validation specifications meta-schema", "allOf": [{ "$ref": "meta/core" }, { "$ref": "meta/applicator" }, { "$ref": "meta/unevaluated" }, { "$ref": "meta/validation" }, { "$ref": "meta/meta-data" }, { "$ref": "meta/format-annotation" }, { "$ref": "meta/content" }], "type": ["object", "boolean"], "$comment": "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.", "properties": { "definitions": { "$comment": "\"definitions\" has been replaced by \"$defs\".", "type": "object", "additionalProperties": { "$dynamicRef": "#meta" }, "deprecated": true, "default": {} }, "dependencies": { "$comment": "\"dependencies\" has been split and replaced by \"dependentSchemas\" and \"dependentRequired\" in order to serve their differing semantics.", "type": "object", "additionalProperties": { "anyOf": [{ "$dynamicRef": "#meta" }, { "$ref": "meta/validation#/$defs/stringArray" }] }, "deprecated": true, "default": {} }, "$recursiveAnchor": { "$comment": "\"$recursiveAnchor\" has been replaced by \"$dynamicAnchor\".", "$ref": "meta/core#/$defs/anchorString", "deprecated": true }, "$recursiveRef": { "$comment": "\"$recursiveRef\" has been replaced by \"$dynamicRef\".", "$ref": "meta/core#/$defs/uriReferenceString", "deprecated": true } } };
const schema23 = { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] };
const schema5 = { "type": "string", "pattern": "^[A-Za-z_][-A-Za-z0-9._]*$" };
const schema2 = { "type": "string", "format": "uri-reference" };
const schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/core", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/core": true }, "$dynamicAnchor": "meta", "title": "Core vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "$id": { "$ref": "#/$defs/uriReferenceString", "$comment": "Non-empty fragments not allowed.", "pattern": "^[^#]*#?$" }, "$schema": { "$ref": "#/$defs/uriString" }, "$ref": { "$ref": "#/$defs/uriReferenceString" }, "$anchor": { "$ref": "#/$defs/anchorString" }, "$dynamicRef": { "$ref": "#/$defs/uriReferenceString" }, "$dynamicAnchor": { "$ref": "#/$defs/anchorString" }, "$vocabulary": { "type": "object", "propertyNames": { "$ref": "#/$defs/uriString" }, "additionalProperties": { "type": "boolean" } }, "$comment": { "type": "string" }, "$defs": { "type": "object", "additionalProperties": { "$dynamicRef": "#meta" } } }, "$defs": { "anchorString": { "type": "string", "pattern": "^[A-Za-z_][-A-Za-z0-9._]*$" }, "uriString": { "type": "string", "format": "uri" }, "uriReferenceString": { "type": "string", "format": "uri-reference" } } };
const schema3 = { "type": "string", "format": "uri" };
const pattern0 = new RegExp("^[^#]*#?$", "u");
const pattern1 = new RegExp("^[A-Za-z_][-A-Za-z0-9._]*$", "u");
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/core" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate1.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema1.type }, message: "must be object,boolean", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate1;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$id !== undefined) {
        let data0 = data.$id;
        if (!(typeof data0 === "string")) {
            const err1 = { instancePath: instancePath + "/$id", schemaPath: "#/$defs/uriReferenceString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (typeof data0 === "string") {
            if (!pattern0.test(data0)) {
                const err2 = { instancePath: instancePath + "/$id", schemaPath: "#/properties/%24id/pattern", keyword: "pattern", params: { pattern: "^[^#]*#?$" }, message: "must match pattern \"" + "^[^#]*#?$" + "\"", schema: "^[^#]*#?$", parentSchema: schema1.properties.$id, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    if (data.$schema !== undefined) {
        let data1 = data.$schema;
        if (!(typeof data1 === "string")) {
            const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/$defs/uriString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.type, parentSchema: schema3, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.$ref !== undefined) {
        let data2 = data.$ref;
        if (!(typeof data2 === "string")) {
            const err4 = { instancePath: instancePath + "/$ref", schemaPath: "#/$defs/uriReferenceString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.$anchor !== undefined) {
        let data3 = data.$anchor;
        if (typeof data3 === "string") {
            if (!pattern1.test(data3)) {
                const err5 = { instancePath: instancePath + "/$anchor", schemaPath: "#/$defs/anchorString/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][-A-Za-z0-9._]*$" }, message: "must match pattern \"" + "^[A-Za-z_][-A-Za-z0-9._]*$" + "\"", schema: "^[A-Za-z_][-A-Za-z0-9._]*$", parentSchema: schema5, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/$anchor", schemaPath: "#/$defs/anchorString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.type, parentSchema: schema5, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.$dynamicRef !== undefined) {
        let data4 = data.$dynamicRef;
        if (!(typeof data4 === "string")) {
            const err7 = { instancePath: instancePath + "/$dynamicRef", schemaPath: "#/$defs/uriReferenceString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.$dynamicAnchor !== undefined) {
        let data5 = data.$dynamicAnchor;
        if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
                const err8 = { instancePath: instancePath + "/$dynamicAnchor", schemaPath: "#/$defs/anchorString/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][-A-Za-z0-9._]*$" }, message: "must match pattern \"" + "^[A-Za-z_][-A-Za-z0-9._]*$" + "\"", schema: "^[A-Za-z_][-A-Za-z0-9._]*$", parentSchema: schema5, data: data5 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/$dynamicAnchor", schemaPath: "#/$defs/anchorString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.type, parentSchema: schema5, data: data5 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.$vocabulary !== undefined) {
        let data6 = data.$vocabulary;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key0 in data6) {
                const _errs22 = errors;
                if (!(typeof key0 === "string")) {
                    const err10 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/$defs/uriString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.type, parentSchema: schema3, data: key0, propertyName: key0 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                var valid7 = _errs22 === errors;
                if (!valid7) {
                    const err11 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/properties/%24vocabulary/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema1.properties.$vocabulary.propertyNames, parentSchema: schema1.properties.$vocabulary, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            for (const key1 in data6) {
                let data7 = data6[key1];
                if (typeof data7 !== "boolean") {
                    const err12 = { instancePath: instancePath + "/$vocabulary/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/%24vocabulary/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.$vocabulary.additionalProperties.type, parentSchema: schema1.properties.$vocabulary.additionalProperties, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/$vocabulary", schemaPath: "#/properties/%24vocabulary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.$vocabulary.type, parentSchema: schema1.properties.$vocabulary, data: data6 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.$comment !== undefined) {
        let data8 = data.$comment;
        if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.$comment.type, parentSchema: schema1.properties.$comment, data: data8 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.$defs !== undefined) {
        let data9 = data.$defs;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
                let data10 = data9[key2];
                let _v0 = dynamicAnchors.meta;
                if (_v0) {
                    if (!(_v0(data10, { instancePath: instancePath + "/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props0 = _v0.evaluated.props;
                        var items0 = _v0.evaluated.items;
                    }
                }
                else {
                    if (!(validate1(data10, { instancePath: instancePath + "/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props1 = validate1.evaluated.props;
                        if (props0 !== true && props1 !== undefined) {
                            if (props1 === true) {
                                props0 = true;
                            }
                            else {
                                props0 = props0 || {};
                                Object.assign(props0, props1);
                            }
                        }
                        var items1 = validate1.evaluated.items;
                        if (items0 !== true && items1 !== undefined) {
                            items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/$defs", schemaPath: "#/properties/%24defs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.$defs.type, parentSchema: schema1.properties.$defs, data: data9 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
} validate1.errors = vErrors; return errors === 0; }
validate1.evaluated = { "props": { "$id": true, "$schema": true, "$ref": true, "$anchor": true, "$dynamicRef": true, "$dynamicAnchor": true, "$vocabulary": true, "$comment": true, "$defs": true }, "dynamicProps": false, "dynamicItems": false };
const schema9 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/applicator", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/applicator": true }, "$dynamicAnchor": "meta", "title": "Applicator vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "prefixItems": { "$ref": "#/$defs/schemaArray" }, "items": { "$dynamicRef": "#meta" }, "contains": { "$dynamicRef": "#meta" }, "additionalProperties": { "$dynamicRef": "#meta" }, "properties": { "type": "object", "additionalProperties": { "$dynamicRef": "#meta" }, "default": {} }, "patternProperties": { "type": "object", "additionalProperties": { "$dynamicRef": "#meta" }, "propertyNames": { "format": "regex" }, "default": {} }, "dependentSchemas": { "type": "object", "additionalProperties": { "$dynamicRef": "#meta" }, "default": {} }, "propertyNames": { "$dynamicRef": "#meta" }, "if": { "$dynamicRef": "#meta" }, "then": { "$dynamicRef": "#meta" }, "else": { "$dynamicRef": "#meta" }, "allOf": { "$ref": "#/$defs/schemaArray" }, "anyOf": { "$ref": "#/$defs/schemaArray" }, "oneOf": { "$ref": "#/$defs/schemaArray" }, "not": { "$dynamicRef": "#meta" } }, "$defs": { "schemaArray": { "type": "array", "minItems": 1, "items": { "$dynamicRef": "#meta" } } } };
const schema10 = { "type": "array", "minItems": 1, "items": { "$dynamicRef": "#meta" } };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate4.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        let _v0 = dynamicAnchors.meta;
        if (_v0) {
            if (!(_v0(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                errors = vErrors.length;
            }
            else {
                var props0 = _v0.evaluated.props;
                var items0 = _v0.evaluated.items;
            }
        }
        else {
            if (!(validate4(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
            }
            else {
                var props1 = validate4.evaluated.props;
                if (props0 !== true && props1 !== undefined) {
                    if (props1 === true) {
                        props0 = true;
                    }
                    else {
                        props0 = props0 || {};
                        Object.assign(props0, props1);
                    }
                }
                var items1 = validate4.evaluated.items;
                if (items0 !== true && items1 !== undefined) {
                    items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                }
            }
        }
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate4.errors = vErrors; return errors === 0; }
validate4.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/applicator" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate3.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema9.type }, message: "must be object,boolean", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate3;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.prefixItems !== undefined) {
        if (!(validate4(data.prefixItems, { instancePath: instancePath + "/prefixItems", parentData: data, parentDataProperty: "prefixItems", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
        }
    }
    if (data.items !== undefined) {
        let data1 = data.items;
        let _v0 = dynamicAnchors.meta;
        if (_v0) {
            if (!(_v0(data1, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                errors = vErrors.length;
            }
            else {
                var props0 = _v0.evaluated.props;
                var items0 = _v0.evaluated.items;
            }
        }
        else {
            if (!(validate3(data1, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props1 = validate3.evaluated.props;
                if (props0 !== true && props1 !== undefined) {
                    if (props1 === true) {
                        props0 = true;
                    }
                    else {
                        props0 = props0 || {};
                        Object.assign(props0, props1);
                    }
                }
                var items1 = validate3.evaluated.items;
                if (items0 !== true && items1 !== undefined) {
                    items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                }
            }
        }
    }
    if (data.contains !== undefined) {
        let data2 = data.contains;
        let _v1 = dynamicAnchors.meta;
        if (_v1) {
            if (!(_v1(data2, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
                errors = vErrors.length;
            }
            else {
                var props2 = _v1.evaluated.props;
                var items2 = _v1.evaluated.items;
            }
        }
        else {
            if (!(validate3(data2, { instancePath: instancePath + "/contains", parentData: data, parentDataProperty: "contains", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props3 = validate3.evaluated.props;
                if (props2 !== true && props3 !== undefined) {
                    if (props3 === true) {
                        props2 = true;
                    }
                    else {
                        props2 = props2 || {};
                        Object.assign(props2, props3);
                    }
                }
                var items3 = validate3.evaluated.items;
                if (items2 !== true && items3 !== undefined) {
                    items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
                }
            }
        }
    }
    if (data.additionalProperties !== undefined) {
        let data3 = data.additionalProperties;
        let _v2 = dynamicAnchors.meta;
        if (_v2) {
            if (!(_v2(data3, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v2.errors : vErrors.concat(_v2.errors);
                errors = vErrors.length;
            }
            else {
                var props4 = _v2.evaluated.props;
                var items4 = _v2.evaluated.items;
            }
        }
        else {
            if (!(validate3(data3, { instancePath: instancePath + "/additionalProperties", parentData: data, parentDataProperty: "additionalProperties", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props5 = validate3.evaluated.props;
                if (props4 !== true && props5 !== undefined) {
                    if (props5 === true) {
                        props4 = true;
                    }
                    else {
                        props4 = props4 || {};
                        Object.assign(props4, props5);
                    }
                }
                var items5 = validate3.evaluated.items;
                if (items4 !== true && items5 !== undefined) {
                    items4 = items5 === true ? true : items4 > items5 ? items4 : items5;
                }
            }
        }
    }
    if (data.properties !== undefined) {
        let data4 = data.properties;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key0 in data4) {
                let data5 = data4[key0];
                let _v3 = dynamicAnchors.meta;
                if (_v3) {
                    if (!(_v3(data5, { instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v3.errors : vErrors.concat(_v3.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props6 = _v3.evaluated.props;
                        var items6 = _v3.evaluated.items;
                    }
                }
                else {
                    if (!(validate3(data5, { instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props7 = validate3.evaluated.props;
                        if (props6 !== true && props7 !== undefined) {
                            if (props7 === true) {
                                props6 = true;
                            }
                            else {
                                props6 = props6 || {};
                                Object.assign(props6, props7);
                            }
                        }
                        var items7 = validate3.evaluated.items;
                        if (items6 !== true && items7 !== undefined) {
                            items6 = items7 === true ? true : items6 > items7 ? items6 : items7;
                        }
                    }
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.properties.type, parentSchema: schema9.properties.properties, data: data4 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.patternProperties !== undefined) {
        let data6 = data.patternProperties;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
                const _errs11 = errors;
                var valid2 = _errs11 === errors;
                if (!valid2) {
                    const err2 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema9.properties.patternProperties.propertyNames, parentSchema: schema9.properties.patternProperties, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            for (const key2 in data6) {
                let data7 = data6[key2];
                let _v4 = dynamicAnchors.meta;
                if (_v4) {
                    if (!(_v4(data7, { instancePath: instancePath + "/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v4.errors : vErrors.concat(_v4.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props8 = _v4.evaluated.props;
                        var items8 = _v4.evaluated.items;
                    }
                }
                else {
                    if (!(validate3(data7, { instancePath: instancePath + "/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key2, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props9 = validate3.evaluated.props;
                        if (props8 !== true && props9 !== undefined) {
                            if (props9 === true) {
                                props8 = true;
                            }
                            else {
                                props8 = props8 || {};
                                Object.assign(props8, props9);
                            }
                        }
                        var items9 = validate3.evaluated.items;
                        if (items8 !== true && items9 !== undefined) {
                            items8 = items9 === true ? true : items8 > items9 ? items8 : items9;
                        }
                    }
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.patternProperties.type, parentSchema: schema9.properties.patternProperties, data: data6 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.dependentSchemas !== undefined) {
        let data8 = data.dependentSchemas;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
                let data9 = data8[key3];
                let _v5 = dynamicAnchors.meta;
                if (_v5) {
                    if (!(_v5(data9, { instancePath: instancePath + "/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key3, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v5.errors : vErrors.concat(_v5.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props10 = _v5.evaluated.props;
                        var items10 = _v5.evaluated.items;
                    }
                }
                else {
                    if (!(validate3(data9, { instancePath: instancePath + "/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key3, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props11 = validate3.evaluated.props;
                        if (props10 !== true && props11 !== undefined) {
                            if (props11 === true) {
                                props10 = true;
                            }
                            else {
                                props10 = props10 || {};
                                Object.assign(props10, props11);
                            }
                        }
                        var items11 = validate3.evaluated.items;
                        if (items10 !== true && items11 !== undefined) {
                            items10 = items11 === true ? true : items10 > items11 ? items10 : items11;
                        }
                    }
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/dependentSchemas", schemaPath: "#/properties/dependentSchemas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.dependentSchemas.type, parentSchema: schema9.properties.dependentSchemas, data: data8 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.propertyNames !== undefined) {
        let data10 = data.propertyNames;
        let _v6 = dynamicAnchors.meta;
        if (_v6) {
            if (!(_v6(data10, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v6.errors : vErrors.concat(_v6.errors);
                errors = vErrors.length;
            }
            else {
                var props12 = _v6.evaluated.props;
                var items12 = _v6.evaluated.items;
            }
        }
        else {
            if (!(validate3(data10, { instancePath: instancePath + "/propertyNames", parentData: data, parentDataProperty: "propertyNames", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props13 = validate3.evaluated.props;
                if (props12 !== true && props13 !== undefined) {
                    if (props13 === true) {
                        props12 = true;
                    }
                    else {
                        props12 = props12 || {};
                        Object.assign(props12, props13);
                    }
                }
                var items13 = validate3.evaluated.items;
                if (items12 !== true && items13 !== undefined) {
                    items12 = items13 === true ? true : items12 > items13 ? items12 : items13;
                }
            }
        }
    }
    if (data.if !== undefined) {
        let data11 = data.if;
        let _v7 = dynamicAnchors.meta;
        if (_v7) {
            if (!(_v7(data11, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v7.errors : vErrors.concat(_v7.errors);
                errors = vErrors.length;
            }
            else {
                var props14 = _v7.evaluated.props;
                var items14 = _v7.evaluated.items;
            }
        }
        else {
            if (!(validate3(data11, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props15 = validate3.evaluated.props;
                if (props14 !== true && props15 !== undefined) {
                    if (props15 === true) {
                        props14 = true;
                    }
                    else {
                        props14 = props14 || {};
                        Object.assign(props14, props15);
                    }
                }
                var items15 = validate3.evaluated.items;
                if (items14 !== true && items15 !== undefined) {
                    items14 = items15 === true ? true : items14 > items15 ? items14 : items15;
                }
            }
        }
    }
    if (data.then !== undefined) {
        let data12 = data.then;
        let _v8 = dynamicAnchors.meta;
        if (_v8) {
            if (!(_v8(data12, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v8.errors : vErrors.concat(_v8.errors);
                errors = vErrors.length;
            }
            else {
                var props16 = _v8.evaluated.props;
                var items16 = _v8.evaluated.items;
            }
        }
        else {
            if (!(validate3(data12, { instancePath: instancePath + "/then", parentData: data, parentDataProperty: "then", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props17 = validate3.evaluated.props;
                if (props16 !== true && props17 !== undefined) {
                    if (props17 === true) {
                        props16 = true;
                    }
                    else {
                        props16 = props16 || {};
                        Object.assign(props16, props17);
                    }
                }
                var items17 = validate3.evaluated.items;
                if (items16 !== true && items17 !== undefined) {
                    items16 = items17 === true ? true : items16 > items17 ? items16 : items17;
                }
            }
        }
    }
    if (data.else !== undefined) {
        let data13 = data.else;
        let _v9 = dynamicAnchors.meta;
        if (_v9) {
            if (!(_v9(data13, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v9.errors : vErrors.concat(_v9.errors);
                errors = vErrors.length;
            }
            else {
                var props18 = _v9.evaluated.props;
                var items18 = _v9.evaluated.items;
            }
        }
        else {
            if (!(validate3(data13, { instancePath: instancePath + "/else", parentData: data, parentDataProperty: "else", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props19 = validate3.evaluated.props;
                if (props18 !== true && props19 !== undefined) {
                    if (props19 === true) {
                        props18 = true;
                    }
                    else {
                        props18 = props18 || {};
                        Object.assign(props18, props19);
                    }
                }
                var items19 = validate3.evaluated.items;
                if (items18 !== true && items19 !== undefined) {
                    items18 = items19 === true ? true : items18 > items19 ? items18 : items19;
                }
            }
        }
    }
    if (data.allOf !== undefined) {
        if (!(validate4(data.allOf, { instancePath: instancePath + "/allOf", parentData: data, parentDataProperty: "allOf", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
        }
    }
    if (data.anyOf !== undefined) {
        if (!(validate4(data.anyOf, { instancePath: instancePath + "/anyOf", parentData: data, parentDataProperty: "anyOf", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
        }
    }
    if (data.oneOf !== undefined) {
        if (!(validate4(data.oneOf, { instancePath: instancePath + "/oneOf", parentData: data, parentDataProperty: "oneOf", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
        }
    }
    if (data.not !== undefined) {
        let data17 = data.not;
        let _v10 = dynamicAnchors.meta;
        if (_v10) {
            if (!(_v10(data17, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v10.errors : vErrors.concat(_v10.errors);
                errors = vErrors.length;
            }
            else {
                var props20 = _v10.evaluated.props;
                var items20 = _v10.evaluated.items;
            }
        }
        else {
            if (!(validate3(data17, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
            }
            else {
                var props21 = validate3.evaluated.props;
                if (props20 !== true && props21 !== undefined) {
                    if (props21 === true) {
                        props20 = true;
                    }
                    else {
                        props20 = props20 || {};
                        Object.assign(props20, props21);
                    }
                }
                var items21 = validate3.evaluated.items;
                if (items20 !== true && items21 !== undefined) {
                    items20 = items21 === true ? true : items20 > items21 ? items20 : items21;
                }
            }
        }
    }
} validate3.errors = vErrors; return errors === 0; }
validate3.evaluated = { "props": { "prefixItems": true, "items": true, "contains": true, "additionalProperties": true, "properties": true, "patternProperties": true, "dependentSchemas": true, "propertyNames": true, "if": true, "then": true, "else": true, "allOf": true, "anyOf": true, "oneOf": true, "not": true }, "dynamicProps": false, "dynamicItems": false };
const schema11 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/unevaluated", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/unevaluated": true }, "$dynamicAnchor": "meta", "title": "Unevaluated applicator vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "unevaluatedItems": { "$dynamicRef": "#meta" }, "unevaluatedProperties": { "$dynamicRef": "#meta" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/unevaluated" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate10.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema11.type }, message: "must be object,boolean", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate10;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.unevaluatedItems !== undefined) {
        let data0 = data.unevaluatedItems;
        let _v0 = dynamicAnchors.meta;
        if (_v0) {
            if (!(_v0(data0, { instancePath: instancePath + "/unevaluatedItems", parentData: data, parentDataProperty: "unevaluatedItems", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                errors = vErrors.length;
            }
            else {
                var props0 = _v0.evaluated.props;
                var items0 = _v0.evaluated.items;
            }
        }
        else {
            if (!(validate10(data0, { instancePath: instancePath + "/unevaluatedItems", parentData: data, parentDataProperty: "unevaluatedItems", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
                errors = vErrors.length;
            }
            else {
                var props1 = validate10.evaluated.props;
                if (props0 !== true && props1 !== undefined) {
                    if (props1 === true) {
                        props0 = true;
                    }
                    else {
                        props0 = props0 || {};
                        Object.assign(props0, props1);
                    }
                }
                var items1 = validate10.evaluated.items;
                if (items0 !== true && items1 !== undefined) {
                    items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                }
            }
        }
    }
    if (data.unevaluatedProperties !== undefined) {
        let data1 = data.unevaluatedProperties;
        let _v1 = dynamicAnchors.meta;
        if (_v1) {
            if (!(_v1(data1, { instancePath: instancePath + "/unevaluatedProperties", parentData: data, parentDataProperty: "unevaluatedProperties", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
                errors = vErrors.length;
            }
            else {
                var props2 = _v1.evaluated.props;
                var items2 = _v1.evaluated.items;
            }
        }
        else {
            if (!(validate10(data1, { instancePath: instancePath + "/unevaluatedProperties", parentData: data, parentDataProperty: "unevaluatedProperties", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
                errors = vErrors.length;
            }
            else {
                var props3 = validate10.evaluated.props;
                if (props2 !== true && props3 !== undefined) {
                    if (props3 === true) {
                        props2 = true;
                    }
                    else {
                        props2 = props2 || {};
                        Object.assign(props2, props3);
                    }
                }
                var items3 = validate10.evaluated.items;
                if (items2 !== true && items3 !== undefined) {
                    items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
                }
            }
        }
    }
} validate10.errors = vErrors; return errors === 0; }
validate10.evaluated = { "props": { "unevaluatedItems": true, "unevaluatedProperties": true }, "dynamicProps": false, "dynamicItems": false };
const schema12 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/validation", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/validation": true }, "$dynamicAnchor": "meta", "title": "Validation vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "type": { "anyOf": [{ "$ref": "#/$defs/simpleTypes" }, { "type": "array", "items": { "$ref": "#/$defs/simpleTypes" }, "minItems": 1, "uniqueItems": true }] }, "const": true, "enum": { "type": "array", "items": true }, "multipleOf": { "type": "number", "exclusiveMinimum": 0 }, "maximum": { "type": "number" }, "exclusiveMaximum": { "type": "number" }, "minimum": { "type": "number" }, "exclusiveMinimum": { "type": "number" }, "maxLength": { "$ref": "#/$defs/nonNegativeInteger" }, "minLength": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "pattern": { "type": "string", "format": "regex" }, "maxItems": { "$ref": "#/$defs/nonNegativeInteger" }, "minItems": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "uniqueItems": { "type": "boolean", "default": false }, "maxContains": { "$ref": "#/$defs/nonNegativeInteger" }, "minContains": { "$ref": "#/$defs/nonNegativeInteger", "default": 1 }, "maxProperties": { "$ref": "#/$defs/nonNegativeInteger" }, "minProperties": { "$ref": "#/$defs/nonNegativeIntegerDefault0" }, "required": { "$ref": "#/$defs/stringArray" }, "dependentRequired": { "type": "object", "additionalProperties": { "$ref": "#/$defs/stringArray" } } }, "$defs": { "nonNegativeInteger": { "type": "integer", "minimum": 0 }, "nonNegativeIntegerDefault0": { "$ref": "#/$defs/nonNegativeInteger", "default": 0 }, "simpleTypes": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "stringArray": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "default": [] } } };
const schema13 = { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] };
const schema15 = { "type": "integer", "minimum": 0 };
const func0 = equal;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/validation" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate12.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be object,boolean", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate12;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== undefined) {
        let data0 = data.type;
        const _errs2 = errors;
        let valid1 = false;
        const _errs3 = errors;
        if (!(((((((data0 === "array") || (data0 === "boolean")) || (data0 === "integer")) || (data0 === "null")) || (data0 === "number")) || (data0 === "object")) || (data0 === "string"))) {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid1 = valid1 || _valid0;
        const _errs5 = errors;
        if (Array.isArray(data0)) {
            if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.type.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (!(((((((data1 === "array") || (data1 === "boolean")) || (data1 === "integer")) || (data1 === "null")) || (data1 === "number")) || (data1 === "object")) || (data1 === "string"))) {
                    const err3 = { instancePath: instancePath + "/type/" + i0, schemaPath: "#/$defs/simpleTypes/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.type.anyOf[1], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.type.anyOf[1].type, parentSchema: schema12.properties.type.anyOf[1], data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs5 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
            const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.type.anyOf, parentSchema: schema12.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        else {
            errors = _errs2;
            if (vErrors !== null) {
                if (_errs2) {
                    vErrors.length = _errs2;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.enum !== undefined) {
        let data2 = data.enum;
        if (!(Array.isArray(data2))) {
            const err7 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.enum.type, parentSchema: schema12.properties.enum, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.multipleOf !== undefined) {
        let data3 = data.multipleOf;
        if (typeof data3 == "number") {
            if (data3 <= 0 || isNaN(data3)) {
                const err8 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.multipleOf, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.multipleOf.type, parentSchema: schema12.properties.multipleOf, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.maximum !== undefined) {
        let data4 = data.maximum;
        if (!(typeof data4 == "number")) {
            const err10 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.maximum.type, parentSchema: schema12.properties.maximum, data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.exclusiveMaximum !== undefined) {
        let data5 = data.exclusiveMaximum;
        if (!(typeof data5 == "number")) {
            const err11 = { instancePath: instancePath + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.exclusiveMaximum.type, parentSchema: schema12.properties.exclusiveMaximum, data: data5 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.minimum !== undefined) {
        let data6 = data.minimum;
        if (!(typeof data6 == "number")) {
            const err12 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.minimum.type, parentSchema: schema12.properties.minimum, data: data6 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.exclusiveMinimum !== undefined) {
        let data7 = data.exclusiveMinimum;
        if (!(typeof data7 == "number")) {
            const err13 = { instancePath: instancePath + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.exclusiveMinimum.type, parentSchema: schema12.properties.exclusiveMinimum, data: data7 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.maxLength !== undefined) {
        let data8 = data.maxLength;
        if (!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) {
            const err14 = { instancePath: instancePath + "/maxLength", schemaPath: "#/$defs/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data8 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
                const err15 = { instancePath: instancePath + "/maxLength", schemaPath: "#/$defs/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
    }
    if (data.minLength !== undefined) {
        let data9 = data.minLength;
        if (!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) {
            const err16 = { instancePath: instancePath + "/minLength", schemaPath: "#/$defs/nonNegativeIntegerDefault0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data9 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (typeof data9 == "number") {
            if (data9 < 0 || isNaN(data9)) {
                const err17 = { instancePath: instancePath + "/minLength", schemaPath: "#/$defs/nonNegativeIntegerDefault0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data9 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    if (data.pattern !== undefined) {
        let data10 = data.pattern;
        if (!(typeof data10 === "string")) {
            const err18 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pattern.type, parentSchema: schema12.properties.pattern, data: data10 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.maxItems !== undefined) {
        let data11 = data.maxItems;
        if (!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) {
            const err19 = { instancePath: instancePath + "/maxItems", schemaPath: "#/$defs/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data11 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (typeof data11 == "number") {
            if (data11 < 0 || isNaN(data11)) {
                const err20 = { instancePath: instancePath + "/maxItems", schemaPath: "#/$defs/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data11 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
    }
    if (data.minItems !== undefined) {
        let data12 = data.minItems;
        if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
            const err21 = { instancePath: instancePath + "/minItems", schemaPath: "#/$defs/nonNegativeIntegerDefault0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data12 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data12 == "number") {
            if (data12 < 0 || isNaN(data12)) {
                const err22 = { instancePath: instancePath + "/minItems", schemaPath: "#/$defs/nonNegativeIntegerDefault0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data12 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
    }
    if (data.uniqueItems !== undefined) {
        let data13 = data.uniqueItems;
        if (typeof data13 !== "boolean") {
            const err23 = { instancePath: instancePath + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.uniqueItems.type, parentSchema: schema12.properties.uniqueItems, data: data13 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.maxContains !== undefined) {
        let data14 = data.maxContains;
        if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
            const err24 = { instancePath: instancePath + "/maxContains", schemaPath: "#/$defs/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data14 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data14 == "number") {
            if (data14 < 0 || isNaN(data14)) {
                const err25 = { instancePath: instancePath + "/maxContains", schemaPath: "#/$defs/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data14 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    if (data.minContains !== undefined) {
        let data15 = data.minContains;
        if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
            const err26 = { instancePath: instancePath + "/minContains", schemaPath: "#/$defs/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data15 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        if (typeof data15 == "number") {
            if (data15 < 0 || isNaN(data15)) {
                const err27 = { instancePath: instancePath + "/minContains", schemaPath: "#/$defs/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data15 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
    }
    if (data.maxProperties !== undefined) {
        let data16 = data.maxProperties;
        if (!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) {
            const err28 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/$defs/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data16 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
        if (typeof data16 == "number") {
            if (data16 < 0 || isNaN(data16)) {
                const err29 = { instancePath: instancePath + "/maxProperties", schemaPath: "#/$defs/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data16 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
    }
    if (data.minProperties !== undefined) {
        let data17 = data.minProperties;
        if (!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))) {
            const err30 = { instancePath: instancePath + "/minProperties", schemaPath: "#/$defs/nonNegativeIntegerDefault0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data17 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        if (typeof data17 == "number") {
            if (data17 < 0 || isNaN(data17)) {
                const err31 = { instancePath: instancePath + "/minProperties", schemaPath: "#/$defs/nonNegativeIntegerDefault0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data17 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
    }
    if (data.required !== undefined) {
        let data18 = data.required;
        if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i2 = 0; i2 < len1; i2++) {
                let data19 = data18[i2];
                if (typeof data19 !== "string") {
                    const err32 = { instancePath: instancePath + "/required/" + i2, schemaPath: "#/$defs/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.items.type, parentSchema: schema23.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            let i3 = data18.length;
            let j1;
            if (i3 > 1) {
                const indices0 = {};
                for (; i3--;) {
                    let item0 = data18[i3];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j1 = indices0[item0];
                        const err33 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema23, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i3;
                }
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.type, parentSchema: schema23, data: data18 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.dependentRequired !== undefined) {
        let data20 = data.dependentRequired;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key0 in data20) {
                let data21 = data20[key0];
                if (Array.isArray(data21)) {
                    const len2 = data21.length;
                    for (let i4 = 0; i4 < len2; i4++) {
                        let data22 = data21[i4];
                        if (typeof data22 !== "string") {
                            const err35 = { instancePath: instancePath + "/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.items.type, parentSchema: schema23.items, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    let i5 = data21.length;
                    let j2;
                    if (i5 > 1) {
                        const indices1 = {};
                        for (; i5--;) {
                            let item1 = data21[i5];
                            if (typeof item1 !== "string") {
                                continue;
                            }
                            if (typeof indices1[item1] == "number") {
                                j2 = indices1[item1];
                                const err36 = { instancePath: instancePath + "/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema23, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                                break;
                            }
                            indices1[item1] = i5;
                        }
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.type, parentSchema: schema23, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/dependentRequired", schemaPath: "#/properties/dependentRequired/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.dependentRequired.type, parentSchema: schema12.properties.dependentRequired, data: data20 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
} validate12.errors = vErrors; return errors === 0; }
validate12.evaluated = { "props": { "type": true, "const": true, "enum": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true, "minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true, "maxItems": true, "minItems": true, "uniqueItems": true, "maxContains": true, "minContains": true, "maxProperties": true, "minProperties": true, "required": true, "dependentRequired": true }, "dynamicProps": false, "dynamicItems": false };
const schema25 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/meta-data", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/meta-data": true }, "$dynamicAnchor": "meta", "title": "Meta-data vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "title": { "type": "string" }, "description": { "type": "string" }, "default": true, "deprecated": { "type": "boolean", "default": false }, "readOnly": { "type": "boolean", "default": false }, "writeOnly": { "type": "boolean", "default": false }, "examples": { "type": "array", "items": true } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/meta-data" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate14.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema25.type }, message: "must be object,boolean", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate14;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.title.type, parentSchema: schema25.properties.title, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.description.type, parentSchema: schema25.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.deprecated !== undefined) {
        let data2 = data.deprecated;
        if (typeof data2 !== "boolean") {
            const err3 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.deprecated.type, parentSchema: schema25.properties.deprecated, data: data2 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.readOnly !== undefined) {
        let data3 = data.readOnly;
        if (typeof data3 !== "boolean") {
            const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.readOnly.type, parentSchema: schema25.properties.readOnly, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.writeOnly !== undefined) {
        let data4 = data.writeOnly;
        if (typeof data4 !== "boolean") {
            const err5 = { instancePath: instancePath + "/writeOnly", schemaPath: "#/properties/writeOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.writeOnly.type, parentSchema: schema25.properties.writeOnly, data: data4 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.examples !== undefined) {
        let data5 = data.examples;
        if (!(Array.isArray(data5))) {
            const err6 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.examples.type, parentSchema: schema25.properties.examples, data: data5 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
} validate14.errors = vErrors; return errors === 0; }
validate14.evaluated = { "props": { "title": true, "description": true, "default": true, "deprecated": true, "readOnly": true, "writeOnly": true, "examples": true }, "dynamicProps": false, "dynamicItems": false };
const schema26 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/format-annotation", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/format-annotation": true }, "$dynamicAnchor": "meta", "title": "Format vocabulary meta-schema for annotation results", "type": ["object", "boolean"], "properties": { "format": { "type": "string" } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/format-annotation" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate16.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema26.type }, message: "must be object,boolean", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate16;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format !== undefined) {
        let data0 = data.format;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.format.type, parentSchema: schema26.properties.format, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
} validate16.errors = vErrors; return errors === 0; }
validate16.evaluated = { "props": { "format": true }, "dynamicProps": false, "dynamicItems": false };
const schema27 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://json-schema.org/draft/2020-12/meta/content", "$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/content": true }, "$dynamicAnchor": "meta", "title": "Content vocabulary meta-schema", "type": ["object", "boolean"], "properties": { "contentEncoding": { "type": "string" }, "contentMediaType": { "type": "string" }, "contentSchema": { "$dynamicRef": "#meta" } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/meta/content" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate18.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema27.type }, message: "must be object,boolean", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate18;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.contentEncoding !== undefined) {
        let data0 = data.contentEncoding;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.contentEncoding.type, parentSchema: schema27.properties.contentEncoding, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.contentMediaType !== undefined) {
        let data1 = data.contentMediaType;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.contentMediaType.type, parentSchema: schema27.properties.contentMediaType, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.contentSchema !== undefined) {
        let data2 = data.contentSchema;
        let _v0 = dynamicAnchors.meta;
        if (_v0) {
            if (!(_v0(data2, { instancePath: instancePath + "/contentSchema", parentData: data, parentDataProperty: "contentSchema", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                errors = vErrors.length;
            }
            else {
                var props0 = _v0.evaluated.props;
                var items0 = _v0.evaluated.items;
            }
        }
        else {
            if (!(validate18(data2, { instancePath: instancePath + "/contentSchema", parentData: data, parentDataProperty: "contentSchema", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
            }
            else {
                var props1 = validate18.evaluated.props;
                if (props0 !== true && props1 !== undefined) {
                    if (props1 === true) {
                        props0 = true;
                    }
                    else {
                        props0 = props0 || {};
                        Object.assign(props0, props1);
                    }
                }
                var items1 = validate18.evaluated.items;
                if (items0 !== true && items1 !== undefined) {
                    items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                }
            }
        }
    }
} validate18.errors = vErrors; return errors === 0; }
validate18.evaluated = { "props": { "contentEncoding": true, "contentMediaType": true, "contentSchema": true }, "dynamicProps": false, "dynamicItems": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://json-schema.org/draft/2020-12/schema" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate0.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema0.type }, message: "must be object,boolean", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (!dynamicAnchors.meta) {
    dynamicAnchors.meta = validate0;
} if (!(validate1(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
    errors = vErrors.length;
} if (!(validate3(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
    errors = vErrors.length;
} if (!(validate10(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
    errors = vErrors.length;
} if (!(validate12(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
    errors = vErrors.length;
} if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
    errors = vErrors.length;
} if (!(validate16(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
    errors = vErrors.length;
} if (!(validate18(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
    errors = vErrors.length;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.definitions !== undefined) {
        let data0 = data.definitions;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
                let data1 = data0[key0];
                let _v0 = dynamicAnchors.meta;
                if (_v0) {
                    if (!(_v0(data1, { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props0 = _v0.evaluated.props;
                        var items0 = _v0.evaluated.items;
                    }
                }
                else {
                    if (!(validate0(data1, { instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props1 = validate0.evaluated.props;
                        if (props0 !== true && props1 !== undefined) {
                            if (props1 === true) {
                                props0 = true;
                            }
                            else {
                                props0 = props0 || {};
                                Object.assign(props0, props1);
                            }
                        }
                        var items1 = validate0.evaluated.items;
                        if (items0 !== true && items1 !== undefined) {
                            items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
                        }
                    }
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.definitions.type, parentSchema: schema0.properties.definitions, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.dependencies !== undefined) {
        let data2 = data.dependencies;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                const _errs19 = errors;
                let valid4 = false;
                const _errs20 = errors;
                let _v1 = dynamicAnchors.meta;
                if (_v1) {
                    if (!(_v1(data3, { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props2 = _v1.evaluated.props;
                        var items2 = _v1.evaluated.items;
                    }
                }
                else {
                    if (!(validate0(data3, { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
                        errors = vErrors.length;
                    }
                    else {
                        var props3 = validate0.evaluated.props;
                        if (props2 !== true && props3 !== undefined) {
                            if (props3 === true) {
                                props2 = true;
                            }
                            else {
                                props2 = props2 || {};
                                Object.assign(props2, props3);
                            }
                        }
                        var items3 = validate0.evaluated.items;
                        if (items2 !== true && items3 !== undefined) {
                            items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
                        }
                    }
                }
                var _valid0 = _errs20 === errors;
                valid4 = valid4 || _valid0;
                const _errs21 = errors;
                if (Array.isArray(data3)) {
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 !== "string") {
                            const err2 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "meta/validation#/$defs/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.items.type, parentSchema: schema23.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    let i1 = data3.length;
                    let j0;
                    if (i1 > 1) {
                        const indices0 = {};
                        for (; i1--;) {
                            let item0 = data3[i1];
                            if (typeof item0 !== "string") {
                                continue;
                            }
                            if (typeof indices0[item0] == "number") {
                                j0 = indices0[item0];
                                const err3 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "meta/validation#/$defs/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema23, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                                break;
                            }
                            indices0[item0] = i1;
                        }
                    }
                }
                else {
                    const err4 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "meta/validation#/$defs/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.type, parentSchema: schema23, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                var _valid0 = _errs21 === errors;
                valid4 = valid4 || _valid0;
                if (_valid0) {
                    if (items2 !== true) {
                        items2 = true;
                    }
                }
                if (!valid4) {
                    const err5 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.dependencies.additionalProperties.anyOf, parentSchema: schema0.properties.dependencies.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dependencies.type, parentSchema: schema0.properties.dependencies, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.$recursiveAnchor !== undefined) {
        let data5 = data.$recursiveAnchor;
        if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
                const err7 = { instancePath: instancePath + "/$recursiveAnchor", schemaPath: "meta/core#/$defs/anchorString/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][-A-Za-z0-9._]*$" }, message: "must match pattern \"" + "^[A-Za-z_][-A-Za-z0-9._]*$" + "\"", schema: "^[A-Za-z_][-A-Za-z0-9._]*$", parentSchema: schema5, data: data5 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/$recursiveAnchor", schemaPath: "meta/core#/$defs/anchorString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.type, parentSchema: schema5, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.$recursiveRef !== undefined) {
        let data6 = data.$recursiveRef;
        if (!(typeof data6 === "string")) {
            const err9 = { instancePath: instancePath + "/$recursiveRef", schemaPath: "meta/core#/$defs/uriReferenceString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data6 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
} validate0.errors = vErrors; return errors === 0; }
validate0.evaluated = { "props": { "definitions": true, "dependencies": true, "$recursiveAnchor": true, "$recursiveRef": true, "contentEncoding": true, "contentMediaType": true, "contentSchema": true, "format": true, "title": true, "description": true, "default": true, "deprecated": true, "readOnly": true, "writeOnly": true, "examples": true, "type": true, "const": true, "enum": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true, "minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true, "maxItems": true, "minItems": true, "uniqueItems": true, "maxContains": true, "minContains": true, "maxProperties": true, "minProperties": true, "required": true, "dependentRequired": true, "unevaluatedItems": true, "unevaluatedProperties": true, "prefixItems": true, "items": true, "contains": true, "additionalProperties": true, "properties": true, "patternProperties": true, "dependentSchemas": true, "propertyNames": true, "if": true, "then": true, "else": true, "allOf": true, "anyOf": true, "oneOf": true, "not": true, "$id": true, "$schema": true, "$ref": true, "$anchor": true, "$dynamicRef": true, "$dynamicAnchor": true, "$vocabulary": true, "$comment": true, "$defs": true }, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/contracts/v2/bundle-files.ts
/**
 * Files a 2.0 contract references: existence (directories do not count), interface specs parsed,
 * JSON Schemas from the bundle compiled with ajv. A malformed or hostile schema is a finding,
 * never a crash: compilation is bounded (size, depth) and nothing is fetched (a remote `$ref`
 * simply does not resolve).
 */










/** Bundle files larger than this are not read (a finding says so). */
const MAX_BUNDLE_FILE_BYTES = 16 * 1024 * 1024;
/** Bounds on a bundle JSON Schema before ajv compiles it. */
const MAX_SCHEMA_DEPTH = 256;
/** ajv's compile time grows faster than linearly (about 4 s for 20,000 values on a busy 2-core runner). */
const MAX_SCHEMA_NODES = 20_000;
/** Longest `pattern` / `patternProperties` key compiled (V8 and RE2 parse patterns recursively). */
const MAX_PATTERN_LENGTH = 4096;
/** Entries kept by each content-keyed cache (schemas compiled, interface specs parsed). */
const CACHE_LIMIT = 512;
/**
 * [M] A referenced path that names a directory is FILE_NOT_FOUND under format 2.0 (Pacto v3
 * reads these files; format 1.0 only stat'ed them and accepted directories).
 */
function bundleFileState(absDir, rel, root, files = contracts_files/* diskReader */.lJ) {
    if (!(0,contracts_files/* isValidFsPath */.Fw)(rel) || rel.includes('\0'))
        return { kind: 'missing' };
    const abs = (0,contracts_files/* bundlePath */.EU)(absDir, rel);
    const st = files.stat(abs);
    if (!st)
        return { kind: 'missing' };
    if (root !== undefined && !(0,contracts_files/* insideRoot */.p0)(root, abs))
        return { kind: 'outside' };
    return st.isDirectory ? { kind: 'directory' } : { kind: 'file', abs };
}
/** Small bundle files are read synchronously: cheaper than a thread-pool round trip each. */
function readBundleFile(abs, files = contracts_files/* diskReader */.lJ) {
    try {
        const st = files.stat(abs);
        if (st === null)
            return { ok: false, message: `cannot read it: ENOENT: no such file or directory, stat '${abs}'` };
        if (st.size > MAX_BUNDLE_FILE_BYTES) {
            return { ok: false, message: `file is ${st.size} bytes, more than the ${MAX_BUNDLE_FILE_BYTES}-byte limit` };
        }
        return { ok: true, bytes: files.read(abs) };
    }
    catch (e) {
        return { ok: false, message: `cannot read it: ${e.message}` };
    }
}
const specCache = new Map();
/**
 * [M] Interface specs are parsed by extension: `.yaml`/`.yml` as YAML, `.json` as JSON (Pacto's
 * tests imply JSON specs are parsed too); any other extension (`.proto`) is never parsed.
 * Returns the parse error, or null when the file is fine or not parsed.
 */
function interfaceSpecError(rel, bytes) {
    const ext = external_node_path_default().posix.extname(rel).toLowerCase();
    if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml')
        return null;
    // The verdict depends on the bytes and the parser only: a monorepo's copies of one spec are parsed once.
    const key = `${ext === '.json' ? 'json' : 'yaml'}:${(0,hash/* sha256 */.s)(bytes)}`;
    const hit = specCache.get(key);
    if (hit !== undefined)
        return hit;
    const result = specErrorUncached(ext, bytes);
    if (specCache.size >= CACHE_LIMIT)
        specCache.delete(specCache.keys().next().value);
    specCache.set(key, result);
    return result;
}
function specErrorUncached(ext, bytes) {
    if (ext === '.json') {
        try {
            JSON.parse(bytes.toString('utf8'));
            return null;
        }
        catch (e) {
            return `not valid JSON: ${e.message.replace(/\s+/g, ' ')}`;
        }
    }
    if (ext === '.yaml' || ext === '.yml') {
        const parsed = (0,parse/* parseFirstDocument */.jE)(bytes);
        // yaml.v3 also refuses duplicate keys and unknown aliases.
        const problem = parsed.error ?? new yaml_tree/* YamlTree */.c(parsed).problems[0] ?? null;
        return problem ? `not valid YAML: line ${problem.line}, column ${problem.column}: ${problem.message}` : null;
    }
    return null;
}
const cache = new Map();
/** Parses and compiles a bundle JSON Schema (draft 2020-12 unless `$schema` says otherwise); cached by content. */
function compileBundleSchema(bytes) {
    const key = (0,hash/* sha256 */.s)(bytes);
    const hit = cache.get(key);
    if (hit)
        return hit;
    const result = compileUncached(bytes);
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, result);
    return result;
}
function compileUncached(bytes) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        return { ok: false, kind: 'json', message: `not valid JSON: ${e.message.replace(/\s+/g, ' ')}` };
    }
    const bound = checkBounds(doc);
    if (bound)
        return { ok: false, kind: 'schema', message: bound };
    if (typeof doc !== 'boolean' && (doc === null || typeof doc !== 'object' || Array.isArray(doc))) {
        return {
            ok: false,
            kind: 'schema',
            message: `a JSON Schema must be an object or a boolean, got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}`,
        };
    }
    const draft = draftOf(doc);
    if (!draft) {
        const s = doc.$schema;
        return {
            ok: false,
            kind: 'schema',
            message: `unsupported $schema ${JSON.stringify(s)} (use https://json-schema.org/draft/2020-12/schema, 2019-09, draft-07 or draft-06)`,
        };
    }
    stripAsync(doc);
    try {
        const fn = compileIsolated(draft, doc);
        return {
            ok: true,
            schema: {
                validate(data) {
                    return fn(data) ? null : (fn.errors ?? []).slice();
                },
            },
        };
    }
    catch (e) {
        return { ok: false, kind: 'schema', message: compileMessage(e) };
    }
}
function compileMessage(e) {
    const err = e;
    if (err instanceof UnsupportedPattern)
        return err.message;
    if (err instanceof RangeError)
        return 'schema is too deeply nested or recursive to compile (is there a $ref cycle?)';
    if (err.missingRef !== undefined || /can't resolve reference/.test(err.message)) {
        const ref = err.missingRef ?? err.message.replace(/^.*can't resolve reference (\S+).*$/s, '$1');
        return `cannot resolve $ref ${JSON.stringify(ref)}: references are resolved inside the schema file only; remote schemas are never fetched (inline it under $defs)`;
    }
    return err.message;
}
function draftOf(doc) {
    if (typeof doc !== 'object' || doc === null)
        return '2020-12';
    const s = doc.$schema;
    if (s === undefined)
        return '2020-12';
    if (typeof s !== 'string')
        return null;
    const u = s.replace(/^https?:\/\//, '').replace(/#$/, '');
    if (u === 'json-schema.org/draft/2020-12/schema')
        return '2020-12';
    if (u === 'json-schema.org/draft/2019-09/schema')
        return '2019-09';
    if (u === 'json-schema.org/draft-07/schema')
        return 'draft-07';
    if (u === 'json-schema.org/draft-06/schema')
        return 'draft-06';
    if (u === 'json-schema.org/draft-04/schema')
        return 'draft-04';
    return null;
}
class UnsupportedPattern extends Error {
}
/**
 * Patterns from bundle schemas run on RE2 (re2js), never on V8's backtracking engine: matching is
 * linear in the input, so `^(a+)+$` cannot hang the action, and the syntax is Go's regexp, the
 * engine Pacto's validator uses. What RE2 cannot compile (backreferences, lookaround, `\u`
 * escapes) Pacto rejects too: the schema is invalid.
 */
const re2Engine = Object.assign((pattern, flags) => {
    let re;
    try {
        // ajv passes "u" (RE2 is always Unicode-aware); no other flag reaches here.
        re = build/* RE2JS */.L3.compile(pattern, flags.includes('i') ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0);
    }
    catch (e) {
        if (!(e instanceof build/* RE2JSException */.o_) && !(e instanceof RangeError))
            throw e;
        const why = e instanceof RangeError ? 'it is nested too deeply' : e.message;
        throw new UnsupportedPattern(`pattern ${JSON.stringify(shorten(pattern))} cannot be compiled: ${why} (patterns use RE2 syntax, Go's regexp as in Pacto: no backreferences, lookaround or \\u escapes; write \\x{e9} for a code point)`);
    }
    // ajv keys its compiled-pattern cache by toString(): it must be unique per pattern.
    return { test: (s) => re.test(s), toString: () => `re2:${flags}:${pattern}` };
}, 
// Only ajv's standalone code generation reads `code`; it is never used here.
{ code: 'pactoRe2' });
function shorten(s) {
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
const ajvByKey = new Map();
function compileIsolated(draft, doc) {
    // draft-04/06 are compiled as draft-07 (ajv 8 has no draft-04 engine) without their $schema.
    let key = draft === 'draft-06' ? 'draft-04' : draft;
    let schema = doc;
    if (key === 'draft-04') {
        const { $schema: _drop, ...rest } = doc;
        schema = rest;
    }
    if (key === '2020-12' && meta_2020_validator_generated(schema))
        key = '2020-12-prechecked';
    let ajv = ajvByKey.get(key);
    if (!ajv) {
        ajv = newAjv(key);
        ajvByKey.set(key, ajv);
    }
    const before = { refs: new Set(Object.keys(ajv.refs)), schemas: new Set(Object.keys(ajv.schemas)) };
    let fn;
    try {
        fn = ajv.compile(schema);
    }
    catch (e) {
        ajvByKey.delete(key);
        throw e;
    }
    // Only now is the schema's own `$id` known to be new (a taken one throws above): unregister it.
    if (typeof schema === 'object' && schema !== null)
        ajv.removeSchema(schema);
    for (const k of Object.keys(ajv.refs))
        if (!before.refs.has(k))
            delete ajv.refs[k];
    for (const k of Object.keys(ajv.schemas))
        if (!before.schemas.has(k))
            delete ajv.schemas[k];
    return fn;
}
/** How bundle schemas are compiled (plus RE2 for patterns); the meta-schema fast path is generated with these. */
const BUNDLE_AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true, inlineRefs: true };
function newAjv(key) {
    const opts = { ...BUNDLE_AJV_OPTIONS, code: { regExp: re2Engine } };
    if (key === '2020-12-prechecked')
        return new _2020.Ajv2020({ ...opts, validateSchema: false });
    if (key === '2020-12')
        return new _2020.Ajv2020(opts);
    if (key === '2019-09')
        return new _2019.Ajv2019(opts);
    return new ajv.Ajv({ ...opts, validateSchema: key === 'draft-07' });
}
/**
 * `$async: true` would make ajv return a promise (a rejected one on failure): JSON Schema has no
 * such keyword and Pacto's validator ignores it, so it is removed before compiling.
 */
function stripAsync(doc) {
    const stack = [doc];
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, '$async'))
            delete v.$async;
        for (const c of Array.isArray(v) ? v : Object.values(v))
            if (c !== null && typeof c === 'object')
                stack.push(c);
    }
}
/** Iterative walk: rejects documents too deep or too large to compile safely, and overlong patterns. */
function checkBounds(doc) {
    const stack = [[doc, 0]];
    let nodes = 0;
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (++nodes > MAX_SCHEMA_NODES)
            return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
        if (depth > MAX_SCHEMA_DEPTH)
            return `schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep; flatten it with $defs and $ref`;
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            const pat = typeof o.pattern === 'string' ? o.pattern : undefined;
            const props = o.patternProperties !== null && typeof o.patternProperties === 'object' ? Object.keys(o.patternProperties) : [];
            for (const p of pat === undefined ? props : [pat, ...props]) {
                if (p.length > MAX_PATTERN_LENGTH) {
                    return `pattern ${JSON.stringify(shorten(p))} is ${p.length} characters long, more than the ${MAX_PATTERN_LENGTH}-character limit; simplify it`;
                }
            }
        }
        if (v !== null && typeof v === 'object') {
            for (const c of Array.isArray(v) ? v : Object.values(v)) {
                if (c !== null && typeof c === 'object')
                    stack.push([c, depth + 1]);
                else if (++nodes > MAX_SCHEMA_NODES)
                    return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/contracts/gojson.ts
var gojson = __webpack_require__(69675);
// EXTERNAL MODULE: ./src/contracts/yaml/typed.ts + 1 modules
var typed = __webpack_require__(64415);
;// CONCATENATED MODULE: ./src/contracts/v2/model.ts
const str = (omitEmpty = false) => ({ kind: 'string', omitEmpty });
const f = (name, type) => ({ name, type });
const struct = (name, fields, opts = {}) => ({
    kind: 'struct',
    name: `contract.${name}`,
    fields,
    ...opts,
});
const slice = (elem) => ({ kind: 'slice', elem, omitEmpty: true });
const contact = struct('OwnerContact', [f('type', str()), f('value', str()), f('purpose', str(true))]);
/**
 * [M] `service.owner` is a plain (non-pointer) struct in Pacto v3's model, so Go's encoder never
 * omits it even with omitempty: a contract without an owner is sent to plugins with `"owner":{}`.
 */
const OWNER_ALWAYS_ENCODED = struct('OwnerInfo', [f('team', str(true)), f('dri', str(true)), f('contacts', slice(contact))], {
    omitEmpty: true,
});
const service = struct('Service', [f('name', str()), f('version', str()), f('owner', OWNER_ALWAYS_ENCODED)]);
const iface = struct('Interface', [f('name', str()), f('type', str()), f('ref', str()), f('visibility', str(true))]);
const configuration = struct('Configuration', [
    f('name', str()),
    f('schema', str(true)),
    f('ref', str(true)),
    f('values', { kind: 'map', omitEmpty: true }),
    f('required', { kind: 'bool' }),
]);
const dependency = struct('Dependency', [f('name', str()), f('ref', str()), f('required', { kind: 'bool' }), f('compatibility', str())]);
const persistence = struct('Persistence', [f('scope', str()), f('durability', str())]);
const state = struct('State', [f('type', str()), f('persistence', persistence), f('dataCriticality', str())], {
    ptr: true,
    omitEmpty: true,
});
const binding = struct('CapabilityBinding', [f('type', str()), f('interface', str()), f('path', str(true))], {
    ptr: true,
    omitEmpty: true,
});
const capability = struct('Capability', [f('type', str()), f('ref', str(true)), f('binding', binding)]);
const policy = struct('Policy', [f('name', str()), f('schema', str(true)), f('ref', str(true)), f('target', str(true))]);
const revision = struct('ReadinessRevision', [f('date', str()), f('version', str()), f('author', str()), f('description', str())]);
const claim = struct('ReadinessClaim', [
    f('id', str()),
    f('type', str()),
    f('category', str(true)),
    f('status', str()),
    f('evidence', str()),
    f('weight', { kind: 'int' }),
    f('description', str(true)),
]);
const readiness = struct('Readiness', [
    f('minScore', { kind: 'int', ptr: true, omitEmpty: true }),
    f('expires', str()),
    // A Go *float64: the shared decoder has no float kind, so it is decoded as interface{}
    // and narrowed by the loader (checkPartialCredit).
    f('partialCredit', { kind: 'any', omitEmpty: true }),
    f('history', slice(revision)),
    f('claims', slice(claim)),
], { ptr: true, omitEmpty: true });
const CONTRACT = struct('Contract', [
    f('pactoVersion', str()),
    f('service', service),
    f('interfaces', slice(iface)),
    f('configurations', slice(configuration)),
    f('dependencies', slice(dependency)),
    f('state', state),
    f('workload', str(true)),
    f('capabilities', slice(capability)),
    f('policies', slice(policy)),
    f('readiness', readiness),
    f('metadata', { kind: 'map', omitEmpty: true }),
    f('extensions', { kind: 'map', omitEmpty: true }),
]);

;// CONCATENATED MODULE: ./src/contracts/v2/encode.ts
/**
 * The plugin request's `contract` member for a 2.0 contract: Pacto v3's loaded model as Go's
 * encoding/json writes it (shared encoder, model from model.ts). Null when Go could not encode
 * it (a non-string key in a nested map, as `pacto generate` fails with "failed to marshal").
 */



function encodeContract(model) {
    try {
        return (0,typed/* goEncode */.j7)(CONTRACT, model);
    }
    catch (e) {
        if (e instanceof gojson/* GoJsonError */.tU)
            return null;
        throw e;
    }
}
/** A yaml.v3 natural value as plain JSON data (for validating configuration values with ajv). */
function goAnyToJson(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(goAnyToJson);
    const out = {};
    const entries = v instanceof gojson/* GoAnyKeyMap */.aw ? v.entries.map(([k, x]) => [String(k), x]) : [...v.entries()];
    for (const [k, x] of entries)
        Object.defineProperty(out, k, { value: goAnyToJson(x), enumerable: true, writable: true, configurable: true });
    return out;
}

// EXTERNAL MODULE: ./src/contracts/jsonschema.ts
var jsonschema = __webpack_require__(81134);
;// CONCATENATED MODULE: ./src/contracts/v2/leaves.ts

/** `explain` may add a fix for a leaf (the 2.0 contract schema's oneOf shapes). */
function toLeaves(errors, explain) {
    const errs = errors ?? [];
    const leaves = (0,jsonschema/* flattenAjvErrors */.hP)(errs).map((l) => ({
        path: l.path,
        pointer: l.pointer,
        keyword: l.keyword,
        message: `at '${l.pointer}': ${l.text}${hint(l.keyword, l.data, errs.find((e) => e.instancePath === l.pointer && e.keyword === l.keyword))}${explain?.(l) ?? ''}`,
    }));
    if (leaves.length === 0 && errs.length > 0) {
        // Bundle schemas can fail only through a summary keyword (a oneOf matched by several
        // branches, a false schema): never let a failure pass silently.
        const e = errs[errs.length - 1];
        leaves.push({
            path: (0,jsonschema/* pointerToDotted */.ju)(e.instancePath),
            pointer: e.instancePath,
            keyword: e.keyword,
            message: `at '${e.instancePath}': ${e.message ?? e.keyword}`,
        });
    }
    return leaves;
}
function show(v) {
    if (typeof v === 'string')
        return `'${v}'`;
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}
function hint(keyword, data, e) {
    switch (keyword) {
        case 'enum':
        case 'const':
            return ` (got ${show(data)})`;
        case 'type': {
            const want = String(e?.params?.type ?? '');
            if (want === 'string' && typeof data === 'number')
                return ' (quote the value)';
            if (want === 'boolean' && typeof data === 'string')
                return ' (use true or false, unquoted)';
            if (want === 'object' && data === null)
                return ' (give it a value or remove the key)';
            return '';
        }
        default:
            return '';
    }
}

;// CONCATENATED MODULE: ./src/contracts/v2/oci.ts
/**
 * Pacto v3's stricter OCI reference grammar (configuration, policy and dependency refs, after
 * `oci://` is stripped): digests and tags are checked, unlike the 1.0 parser.
 */
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function parseOciV2(location) {
    if (location === '')
        return { ok: false, error: 'empty OCI reference (write oci://registry/repository[:tag][@digest])' };
    let rest = location;
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            return { ok: false, error: `invalid digest ${JSON.stringify(digest)}: want sha256:<64 lowercase hex> or sha512:<128 lowercase hex>` };
        }
    }
    let tag = '';
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            return {
                ok: false,
                error: `invalid tag ${JSON.stringify(tag)}: a tag is 1-128 characters of letters, digits, '_', '.', '-' and must not start with '.' or '-'`,
            };
        }
    }
    const slash = rest.indexOf('/');
    if (slash < 0) {
        return {
            ok: false,
            error: `invalid OCI reference: missing repository in ${JSON.stringify(rest)} (write registry/repository, e.g. ghcr.io/acme/${rest || 'name'})`,
        };
    }
    const registry = rest.slice(0, slash);
    const repository = rest.slice(slash + 1);
    if (registry === '')
        return { ok: false, error: 'invalid OCI reference: empty registry' };
    if (repository === '')
        return { ok: false, error: 'invalid OCI reference: empty repository' };
    return { ok: true, ref: { registry, repository, tag, digest } };
}
/** Scheme detection as Pacto's: only a case-sensitive `oci://` prefix makes a ref an OCI ref. */
function ociLocation(ref) {
    return ref.startsWith('oci://') ? ref.slice('oci://'.length) : null;
}

// EXTERNAL MODULE: ./src/contracts/semver.ts
var semver = __webpack_require__(18003);
;// CONCATENATED MODULE: ./src/contracts/v2/crossfield.ts






const q = JSON.stringify;
/** One run of the rules: the bundle they read and what they found so far. */
class RuleRun {
    absDir;
    root;
    files;
    errors = [];
    warnings = [];
    policies = [];
    referencedFiles = [];
    /** The configuration schemas that compiled, by configuration index (for the values rule). */
    configSchemas = new Map();
    constructor(absDir, root, files) {
        this.absDir = absDir;
        this.root = root;
        this.files = files;
    }
    error(code, path, message) {
        this.errors.push({ code, path, message });
    }
}
/**
 * One function per rule, in Pacto v3's order. `root`: the workspace's real path; a bundle
 * file resolving outside it is never read.
 */
function crossFieldChecks(c, absDir, root, files = contracts_files/* diskReader */.lJ) {
    const run = new RuleRun(absDir, root, files);
    checkServiceVersion(c, run);
    checkInterfaceNamesUnique(c, run);
    checkConfigurationNamesUnique(c, run);
    checkPolicyNamesUnique(c, run);
    checkDependencyNamesUnique(c, run);
    checkCapabilityRefs(c, run);
    checkCapabilitiesUnique(c, run);
    checkCapabilityBindings(c, run);
    checkInterfaceFiles(c, run);
    checkConfigurations(c, run);
    checkPolicies(c, run);
    checkDependencies(c, run);
    checkConfigurationValues(c, run);
    if (c.readiness) {
        checkReadinessExpires(c.readiness, run);
        checkReadinessHistory(c.readiness, run);
        checkReadinessClaimIdsUnique(c.readiness, run);
        checkReadinessClaimTexts(c.readiness, run);
    }
    const { errors, warnings, policies, referencedFiles } = run;
    return { errors, warnings, policies, referencedFiles };
}
function checkServiceVersion(c, run) {
    const v = (0,semver/* parseVersion */.o)(c.service.version);
    if (!v.ok)
        run.error('INVALID_SEMVER', 'service.version', `${q(c.service.version)} is not valid semver: ${v.error} (use MAJOR.MINOR.PATCH, e.g. 1.2.3)`);
}
function checkInterfaceNamesUnique(c, run) {
    checkNamesUnique(c.interfaces, 'interfaces', 'DUPLICATE_INTERFACE_NAME', 'interface', run);
}
function checkConfigurationNamesUnique(c, run) {
    checkNamesUnique(c.configurations, 'configurations', 'DUPLICATE_CONFIGURATION_NAME', 'configuration', run);
}
function checkPolicyNamesUnique(c, run) {
    checkNamesUnique(c.policies, 'policies', 'DUPLICATE_POLICY_NAME', 'policy', run);
}
function checkDependencyNamesUnique(c, run) {
    checkNamesUnique(c.dependencies, 'dependencies', 'DUPLICATE_DEPENDENCY_NAME', 'dependency', run);
}
/** The message cites the most recent earlier declaration of the name. */
function checkNamesUnique(list, listName, code, what, run) {
    const last = new Map();
    (list ?? []).forEach((item, i) => {
        const prev = last.get(item.name);
        if (prev !== undefined)
            run.error(code, `${listName}[${i}].name`, `${what} name ${q(item.name)} is already declared at ${listName}[${prev}]; names must be unique`);
        last.set(item.name, i);
    });
}
function checkCapabilityRefs(c, run) {
    (c.capabilities ?? []).forEach((cap, i) => {
        if (cap.type !== 'extension' || cap.ref === '')
            return;
        const slash = cap.ref.indexOf('/');
        if (slash < 0 || !cap.ref.slice(0, slash).includes('.')) {
            run.error('CAPABILITY_REF_INVALID', `capabilities[${i}].ref`, `extension capability ref ${q(cap.ref)} must be namespaced by a domain, e.g. acme.io/${cap.ref.replace(/^.*\//, '') || 'name'}`);
        }
    });
}
/** The message cites the first declaration of the capability. */
function checkCapabilitiesUnique(c, run) {
    const firstCap = new Map();
    (c.capabilities ?? []).forEach((cap, i) => {
        const key = cap.type === 'extension' ? `ext:${cap.ref}` : cap.type;
        const prev = firstCap.get(key);
        if (prev !== undefined) {
            const what = cap.type === 'extension' ? `extension capability ${q(cap.ref)}` : `capability ${q(cap.type)}`;
            run.error('DUPLICATE_CAPABILITY', duplicateCapabilityPath(i), `${what} is already declared at capabilities[${prev}]; declare each capability once`);
        }
        else
            firstCap.set(key, i);
    });
}
function checkCapabilityBindings(c, run) {
    const ifaceNames = new Set((c.interfaces ?? []).map((x) => x.name));
    (c.capabilities ?? []).forEach((cap, i) => {
        const b = cap.binding;
        if (!b)
            return;
        if (!ifaceNames.has(b.interface)) {
            const declared = [...ifaceNames].map((n) => q(n)).join(', ') || 'none';
            run.error('CAPABILITY_INTERFACE_UNKNOWN', capabilityBindingPath(i, 'interface'), `binding interface ${q(b.interface)} does not match any declared interface (declared: ${declared})`);
        }
        if (b.path !== '') {
            const why = unsafeUrlPath(b.path);
            if (why)
                run.error('CAPABILITY_PATH_INVALID', capabilityBindingPath(i, 'path'), `binding path ${q(b.path)} is not a safe URL path: ${why}`);
        }
    });
}
function checkInterfaceFiles(c, run) {
    for (const [i, itf] of (c.interfaces ?? []).entries()) {
        if (itf.ref === '')
            continue;
        const st = bundleFileState(run.absDir, itf.ref, run.root, run.files);
        if (st.kind !== 'file') {
            run.error('FILE_NOT_FOUND', `interfaces[${i}].ref`, notFoundMessage('interface file', itf.ref, st.kind));
            continue;
        }
        run.referencedFiles.push(st.abs);
        const read = readBundleFile(st.abs, run.files);
        const why = read.ok ? interfaceSpecError(itf.ref, read.bytes) : read.message;
        if (why)
            run.error('INVALID_INTERFACE_SPEC', `interfaces[${i}].ref`, `interface file ${q(itf.ref)} is ${why}`);
    }
}
/** Each configuration's schema file, then its OCI reference. */
function checkConfigurations(c, run) {
    for (const [i, cfg] of (c.configurations ?? []).entries()) {
        if (cfg.schema !== '') {
            const r = loadSchemaFile(run.root, run.absDir, cfg.schema, `configurations[${i}].schema`, 'configuration schema', 'INVALID_CONFIG_JSON', 'INVALID_CONFIG_SCHEMA', run.files);
            if (r.finding)
                run.errors.push(r.finding);
            if (r.abs)
                run.referencedFiles.push(r.abs);
            if (r.schema)
                run.configSchemas.set(i, r.schema);
        }
        if (cfg.ref !== '')
            ociCheck(cfg.ref, `configurations[${i}].ref`, 'INVALID_CONFIG_REF', run.errors);
    }
}
/** Each policy's schema file, then its OCI reference. */
function checkPolicies(c, run) {
    for (const [i, pol] of (c.policies ?? []).entries()) {
        if (pol.schema !== '') {
            const r = loadSchemaFile(run.root, run.absDir, pol.schema, `policies[${i}].schema`, 'policy schema', 'INVALID_POLICY_JSON', 'INVALID_POLICY_SCHEMA', run.files);
            if (r.finding)
                run.errors.push(r.finding);
            if (r.abs)
                run.referencedFiles.push(r.abs);
            if (r.schema)
                run.policies.push({ name: pol.name, index: i, file: pol.schema, schema: r.schema });
        }
        if (pol.ref !== '')
            ociCheck(pol.ref, `policies[${i}].ref`, 'INVALID_POLICY_REF', run.errors);
    }
}
/** A dependency whose OCI reference does not parse has its compatibility left unchecked. */
function checkDependencies(c, run) {
    for (const [i, dep] of (c.dependencies ?? []).entries()) {
        const loc = ociLocation(dep.ref);
        if (loc !== null) {
            const parsed = parseOciV2(loc);
            if (!parsed.ok) {
                run.error('INVALID_OCI_REF', `dependencies[${i}].ref`, `invalid OCI reference ${q(dep.ref)}: ${parsed.error}`);
                continue;
            }
            if (parsed.ref.digest === '' && parsed.ref.tag !== '') {
                run.warnings.push({
                    code: 'TAG_NOT_DIGEST',
                    path: `dependencies[${i}].ref`,
                    message: `dependency ${q(dep.ref)} uses a tag instead of a digest; digest pinning is recommended (append @sha256:<digest>)`,
                });
            }
        }
        if (dep.compatibility !== '') {
            const range = (0,semver/* parseRange */.R)(dep.compatibility);
            if (!range.ok) {
                run.error('INVALID_COMPATIBILITY', `dependencies[${i}].compatibility`, `invalid compatibility range ${q(dep.compatibility)}: invalid semver range ${q(dep.compatibility)}: ${range.error} (use a range such as ^1.2.0 or >=1.0.0 <2.0.0)`);
            }
        }
    }
}
/** Values against their configuration's bundled schema: one error per configuration. */
function checkConfigurationValues(c, run) {
    for (const [i, cfg] of (c.configurations ?? []).entries()) {
        const schema = run.configSchemas.get(i);
        if (!schema || !cfg.values || cfg.values.size === 0)
            continue;
        const data = goAnyToJson(cfg.values);
        let problems;
        try {
            problems = schema.validate(data);
        }
        catch {
            run.error('INVALID_CONFIG_SCHEMA', `configurations[${i}].schema`, `configuration schema ${q(cfg.schema)} recurses without end ($ref cycle); it cannot validate values`);
            continue;
        }
        if (problems) {
            const leaves = toLeaves(problems).map((l) => l.message);
            run.error('CONFIG_VALUES_VALIDATION_FAILED', `configurations[${i}].values`, `configuration ${q(cfg.name)} values do not match ${cfg.schema}: ${leaves.join('; ')}`);
        }
    }
}
function checkReadinessExpires(r, run) {
    if (!isRoundTripDate(r.expires)) {
        run.error('INVALID_READINESS_EXPIRES', 'readiness.expires', `readiness.expires ${q(r.expires)} is not a valid date; write it as YYYY-MM-DD (e.g. 2026-12-31)`);
    }
}
function checkReadinessHistory(r, run) {
    (r.history ?? []).forEach((h, i) => {
        const base = `readiness.history[${i}]`;
        if (!isRoundTripDate(h.date))
            run.error('INVALID_READINESS_REVISION', `${base}.date`, `revision date ${q(h.date)} is not a valid date; write it as YYYY-MM-DD`);
        for (const field of ['version', 'author', 'description']) {
            if (goTrimSpace(h[field]) === '')
                run.error('INVALID_READINESS_REVISION', `${base}.${field}`, `revision ${field} ${q(h[field])} is blank; give it a value`);
        }
    });
}
/** The message cites the most recent earlier declaration of the id. */
function checkReadinessClaimIdsUnique(r, run) {
    const lastId = new Map();
    (r.claims ?? []).forEach((cl, i) => {
        const prev = lastId.get(cl.id);
        if (prev !== undefined)
            run.error('DUPLICATE_READINESS_ID', `readiness.claims[${i}].id`, `readiness claim id ${q(cl.id)} is already declared at readiness.claims[${prev}]; ids must be unique`);
        lastId.set(cl.id, i);
    });
}
/** A claim's evidence and description are never whitespace only. */
function checkReadinessClaimTexts(r, run) {
    (r.claims ?? []).forEach((cl, i) => {
        if (goTrimSpace(cl.evidence) === '')
            run.error('EMPTY_READINESS_EVIDENCE', `readiness.claims[${i}].evidence`, `readiness claim ${q(cl.id)} evidence ${q(cl.evidence)} is blank; point it at a URL, document or ticket`);
        if (cl.description !== '' && goTrimSpace(cl.description) === '') {
            run.error('EMPTY_READINESS_DESCRIPTION', `readiness.claims[${i}].description`, `readiness claim ${q(cl.id)} description is blank; describe the claim or remove the key`);
        }
    });
}
/** [M] A duplicate extension capability (same ref) is reported at the item's `type`, like a duplicate health/metrics. */
function duplicateCapabilityPath(i) {
    return `capabilities[${i}].type`;
}
/** [M] Capability binding findings sit at the binding member (`capabilities[i].binding.interface` / `.path`). */
function capabilityBindingPath(i, member) {
    return `capabilities[${i}].binding.${member}`;
}
function notFoundMessage(what, rel, kind) {
    if (kind === 'outside')
        return `${what} ${q(rel)} resolves outside the workspace through a symbolic link; it was not read (bundle files must be inside the workspace)`;
    if (kind === 'directory')
        return `${what} ${q(rel)} not found in bundle: it is a directory; name a file`;
    const hint = rel.startsWith('./') || rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '.' || s === '')
        ? ' (write the path relative to the bundle root, without ./, .. or a leading /)'
        : ' (check the path; it is relative to the directory holding pacto.yaml)';
    return `${what} ${q(rel)} not found in bundle${hint}`;
}
function loadSchemaFile(root, absDir, rel, path, what, jsonCode, schemaCode, files) {
    const st = bundleFileState(absDir, rel, root, files);
    if (st.kind !== 'file')
        return { finding: { code: 'FILE_NOT_FOUND', path, message: notFoundMessage(`${what} file`, rel, st.kind) } };
    const read = readBundleFile(st.abs, files);
    if (!read.ok)
        return { abs: st.abs, finding: { code: jsonCode, path, message: `${what} ${q(rel)}: ${read.message}` } };
    const compiled = compileBundleSchema(read.bytes);
    if (compiled.ok)
        return { abs: st.abs, schema: compiled.schema };
    const code = compiled.kind === 'json' ? jsonCode : schemaCode;
    const text = compiled.kind === 'json' ? `is ${compiled.message}` : `is not a valid JSON Schema: ${compiled.message}`;
    return { abs: st.abs, finding: { code, path, message: `${what} ${q(rel)} ${text}` } };
}
function ociCheck(ref, path, code, errors) {
    const loc = ociLocation(ref);
    if (loc === null)
        return;
    const parsed = parseOciV2(loc);
    if (!parsed.ok)
        errors.push({ code, path, message: `invalid OCI reference ${q(ref)}: ${parsed.error}` });
}
/** Go's strings.TrimSpace (Unicode White_Space). */
function goTrimSpace(s) {
    return s.replace(GO_SPACE_EDGES, '');
}
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const GO_SPACE_EDGES = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
/** time.Parse("2006-01-02", s) succeeds and formats back to s. */
function isRoundTripDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
    return d <= days;
}
/** [M] Why a binding path that passed the schema pattern is unsafe as a URL path, or null. */
function unsafeUrlPath(p) {
    if ([...p].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
        return 'it contains control characters';
    if (p.includes('#'))
        return 'it has a fragment (#); remove it';
    const pathPart = p.split('?')[0];
    if (/%(?![0-9A-Fa-f]{2})/.test(pathPart))
        return 'it is not a valid URL path (a % must start a %XX escape)';
    const decoded = pathPart.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
    if (decoded.startsWith('//'))
        return `it decodes to ${q(decoded)}, which a client would read as another host; use a path such as /healthz`;
    return null;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/contracts/yaml/resolve.ts
var resolve = __webpack_require__(13395);
;// CONCATENATED MODULE: ./src/contracts/v2/generic.ts
/**
 * The generic document Pacto v3 validates with JSON Schema: the first YAML document decoded into
 * untyped values, date/timestamp scalars kept as their literal text, then a JSON round trip
 * (NaN/±Inf cannot be encoded: YAML_PARSE_ERROR).
 */




class Unencodable extends Error {
    node;
    constructor(message, node) {
        super(message);
        this.node = node;
    }
}
function genericDocument(tree) {
    try {
        return { ok: true, value: toJson(tree, tree.root, 0) };
    }
    catch (e) {
        if (e instanceof Unencodable) {
            const p = tree.pos(e.node);
            return { ok: false, message: e.message, line: p?.line ?? null, column: p?.column ?? null };
        }
        throw e;
    }
}
function generic_text(n) {
    return typeof n.source === 'string' ? n.source : String(n.value ?? '');
}
/** A mapping key as Go prints it after a generic decode (fmt's %v of the decoded key). */
function keyText(key) {
    const r = (0,resolve/* resolveScalar */.T)(key);
    switch (r.tag) {
        case '!!null':
            return '<nil>';
        case '!!bool':
            return r.value ? 'true' : 'false';
        case '!!int':
            return r.value.toString();
        case '!!float':
            return Number.isFinite(r.value) ? (0,gojson/* goFloat */.t$)(r.value) : r.value > 0 ? '+Inf' : r.value < 0 ? '-Inf' : 'NaN';
        case '!!str':
        case 'other':
        case '!!timestamp':
            return generic_text(key);
        default:
            return generic_text(key);
    }
}
function toJson(tree, node, depth) {
    if (node === null)
        return null;
    // The parser refuses text nested deeper (MAX_YAML_DEPTH); aliases can still nest further.
    if (depth >= parse/* MAX_YAML_DEPTH */.Pq && ((0,dist/* isSeq */.oP)(node) || (0,dist/* isMap */.jh)(node)))
        throw new Unencodable(`YAML is nested more than ${parse/* MAX_YAML_DEPTH */.Pq} levels deep (counting what aliases expand to); flatten it`, node);
    if ((0,dist/* isScalar */.jn)(node)) {
        const r = (0,resolve/* resolveScalar */.T)(node);
        switch (r.tag) {
            case '!!null':
                return null;
            case '!!bool':
                return r.value;
            case '!!int':
                return Number(r.value);
            case '!!float': {
                const v = r.value;
                const hint = ` (the YAML value ${generic_text(node)} cannot be represented in JSON; quote it if it is text)`;
                if (Number.isNaN(v))
                    throw new Unencodable(`json: unsupported value: NaN${hint}`, node);
                if (!Number.isFinite(v))
                    throw new Unencodable(`json: unsupported value: ${v > 0 ? '+Inf' : '-Inf'}${hint}`, node);
                return v;
            }
            // [dates kept as written] Pacto v3's generic decode keeps date/timestamp scalars as their literal text.
            case '!!timestamp':
                return generic_text(node);
            case '!!binary':
                return (0,gojson/* goStringFromBytes */.rV)(r.value);
            case '!!str':
            case 'other':
                return r.value;
            case '!!merge':
                return '<<';
            case 'error':
                return generic_text(node);
        }
    }
    if ((0,dist/* isSeq */.oP)(node))
        return tree.items(node).map((it) => toJson(tree, it, depth + 1));
    if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const e of tree.entries(node)) {
            const k = e.key ? keyText(e.key) : '<nil>';
            Object.defineProperty(out, k, { value: toJson(tree, e.value, depth + 1), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    return null;
}

// EXTERNAL MODULE: ./src/contracts/quote.ts
var quote = __webpack_require__(78343);
;// CONCATENATED MODULE: ./src/contracts/v2/loader.ts
/**
 * Pacto v3's strict typed load of pacto.yaml (format 2.0): yaml.v3 decoding into the closed Go
 * model. Any failure is one PARSE_ERROR (path ""), positioned at the first offending node.
 */






/** Loads the first document strictly. Messages say what was wrong and how to fix it. */
function loadContract(source) {
    const parsed = (0,parse/* parseFirstDocument */.jE)(source);
    if (parsed.error) {
        const e = parsed.error;
        return fail(null, `failed to parse YAML: ${e.message}`, e.line, e.column);
    }
    if (!parsed.doc) {
        return fail(null, 'failed to parse YAML: EOF (pacto.yaml is empty; it needs at least pactoVersion: "2.0" and service.name/service.version)', 1, 1);
    }
    const tree = new yaml_tree/* YamlTree */.c(parsed);
    const decoder = new typed/* TypedDecoder */.RA(tree);
    const root = tree.root;
    const model = decoder.decode(root, CONTRACT);
    if (decoder.fatal) {
        // yaml.v3 stops at once (failf or a Go panic): that one error is all Pacto reports.
        const f = decoder.fatal;
        const p = tree.pos(f.node);
        const message = f.message === typed/* MERGE_WITH_COMPLEX_KEY */.zU ? f.message : `yaml: ${f.message}`;
        return fail(tree, `failed to parse YAML: ${message}`, p?.line ?? null, p?.column ?? null);
    }
    const issues = tree.problems.map((p) => ({ message: p.message, pos: { line: p.line, column: p.column } }));
    for (const i of decoder.issues)
        issues.push({ message: i.message + issueHint(i.typeName, i.unknownField), pos: tree.pos(i.node) });
    checkPartialCredit(tree, root, model, issues);
    const versionNode = findKey(tree, root, 'pactoVersion');
    if (model.pactoVersion && model.pactoVersion !== '2.0') {
        const p = tree.pos(versionNode);
        return fail(tree, unsupportedVersionMessage(model.pactoVersion), p?.line ?? null, p?.column ?? null);
    }
    if (issues.length > 0) {
        issues.sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
        const first = issues[0];
        const lines = issues.map((e) => `  line ${e.pos?.line ?? '?'}: ${e.message}`);
        return fail(tree, `failed to parse YAML: yaml: unmarshal errors:\n${lines.join('\n')}`, first.pos?.line ?? null, first.pos?.column ?? null);
    }
    const serviceNode = findKey(tree, root, 'service');
    const checks = [
        ['pactoVersion', model.pactoVersion, root],
        ['service.name', model.service.name, serviceNode ?? root],
        ['service.version', model.service.version, serviceNode ?? root],
    ];
    for (const [field, value, node] of checks) {
        if (value === '') {
            const p = tree.pos(node) ?? { line: 1, column: 1 };
            const hint = field === 'pactoVersion' ? ' (add pactoVersion: "2.0")' : ` (set ${field} to a non-empty string)`;
            return fail(tree, `parse error at ${field}: ${field} is required${hint}`, p.line, p.column);
        }
    }
    return { ok: true, model, tree };
}
function unsupportedVersionMessage(v) {
    const hint = v === '1.0'
        ? ' — this is a format 1.0 contract: set the contract-format input to auto or 1.0 to validate it with the 1.0 profile, or migrate it to format 2.0'
        : ' — set pactoVersion: "2.0" (quoted)';
    return `unsupported pactoVersion ${JSON.stringify(v)}; only "2.0" is supported${hint}`;
}
function fail(tree, message, line, column) {
    return { ok: false, problem: { message, line, column }, tree };
}
function findKey(tree, node, key) {
    if (!node || !(0,dist/* isMap */.jh)(node))
        return null;
    return tree.get(node, key)?.keyNode ?? null;
}
/**
 * `readiness.partialCredit` is a Go *float64: yaml.v3 accepts an int or float scalar and
 * rejects anything else. It is decoded as interface{} (the shared decoder has no float kind)
 * and narrowed here.
 */
function checkPartialCredit(tree, root, model, issues) {
    const r = model.readiness;
    if (!r || r.partialCredit === null || r.partialCredit === undefined)
        return;
    const v = r.partialCredit;
    if (typeof v === 'bigint' || typeof v === 'number') {
        r.partialCredit = Number(v);
        return;
    }
    const readinessNode = root && (0,dist/* isMap */.jh)(root) ? (tree.get(root, 'readiness')?.value ?? null) : null;
    const node = readinessNode && (0,dist/* isMap */.jh)(readinessNode) ? (tree.get(readinessNode, 'partialCredit')?.value ?? null) : null;
    const shown = typeof v === 'string'
        ? `!!str \`${(0,quote/* quotedValue */.A)(v)}\``
        : v instanceof Map || Array.isArray(v)
            ? Array.isArray(v)
                ? '!!seq'
                : '!!map'
            : `!!${typeof v}`;
    issues.push({ message: `cannot unmarshal ${shown} into float64 (use an unquoted number between 0 and 1)`, pos: tree.pos(node) });
    r.partialCredit = null;
}
/** Format 1.0 keys that 2.0 removed or moved, and other fixes, named in the loader message. */
function issueHint(typeName, unknownField) {
    if (unknownField !== undefined) {
        const hints = {
            'contract.Contract.runtime': ' (format 2.0 has top-level workload and state; health and metrics are capabilities)',
            'contract.Contract.scaling': ' (format 2.0 has no scaling section)',
            'contract.Contract.configuration': ' (format 2.0 uses a configurations list)',
            'contract.Service.image': ' (format 2.0 has no service.image)',
            'contract.Interface.port': ' (format 2.0 interfaces have no port; remove it)',
            'contract.Interface.contract': ' (format 2.0 interfaces use ref)',
        };
        return hints[`${typeName}.${unknownField}`] ?? ' (remove it or check its spelling; format 2.0 objects are closed)';
    }
    switch (typeName) {
        case 'contract.OwnerInfo':
            return ' (format 2.0 owner is an object, e.g. owner: {team: my-team})';
        case 'bool':
            return ' (use true or false, unquoted)';
        case 'int':
            return ' (use an unquoted whole number)';
        case 'string':
            return ' (use a plain value, not a list or mapping)';
        default:
            return typeName?.startsWith('[]') ? ' (use a YAML list: "- item")' : typeName ? ' (use a mapping)' : '';
    }
}

;// CONCATENATED MODULE: ./src/contracts/v2/policy.ts

function policyChecks(c, doc, compiled, unresolvedRefs) {
    const out = [];
    (c.policies ?? []).forEach((pol, i) => {
        if (pol.schema === '' && pol.ref !== '') {
            const how = unresolvedRefs === 'warn'
                ? 'it was not enforced (unresolved-policy-refs: warn)'
                : 'vendor the policy schema into the bundle and use schema:, or set the unresolved-policy-refs input to warn';
            out.push({
                code: 'POLICY_REF_UNRESOLVED',
                path: '',
                message: `policy policies[${JSON.stringify(pol.name)}]: ref ${JSON.stringify(pol.ref)} cannot be resolved: this action validates offline and never fetches policy refs; ${how}`,
                anchor: `policies[${i}].ref`,
                severity: unresolvedRefs === 'warn' ? 'warning' : 'error',
            });
        }
    });
    for (const p of compiled) {
        let problems;
        try {
            problems = p.schema.validate(doc);
        }
        catch {
            out.push({
                code: 'INVALID_POLICY_SCHEMA',
                path: `policies[${p.index}].schema`,
                message: `policy schema ${JSON.stringify(p.file)} recurses without end ($ref cycle); it cannot be enforced`,
                anchor: `policies[${p.index}].schema`,
                severity: 'error',
            });
            continue;
        }
        if (!problems)
            continue;
        const messages = toLeaves(problems)
            .map((l) => `policy policies[${JSON.stringify(p.name)}]: ${l.message}`)
            .sort();
        for (const message of messages)
            out.push({ code: 'POLICY_VIOLATION', path: '', message, anchor: `policies[${p.index}]`, severity: 'error' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/contracts/v2/schema-validator.generated.ts
/* eslint-disable */
// @ts-nocheck
// Generated: ajv standalone code for src/contracts/v2/schema.ts (options: AJV_OPTIONS in src/contracts/jsonschema.ts).
// Do not edit. Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/contracts/schema-standalone
/** Length in code points, as ajv counts minLength/maxLength. */
function schema_validator_generated_ucs2length(s) { let n = 0; for (const _ of s)
    n++; return n; }
const schema_validator_generated_validate = (/* unused pure expression or super */ null && (validate20));
/* harmony default export */ const schema_validator_generated = (validate20);
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pacto.dev/schema/pacto-v2.0.schema.json", "type": "object", "required": ["pactoVersion", "service"], "additionalProperties": false, "properties": { "pactoVersion": { "type": "string", "const": "2.0" }, "service": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, "version": { "type": "string", "minLength": 1 }, "owner": { "type": "object", "minProperties": 1, "additionalProperties": false, "properties": { "team": { "type": "string", "pattern": "^[a-zA-Z0-9._/-]+$" }, "dri": { "type": "string", "pattern": "^[a-zA-Z0-9._@/-]+$" }, "contacts": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["type", "value"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["email", "url", "group", "oncall", "chat", "other"] }, "value": { "type": "string", "minLength": 1 }, "purpose": { "type": "string", "enum": ["ownership", "support", "escalation", "oncall", "notifications"] } } } } } } } }, "interfaces": { "type": "array", "items": { "type": "object", "required": ["name", "type", "ref"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "type": { "type": "string", "enum": ["openapi", "asyncapi", "grpc"] }, "ref": { "type": "string", "minLength": 1 }, "visibility": { "type": "string", "enum": ["public", "internal"] } } } }, "configurations": { "type": "array", "items": { "type": "object", "required": ["name", "required"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "required": { "type": "boolean" }, "schema": { "type": "string", "minLength": 1 }, "ref": { "type": "string", "minLength": 1 }, "values": { "type": "object" } }, "oneOf": [{ "required": ["schema"], "not": { "required": ["ref"] } }, { "required": ["ref"], "not": { "anyOf": [{ "required": ["schema"] }, { "required": ["values"] }] } }] } }, "policies": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "schema": { "type": "string", "minLength": 1 }, "ref": { "type": "string", "minLength": 1 }, "target": { "type": "string", "enum": ["contract"] } }, "oneOf": [{ "required": ["schema"], "not": { "required": ["ref"] } }, { "required": ["ref"], "not": { "required": ["schema"] } }] } }, "dependencies": { "type": "array", "items": { "type": "object", "required": ["name", "ref", "compatibility", "required"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "ref": { "type": "string", "minLength": 1 }, "compatibility": { "type": "string", "minLength": 1 }, "required": { "type": "boolean" } } } }, "workload": { "type": "string", "enum": ["service", "job", "scheduled"] }, "state": { "type": "object", "required": ["type", "persistence", "dataCriticality"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["stateless", "stateful", "hybrid"] }, "persistence": { "type": "object", "required": ["scope", "durability"], "additionalProperties": false, "properties": { "scope": { "type": "string", "enum": ["local", "shared"] }, "durability": { "type": "string", "enum": ["ephemeral", "persistent"] } } }, "dataCriticality": { "type": "string", "enum": ["low", "medium", "high"] } }, "if": { "required": ["type"], "properties": { "type": { "const": "stateless" } } }, "then": { "properties": { "persistence": { "properties": { "durability": { "const": "ephemeral" } } } } } }, "capabilities": { "type": "array", "items": { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["health", "metrics", "extension"] }, "ref": { "type": "string", "minLength": 1 }, "binding": { "type": "object", "required": ["type", "interface"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["http"] }, "interface": { "type": "string", "minLength": 1 }, "path": { "type": "string", "minLength": 1, "pattern": "^/([^/][^\\n]*)?$" } } } }, "oneOf": [{ "properties": { "type": { "enum": ["health", "metrics"] } }, "not": { "required": ["ref"] } }, { "properties": { "type": { "const": "extension" } }, "required": ["ref"], "not": { "required": ["binding"] } }] } }, "readiness": { "type": "object", "required": ["expires", "claims"], "additionalProperties": false, "properties": { "expires": { "type": "string" }, "minScore": { "type": "integer", "minimum": 0, "maximum": 100 }, "partialCredit": { "type": "number", "minimum": 0, "maximum": 1 }, "history": { "type": "array", "items": { "type": "object", "required": ["date", "version", "author", "description"], "additionalProperties": false, "properties": { "date": { "type": "string", "minLength": 1 }, "version": { "type": "string", "minLength": 1 }, "author": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 } } } }, "claims": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["id", "type", "status", "evidence", "weight"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" }, "type": { "type": "string", "enum": ["url", "document", "ticket", "report", "artifact", "identifier", "other"] }, "status": { "type": "string", "enum": ["done", "partial", "not-done", "deferred"] }, "evidence": { "type": "string", "minLength": 1, "maxLength": 2048 }, "weight": { "type": "integer", "minimum": 0, "maximum": 100 }, "category": { "type": "string", "enum": ["architecture", "testing", "code-quality", "observability", "security", "documentation", "infrastructure", "ci-cd", "deployment", "resilience", "backup-recovery", "incident-response", "compliance", "other"] }, "description": { "type": "string", "minLength": 1 } } } } } }, "metadata": { "type": "object" }, "extensions": { "type": "object" } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = schema_validator_generated_ucs2length;
const pattern4 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const pattern5 = new RegExp("^[a-zA-Z0-9._/-]+$", "u");
const pattern6 = new RegExp("^[a-zA-Z0-9._@/-]+$", "u");
const pattern7 = new RegExp("^/([^/][^\\n]*)?$", "u");
const pattern8 = new RegExp("^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pacto.dev/schema/pacto-v2.0.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pactoVersion === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pactoVersion" }, message: "must have required property '" + "pactoVersion" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.service === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func1.call(schema31.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.pactoVersion !== undefined) {
        let data0 = data.pactoVersion;
        if (typeof data0 !== "string") {
            const err3 = { instancePath: instancePath + "/pactoVersion", schemaPath: "#/properties/pactoVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.pactoVersion.type, parentSchema: schema31.properties.pactoVersion, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if ("2.0" !== data0) {
            const err4 = { instancePath: instancePath + "/pactoVersion", schemaPath: "#/properties/pactoVersion/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant", schema: "2.0", parentSchema: schema31.properties.pactoVersion, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data1 = data.service;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === undefined) {
                const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.service.required, parentSchema: schema31.properties.service, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data1.version === undefined) {
                const err6 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.properties.service.required, parentSchema: schema31.properties.service, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "name") || (key1 === "version")) || (key1 === "owner"))) {
                    const err7 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.service, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data1.name !== undefined) {
                let data2 = data1.name;
                if (typeof data2 === "string") {
                    if (!pattern4.test(data2)) {
                        const err8 = { instancePath: instancePath + "/service/name", schemaPath: "#/properties/service/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" + "\"", schema: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", parentSchema: schema31.properties.service.properties.name, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/service/name", schemaPath: "#/properties/service/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.name.type, parentSchema: schema31.properties.service.properties.name, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.version !== undefined) {
                let data3 = data1.version;
                if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                        const err10 = { instancePath: instancePath + "/service/version", schemaPath: "#/properties/service/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.service.properties.version, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/service/version", schemaPath: "#/properties/service/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.version.type, parentSchema: schema31.properties.service.properties.version, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.owner !== undefined) {
                let data4 = data1.owner;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (Object.keys(data4).length < 1) {
                        const err12 = { instancePath: instancePath + "/service/owner", schemaPath: "#/properties/service/properties/owner/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.service.properties.owner, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    for (const key2 in data4) {
                        if (!(((key2 === "team") || (key2 === "dri")) || (key2 === "contacts"))) {
                            const err13 = { instancePath: instancePath + "/service/owner", schemaPath: "#/properties/service/properties/owner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.service.properties.owner, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data4.team !== undefined) {
                        let data5 = data4.team;
                        if (typeof data5 === "string") {
                            if (!pattern5.test(data5)) {
                                const err14 = { instancePath: instancePath + "/service/owner/team", schemaPath: "#/properties/service/properties/owner/properties/team/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9._/-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9._/-]+$" + "\"", schema: "^[a-zA-Z0-9._/-]+$", parentSchema: schema31.properties.service.properties.owner.properties.team, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/service/owner/team", schemaPath: "#/properties/service/properties/owner/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.owner.properties.team.type, parentSchema: schema31.properties.service.properties.owner.properties.team, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data4.dri !== undefined) {
                        let data6 = data4.dri;
                        if (typeof data6 === "string") {
                            if (!pattern6.test(data6)) {
                                const err16 = { instancePath: instancePath + "/service/owner/dri", schemaPath: "#/properties/service/properties/owner/properties/dri/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9._@/-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9._@/-]+$" + "\"", schema: "^[a-zA-Z0-9._@/-]+$", parentSchema: schema31.properties.service.properties.owner.properties.dri, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/service/owner/dri", schemaPath: "#/properties/service/properties/owner/properties/dri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.owner.properties.dri.type, parentSchema: schema31.properties.service.properties.owner.properties.dri, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data4.contacts !== undefined) {
                        let data7 = data4.contacts;
                        if (Array.isArray(data7)) {
                            if (data7.length < 1) {
                                const err18 = { instancePath: instancePath + "/service/owner/contacts", schemaPath: "#/properties/service/properties/owner/properties/contacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.service.properties.owner.properties.contacts, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data8 = data7[i0];
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                    if (data8.type === undefined) {
                                        const err19 = { instancePath: instancePath + "/service/owner/contacts/" + i0, schemaPath: "#/properties/service/properties/owner/properties/contacts/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.service.properties.owner.properties.contacts.items.required, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                    if (data8.value === undefined) {
                                        const err20 = { instancePath: instancePath + "/service/owner/contacts/" + i0, schemaPath: "#/properties/service/properties/owner/properties/contacts/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema31.properties.service.properties.owner.properties.contacts.items.required, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err20];
                                        }
                                        else {
                                            vErrors.push(err20);
                                        }
                                        errors++;
                                    }
                                    for (const key3 in data8) {
                                        if (!(((key3 === "type") || (key3 === "value")) || (key3 === "purpose"))) {
                                            const err21 = { instancePath: instancePath + "/service/owner/contacts/" + i0, schemaPath: "#/properties/service/properties/owner/properties/contacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items, data: data8 };
                                            if (vErrors === null) {
                                                vErrors = [err21];
                                            }
                                            else {
                                                vErrors.push(err21);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.type !== undefined) {
                                        let data9 = data8.type;
                                        if (typeof data9 !== "string") {
                                            const err22 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/type", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.owner.properties.contacts.items.properties.type.type, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.type, data: data9 };
                                            if (vErrors === null) {
                                                vErrors = [err22];
                                            }
                                            else {
                                                vErrors.push(err22);
                                            }
                                            errors++;
                                        }
                                        if (!((((((data9 === "email") || (data9 === "url")) || (data9 === "group")) || (data9 === "oncall")) || (data9 === "chat")) || (data9 === "other"))) {
                                            const err23 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/type", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.service.properties.owner.properties.contacts.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.service.properties.owner.properties.contacts.items.properties.type.enum, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.type, data: data9 };
                                            if (vErrors === null) {
                                                vErrors = [err23];
                                            }
                                            else {
                                                vErrors.push(err23);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.value !== undefined) {
                                        let data10 = data8.value;
                                        if (typeof data10 === "string") {
                                            if (func2(data10) < 1) {
                                                const err24 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/value", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.value, data: data10 };
                                                if (vErrors === null) {
                                                    vErrors = [err24];
                                                }
                                                else {
                                                    vErrors.push(err24);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err25 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/value", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.owner.properties.contacts.items.properties.value.type, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.value, data: data10 };
                                            if (vErrors === null) {
                                                vErrors = [err25];
                                            }
                                            else {
                                                vErrors.push(err25);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.purpose !== undefined) {
                                        let data11 = data8.purpose;
                                        if (typeof data11 !== "string") {
                                            const err26 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/purpose", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.properties.owner.properties.contacts.items.properties.purpose.type, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.purpose, data: data11 };
                                            if (vErrors === null) {
                                                vErrors = [err26];
                                            }
                                            else {
                                                vErrors.push(err26);
                                            }
                                            errors++;
                                        }
                                        if (!(((((data11 === "ownership") || (data11 === "support")) || (data11 === "escalation")) || (data11 === "oncall")) || (data11 === "notifications"))) {
                                            const err27 = { instancePath: instancePath + "/service/owner/contacts/" + i0 + "/purpose", schemaPath: "#/properties/service/properties/owner/properties/contacts/items/properties/purpose/enum", keyword: "enum", params: { allowedValues: schema31.properties.service.properties.owner.properties.contacts.items.properties.purpose.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.service.properties.owner.properties.contacts.items.properties.purpose.enum, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items.properties.purpose, data: data11 };
                                            if (vErrors === null) {
                                                vErrors = [err27];
                                            }
                                            else {
                                                vErrors.push(err27);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err28 = { instancePath: instancePath + "/service/owner/contacts/" + i0, schemaPath: "#/properties/service/properties/owner/properties/contacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.service.properties.owner.properties.contacts.items.type, parentSchema: schema31.properties.service.properties.owner.properties.contacts.items, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/service/owner/contacts", schemaPath: "#/properties/service/properties/owner/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.service.properties.owner.properties.contacts.type, parentSchema: schema31.properties.service.properties.owner.properties.contacts, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/service/owner", schemaPath: "#/properties/service/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.service.properties.owner.type, parentSchema: schema31.properties.service.properties.owner, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.service.type, parentSchema: schema31.properties.service, data: data1 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.interfaces !== undefined) {
        let data12 = data.interfaces;
        if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.name === undefined) {
                        const err32 = { instancePath: instancePath + "/interfaces/" + i1, schemaPath: "#/properties/interfaces/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.interfaces.items.required, parentSchema: schema31.properties.interfaces.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (data13.type === undefined) {
                        const err33 = { instancePath: instancePath + "/interfaces/" + i1, schemaPath: "#/properties/interfaces/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.interfaces.items.required, parentSchema: schema31.properties.interfaces.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if (data13.ref === undefined) {
                        const err34 = { instancePath: instancePath + "/interfaces/" + i1, schemaPath: "#/properties/interfaces/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema31.properties.interfaces.items.required, parentSchema: schema31.properties.interfaces.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    for (const key4 in data13) {
                        if (!((((key4 === "name") || (key4 === "type")) || (key4 === "ref")) || (key4 === "visibility"))) {
                            const err35 = { instancePath: instancePath + "/interfaces/" + i1, schemaPath: "#/properties/interfaces/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.interfaces.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data13.name !== undefined) {
                        let data14 = data13.name;
                        if (typeof data14 === "string") {
                            if (func2(data14) < 1) {
                                const err36 = { instancePath: instancePath + "/interfaces/" + i1 + "/name", schemaPath: "#/properties/interfaces/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.interfaces.items.properties.name, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err37 = { instancePath: instancePath + "/interfaces/" + i1 + "/name", schemaPath: "#/properties/interfaces/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.interfaces.items.properties.name.type, parentSchema: schema31.properties.interfaces.items.properties.name, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data13.type !== undefined) {
                        let data15 = data13.type;
                        if (typeof data15 !== "string") {
                            const err38 = { instancePath: instancePath + "/interfaces/" + i1 + "/type", schemaPath: "#/properties/interfaces/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.interfaces.items.properties.type.type, parentSchema: schema31.properties.interfaces.items.properties.type, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (!(((data15 === "openapi") || (data15 === "asyncapi")) || (data15 === "grpc"))) {
                            const err39 = { instancePath: instancePath + "/interfaces/" + i1 + "/type", schemaPath: "#/properties/interfaces/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.interfaces.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.interfaces.items.properties.type.enum, parentSchema: schema31.properties.interfaces.items.properties.type, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data13.ref !== undefined) {
                        let data16 = data13.ref;
                        if (typeof data16 === "string") {
                            if (func2(data16) < 1) {
                                const err40 = { instancePath: instancePath + "/interfaces/" + i1 + "/ref", schemaPath: "#/properties/interfaces/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.interfaces.items.properties.ref, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/interfaces/" + i1 + "/ref", schemaPath: "#/properties/interfaces/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.interfaces.items.properties.ref.type, parentSchema: schema31.properties.interfaces.items.properties.ref, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    if (data13.visibility !== undefined) {
                        let data17 = data13.visibility;
                        if (typeof data17 !== "string") {
                            const err42 = { instancePath: instancePath + "/interfaces/" + i1 + "/visibility", schemaPath: "#/properties/interfaces/items/properties/visibility/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.interfaces.items.properties.visibility.type, parentSchema: schema31.properties.interfaces.items.properties.visibility, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        if (!((data17 === "public") || (data17 === "internal"))) {
                            const err43 = { instancePath: instancePath + "/interfaces/" + i1 + "/visibility", schemaPath: "#/properties/interfaces/items/properties/visibility/enum", keyword: "enum", params: { allowedValues: schema31.properties.interfaces.items.properties.visibility.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.interfaces.items.properties.visibility.enum, parentSchema: schema31.properties.interfaces.items.properties.visibility, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/interfaces/" + i1, schemaPath: "#/properties/interfaces/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.interfaces.items.type, parentSchema: schema31.properties.interfaces.items, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/interfaces", schemaPath: "#/properties/interfaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.interfaces.type, parentSchema: schema31.properties.interfaces, data: data12 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.configurations !== undefined) {
        let data18 = data.configurations;
        if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data19 = data18[i2];
                const _errs46 = errors;
                let valid11 = false;
                let passing0 = null;
                const _errs47 = errors;
                const _errs48 = errors;
                const _errs49 = errors;
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    let missing0;
                    if ((data19.ref === undefined) && (missing0 = "ref")) {
                        const err46 = {};
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                var valid12 = _errs49 === errors;
                if (valid12) {
                    const err47 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.configurations.items.oneOf[0].not, parentSchema: schema31.properties.configurations.items.oneOf[0], data: data19 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                else {
                    errors = _errs48;
                    if (vErrors !== null) {
                        if (_errs48) {
                            vErrors.length = _errs48;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.schema === undefined) {
                        const err48 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/oneOf/0/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'", schema: schema31.properties.configurations.items.oneOf[0].required, parentSchema: schema31.properties.configurations.items.oneOf[0], data: data19 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs47 === errors;
                if (_valid0) {
                    valid11 = true;
                    passing0 = 0;
                }
                const _errs50 = errors;
                const _errs51 = errors;
                const _errs52 = errors;
                const _errs53 = errors;
                let valid14 = false;
                const _errs54 = errors;
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    let missing1;
                    if ((data19.schema === undefined) && (missing1 = "schema")) {
                        const err49 = {};
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs54 === errors;
                valid14 = valid14 || _valid1;
                const _errs55 = errors;
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    let missing2;
                    if ((data19.values === undefined) && (missing2 = "values")) {
                        const err50 = {};
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs55 === errors;
                valid14 = valid14 || _valid1;
                if (!valid14) {
                    const err51 = {};
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                else {
                    errors = _errs53;
                    if (vErrors !== null) {
                        if (_errs53) {
                            vErrors.length = _errs53;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                var valid13 = _errs52 === errors;
                if (valid13) {
                    const err52 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.configurations.items.oneOf[1].not, parentSchema: schema31.properties.configurations.items.oneOf[1], data: data19 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                else {
                    errors = _errs51;
                    if (vErrors !== null) {
                        if (_errs51) {
                            vErrors.length = _errs51;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.ref === undefined) {
                        const err53 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/oneOf/1/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema31.properties.configurations.items.oneOf[1].required, parentSchema: schema31.properties.configurations.items.oneOf[1], data: data19 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs50 === errors;
                if (_valid0 && valid11) {
                    valid11 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid11 = true;
                        passing0 = 1;
                    }
                }
                if (!valid11) {
                    const err54 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.configurations.items.oneOf, parentSchema: schema31.properties.configurations.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
                else {
                    errors = _errs46;
                    if (vErrors !== null) {
                        if (_errs46) {
                            vErrors.length = _errs46;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.name === undefined) {
                        const err55 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.configurations.items.required, parentSchema: schema31.properties.configurations.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                    if (data19.required === undefined) {
                        const err56 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property '" + "required" + "'", schema: schema31.properties.configurations.items.required, parentSchema: schema31.properties.configurations.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                    for (const key5 in data19) {
                        if (!(((((key5 === "name") || (key5 === "required")) || (key5 === "schema")) || (key5 === "ref")) || (key5 === "values"))) {
                            const err57 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.configurations.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                    if (data19.name !== undefined) {
                        let data20 = data19.name;
                        if (typeof data20 === "string") {
                            if (func2(data20) < 1) {
                                const err58 = { instancePath: instancePath + "/configurations/" + i2 + "/name", schemaPath: "#/properties/configurations/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.configurations.items.properties.name, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err59 = { instancePath: instancePath + "/configurations/" + i2 + "/name", schemaPath: "#/properties/configurations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.configurations.items.properties.name.type, parentSchema: schema31.properties.configurations.items.properties.name, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                    }
                    if (data19.required !== undefined) {
                        let data21 = data19.required;
                        if (typeof data21 !== "boolean") {
                            const err60 = { instancePath: instancePath + "/configurations/" + i2 + "/required", schemaPath: "#/properties/configurations/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.configurations.items.properties.required.type, parentSchema: schema31.properties.configurations.items.properties.required, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                    if (data19.schema !== undefined) {
                        let data22 = data19.schema;
                        if (typeof data22 === "string") {
                            if (func2(data22) < 1) {
                                const err61 = { instancePath: instancePath + "/configurations/" + i2 + "/schema", schemaPath: "#/properties/configurations/items/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.configurations.items.properties.schema, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err62 = { instancePath: instancePath + "/configurations/" + i2 + "/schema", schemaPath: "#/properties/configurations/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.configurations.items.properties.schema.type, parentSchema: schema31.properties.configurations.items.properties.schema, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                    if (data19.ref !== undefined) {
                        let data23 = data19.ref;
                        if (typeof data23 === "string") {
                            if (func2(data23) < 1) {
                                const err63 = { instancePath: instancePath + "/configurations/" + i2 + "/ref", schemaPath: "#/properties/configurations/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.configurations.items.properties.ref, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/configurations/" + i2 + "/ref", schemaPath: "#/properties/configurations/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.configurations.items.properties.ref.type, parentSchema: schema31.properties.configurations.items.properties.ref, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                    if (data19.values !== undefined) {
                        let data24 = data19.values;
                        if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
                            const err65 = { instancePath: instancePath + "/configurations/" + i2 + "/values", schemaPath: "#/properties/configurations/items/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.configurations.items.properties.values.type, parentSchema: schema31.properties.configurations.items.properties.values, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err66 = { instancePath: instancePath + "/configurations/" + i2, schemaPath: "#/properties/configurations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.configurations.items.type, parentSchema: schema31.properties.configurations.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
        }
        else {
            const err67 = { instancePath: instancePath + "/configurations", schemaPath: "#/properties/configurations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.configurations.type, parentSchema: schema31.properties.configurations, data: data18 };
            if (vErrors === null) {
                vErrors = [err67];
            }
            else {
                vErrors.push(err67);
            }
            errors++;
        }
    }
    if (data.policies !== undefined) {
        let data25 = data.policies;
        if (Array.isArray(data25)) {
            if (data25.length < 1) {
                const err68 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.policies, data: data25 };
                if (vErrors === null) {
                    vErrors = [err68];
                }
                else {
                    vErrors.push(err68);
                }
                errors++;
            }
            const len3 = data25.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data26 = data25[i3];
                const _errs71 = errors;
                let valid18 = false;
                let passing1 = null;
                const _errs72 = errors;
                const _errs73 = errors;
                const _errs74 = errors;
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    let missing3;
                    if ((data26.ref === undefined) && (missing3 = "ref")) {
                        const err69 = {};
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                var valid19 = _errs74 === errors;
                if (valid19) {
                    const err70 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.policies.items.oneOf[0].not, parentSchema: schema31.properties.policies.items.oneOf[0], data: data26 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
                else {
                    errors = _errs73;
                    if (vErrors !== null) {
                        if (_errs73) {
                            vErrors.length = _errs73;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.schema === undefined) {
                        const err71 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/oneOf/0/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'", schema: schema31.properties.policies.items.oneOf[0].required, parentSchema: schema31.properties.policies.items.oneOf[0], data: data26 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
                var _valid2 = _errs72 === errors;
                if (_valid2) {
                    valid18 = true;
                    passing1 = 0;
                }
                const _errs75 = errors;
                const _errs76 = errors;
                const _errs77 = errors;
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    let missing4;
                    if ((data26.schema === undefined) && (missing4 = "schema")) {
                        const err72 = {};
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs77 === errors;
                if (valid20) {
                    const err73 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.policies.items.oneOf[1].not, parentSchema: schema31.properties.policies.items.oneOf[1], data: data26 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
                else {
                    errors = _errs76;
                    if (vErrors !== null) {
                        if (_errs76) {
                            vErrors.length = _errs76;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.ref === undefined) {
                        const err74 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/oneOf/1/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema31.properties.policies.items.oneOf[1].required, parentSchema: schema31.properties.policies.items.oneOf[1], data: data26 };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                }
                var _valid2 = _errs75 === errors;
                if (_valid2 && valid18) {
                    valid18 = false;
                    passing1 = [passing1, 1];
                }
                else {
                    if (_valid2) {
                        valid18 = true;
                        passing1 = 1;
                    }
                }
                if (!valid18) {
                    const err75 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.policies.items.oneOf, parentSchema: schema31.properties.policies.items, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                else {
                    errors = _errs71;
                    if (vErrors !== null) {
                        if (_errs71) {
                            vErrors.length = _errs71;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.name === undefined) {
                        const err76 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.policies.items.required, parentSchema: schema31.properties.policies.items, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                    for (const key6 in data26) {
                        if (!((((key6 === "name") || (key6 === "schema")) || (key6 === "ref")) || (key6 === "target"))) {
                            const err77 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policies.items, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                    if (data26.name !== undefined) {
                        let data27 = data26.name;
                        if (typeof data27 === "string") {
                            if (func2(data27) < 1) {
                                const err78 = { instancePath: instancePath + "/policies/" + i3 + "/name", schemaPath: "#/properties/policies/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.policies.items.properties.name, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err79 = { instancePath: instancePath + "/policies/" + i3 + "/name", schemaPath: "#/properties/policies/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policies.items.properties.name.type, parentSchema: schema31.properties.policies.items.properties.name, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                    }
                    if (data26.schema !== undefined) {
                        let data28 = data26.schema;
                        if (typeof data28 === "string") {
                            if (func2(data28) < 1) {
                                const err80 = { instancePath: instancePath + "/policies/" + i3 + "/schema", schemaPath: "#/properties/policies/items/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.policies.items.properties.schema, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err81 = { instancePath: instancePath + "/policies/" + i3 + "/schema", schemaPath: "#/properties/policies/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policies.items.properties.schema.type, parentSchema: schema31.properties.policies.items.properties.schema, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                    }
                    if (data26.ref !== undefined) {
                        let data29 = data26.ref;
                        if (typeof data29 === "string") {
                            if (func2(data29) < 1) {
                                const err82 = { instancePath: instancePath + "/policies/" + i3 + "/ref", schemaPath: "#/properties/policies/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.policies.items.properties.ref, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err83 = { instancePath: instancePath + "/policies/" + i3 + "/ref", schemaPath: "#/properties/policies/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policies.items.properties.ref.type, parentSchema: schema31.properties.policies.items.properties.ref, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                    }
                    if (data26.target !== undefined) {
                        let data30 = data26.target;
                        if (typeof data30 !== "string") {
                            const err84 = { instancePath: instancePath + "/policies/" + i3 + "/target", schemaPath: "#/properties/policies/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policies.items.properties.target.type, parentSchema: schema31.properties.policies.items.properties.target, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                        if (!(data30 === "contract")) {
                            const err85 = { instancePath: instancePath + "/policies/" + i3 + "/target", schemaPath: "#/properties/policies/items/properties/target/enum", keyword: "enum", params: { allowedValues: schema31.properties.policies.items.properties.target.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.policies.items.properties.target.enum, parentSchema: schema31.properties.policies.items.properties.target, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err86 = { instancePath: instancePath + "/policies/" + i3, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policies.items.type, parentSchema: schema31.properties.policies.items, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
        }
        else {
            const err87 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policies.type, parentSchema: schema31.properties.policies, data: data25 };
            if (vErrors === null) {
                vErrors = [err87];
            }
            else {
                vErrors.push(err87);
            }
            errors++;
        }
    }
    if (data.dependencies !== undefined) {
        let data31 = data.dependencies;
        if (Array.isArray(data31)) {
            const len4 = data31.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data32 = data31[i4];
                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.name === undefined) {
                        const err88 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.dependencies.items.required, parentSchema: schema31.properties.dependencies.items, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                    if (data32.ref === undefined) {
                        const err89 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema31.properties.dependencies.items.required, parentSchema: schema31.properties.dependencies.items, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                    if (data32.compatibility === undefined) {
                        const err90 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "compatibility" }, message: "must have required property '" + "compatibility" + "'", schema: schema31.properties.dependencies.items.required, parentSchema: schema31.properties.dependencies.items, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                    if (data32.required === undefined) {
                        const err91 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property '" + "required" + "'", schema: schema31.properties.dependencies.items.required, parentSchema: schema31.properties.dependencies.items, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                    for (const key7 in data32) {
                        if (!((((key7 === "name") || (key7 === "ref")) || (key7 === "compatibility")) || (key7 === "required"))) {
                            const err92 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.dependencies.items, data: data32 };
                            if (vErrors === null) {
                                vErrors = [err92];
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                        }
                    }
                    if (data32.name !== undefined) {
                        let data33 = data32.name;
                        if (typeof data33 === "string") {
                            if (func2(data33) < 1) {
                                const err93 = { instancePath: instancePath + "/dependencies/" + i4 + "/name", schemaPath: "#/properties/dependencies/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.dependencies.items.properties.name, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err94 = { instancePath: instancePath + "/dependencies/" + i4 + "/name", schemaPath: "#/properties/dependencies/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dependencies.items.properties.name.type, parentSchema: schema31.properties.dependencies.items.properties.name, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err94];
                            }
                            else {
                                vErrors.push(err94);
                            }
                            errors++;
                        }
                    }
                    if (data32.ref !== undefined) {
                        let data34 = data32.ref;
                        if (typeof data34 === "string") {
                            if (func2(data34) < 1) {
                                const err95 = { instancePath: instancePath + "/dependencies/" + i4 + "/ref", schemaPath: "#/properties/dependencies/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.dependencies.items.properties.ref, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err96 = { instancePath: instancePath + "/dependencies/" + i4 + "/ref", schemaPath: "#/properties/dependencies/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dependencies.items.properties.ref.type, parentSchema: schema31.properties.dependencies.items.properties.ref, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err96];
                            }
                            else {
                                vErrors.push(err96);
                            }
                            errors++;
                        }
                    }
                    if (data32.compatibility !== undefined) {
                        let data35 = data32.compatibility;
                        if (typeof data35 === "string") {
                            if (func2(data35) < 1) {
                                const err97 = { instancePath: instancePath + "/dependencies/" + i4 + "/compatibility", schemaPath: "#/properties/dependencies/items/properties/compatibility/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.dependencies.items.properties.compatibility, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err98 = { instancePath: instancePath + "/dependencies/" + i4 + "/compatibility", schemaPath: "#/properties/dependencies/items/properties/compatibility/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dependencies.items.properties.compatibility.type, parentSchema: schema31.properties.dependencies.items.properties.compatibility, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                    if (data32.required !== undefined) {
                        let data36 = data32.required;
                        if (typeof data36 !== "boolean") {
                            const err99 = { instancePath: instancePath + "/dependencies/" + i4 + "/required", schemaPath: "#/properties/dependencies/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.dependencies.items.properties.required.type, parentSchema: schema31.properties.dependencies.items.properties.required, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err100 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.dependencies.items.type, parentSchema: schema31.properties.dependencies.items, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
            }
        }
        else {
            const err101 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.dependencies.type, parentSchema: schema31.properties.dependencies, data: data31 };
            if (vErrors === null) {
                vErrors = [err101];
            }
            else {
                vErrors.push(err101);
            }
            errors++;
        }
    }
    if (data.workload !== undefined) {
        let data37 = data.workload;
        if (typeof data37 !== "string") {
            const err102 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.workload.type, parentSchema: schema31.properties.workload, data: data37 };
            if (vErrors === null) {
                vErrors = [err102];
            }
            else {
                vErrors.push(err102);
            }
            errors++;
        }
        if (!(((data37 === "service") || (data37 === "job")) || (data37 === "scheduled"))) {
            const err103 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/enum", keyword: "enum", params: { allowedValues: schema31.properties.workload.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.workload.enum, parentSchema: schema31.properties.workload, data: data37 };
            if (vErrors === null) {
                vErrors = [err103];
            }
            else {
                vErrors.push(err103);
            }
            errors++;
        }
    }
    if (data.state !== undefined) {
        let data38 = data.state;
        const _errs104 = errors;
        let valid25 = true;
        const _errs105 = errors;
        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            let missing5;
            if ((data38.type === undefined) && (missing5 = "type")) {
                const err104 = {};
                if (vErrors === null) {
                    vErrors = [err104];
                }
                else {
                    vErrors.push(err104);
                }
                errors++;
            }
            else {
                if (data38.type !== undefined) {
                    if ("stateless" !== data38.type) {
                        const err105 = {};
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
            }
        }
        var _valid3 = _errs105 === errors;
        errors = _errs104;
        if (vErrors !== null) {
            if (_errs104) {
                vErrors.length = _errs104;
            }
            else {
                vErrors = null;
            }
        }
        if (_valid3) {
            const _errs107 = errors;
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.persistence !== undefined) {
                    let data40 = data38.persistence;
                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                        if (data40.durability !== undefined) {
                            let data41 = data40.durability;
                            if ("ephemeral" !== data41) {
                                const err106 = { instancePath: instancePath + "/state/persistence/durability", schemaPath: "#/properties/state/then/properties/persistence/properties/durability/const", keyword: "const", params: { allowedValue: "ephemeral" }, message: "must be equal to constant", schema: "ephemeral", parentSchema: schema31.properties.state.then.properties.persistence.properties.durability, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err106];
                                }
                                else {
                                    vErrors.push(err106);
                                }
                                errors++;
                            }
                        }
                    }
                }
            }
            var _valid3 = _errs107 === errors;
            valid25 = _valid3;
            if (valid25) {
                var props0 = {};
                props0.persistence = true;
                props0.type = true;
            }
        }
        if (!valid25) {
            const err107 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.properties.state.if, parentSchema: schema31.properties.state, data: data38 };
            if (vErrors === null) {
                vErrors = [err107];
            }
            else {
                vErrors.push(err107);
            }
            errors++;
        }
        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.type === undefined) {
                const err108 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.state.required, parentSchema: schema31.properties.state, data: data38 };
                if (vErrors === null) {
                    vErrors = [err108];
                }
                else {
                    vErrors.push(err108);
                }
                errors++;
            }
            if (data38.persistence === undefined) {
                const err109 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/required", keyword: "required", params: { missingProperty: "persistence" }, message: "must have required property '" + "persistence" + "'", schema: schema31.properties.state.required, parentSchema: schema31.properties.state, data: data38 };
                if (vErrors === null) {
                    vErrors = [err109];
                }
                else {
                    vErrors.push(err109);
                }
                errors++;
            }
            if (data38.dataCriticality === undefined) {
                const err110 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/required", keyword: "required", params: { missingProperty: "dataCriticality" }, message: "must have required property '" + "dataCriticality" + "'", schema: schema31.properties.state.required, parentSchema: schema31.properties.state, data: data38 };
                if (vErrors === null) {
                    vErrors = [err110];
                }
                else {
                    vErrors.push(err110);
                }
                errors++;
            }
            for (const key8 in data38) {
                if (!(((key8 === "type") || (key8 === "persistence")) || (key8 === "dataCriticality"))) {
                    const err111 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.state, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err111];
                    }
                    else {
                        vErrors.push(err111);
                    }
                    errors++;
                }
            }
            if (data38.type !== undefined) {
                let data42 = data38.type;
                if (typeof data42 !== "string") {
                    const err112 = { instancePath: instancePath + "/state/type", schemaPath: "#/properties/state/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.state.properties.type.type, parentSchema: schema31.properties.state.properties.type, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err112];
                    }
                    else {
                        vErrors.push(err112);
                    }
                    errors++;
                }
                if (!(((data42 === "stateless") || (data42 === "stateful")) || (data42 === "hybrid"))) {
                    const err113 = { instancePath: instancePath + "/state/type", schemaPath: "#/properties/state/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.state.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.state.properties.type.enum, parentSchema: schema31.properties.state.properties.type, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err113];
                    }
                    else {
                        vErrors.push(err113);
                    }
                    errors++;
                }
            }
            if (data38.persistence !== undefined) {
                let data43 = data38.persistence;
                if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                    if (data43.scope === undefined) {
                        const err114 = { instancePath: instancePath + "/state/persistence", schemaPath: "#/properties/state/properties/persistence/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property '" + "scope" + "'", schema: schema31.properties.state.properties.persistence.required, parentSchema: schema31.properties.state.properties.persistence, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err114];
                        }
                        else {
                            vErrors.push(err114);
                        }
                        errors++;
                    }
                    if (data43.durability === undefined) {
                        const err115 = { instancePath: instancePath + "/state/persistence", schemaPath: "#/properties/state/properties/persistence/required", keyword: "required", params: { missingProperty: "durability" }, message: "must have required property '" + "durability" + "'", schema: schema31.properties.state.properties.persistence.required, parentSchema: schema31.properties.state.properties.persistence, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                    for (const key9 in data43) {
                        if (!((key9 === "scope") || (key9 === "durability"))) {
                            const err116 = { instancePath: instancePath + "/state/persistence", schemaPath: "#/properties/state/properties/persistence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.state.properties.persistence, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                    if (data43.scope !== undefined) {
                        let data44 = data43.scope;
                        if (typeof data44 !== "string") {
                            const err117 = { instancePath: instancePath + "/state/persistence/scope", schemaPath: "#/properties/state/properties/persistence/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.state.properties.persistence.properties.scope.type, parentSchema: schema31.properties.state.properties.persistence.properties.scope, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err117];
                            }
                            else {
                                vErrors.push(err117);
                            }
                            errors++;
                        }
                        if (!((data44 === "local") || (data44 === "shared"))) {
                            const err118 = { instancePath: instancePath + "/state/persistence/scope", schemaPath: "#/properties/state/properties/persistence/properties/scope/enum", keyword: "enum", params: { allowedValues: schema31.properties.state.properties.persistence.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.state.properties.persistence.properties.scope.enum, parentSchema: schema31.properties.state.properties.persistence.properties.scope, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err118];
                            }
                            else {
                                vErrors.push(err118);
                            }
                            errors++;
                        }
                    }
                    if (data43.durability !== undefined) {
                        let data45 = data43.durability;
                        if (typeof data45 !== "string") {
                            const err119 = { instancePath: instancePath + "/state/persistence/durability", schemaPath: "#/properties/state/properties/persistence/properties/durability/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.state.properties.persistence.properties.durability.type, parentSchema: schema31.properties.state.properties.persistence.properties.durability, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err119];
                            }
                            else {
                                vErrors.push(err119);
                            }
                            errors++;
                        }
                        if (!((data45 === "ephemeral") || (data45 === "persistent"))) {
                            const err120 = { instancePath: instancePath + "/state/persistence/durability", schemaPath: "#/properties/state/properties/persistence/properties/durability/enum", keyword: "enum", params: { allowedValues: schema31.properties.state.properties.persistence.properties.durability.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.state.properties.persistence.properties.durability.enum, parentSchema: schema31.properties.state.properties.persistence.properties.durability, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err120];
                            }
                            else {
                                vErrors.push(err120);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err121 = { instancePath: instancePath + "/state/persistence", schemaPath: "#/properties/state/properties/persistence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.state.properties.persistence.type, parentSchema: schema31.properties.state.properties.persistence, data: data43 };
                    if (vErrors === null) {
                        vErrors = [err121];
                    }
                    else {
                        vErrors.push(err121);
                    }
                    errors++;
                }
            }
            if (data38.dataCriticality !== undefined) {
                let data46 = data38.dataCriticality;
                if (typeof data46 !== "string") {
                    const err122 = { instancePath: instancePath + "/state/dataCriticality", schemaPath: "#/properties/state/properties/dataCriticality/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.state.properties.dataCriticality.type, parentSchema: schema31.properties.state.properties.dataCriticality, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err122];
                    }
                    else {
                        vErrors.push(err122);
                    }
                    errors++;
                }
                if (!(((data46 === "low") || (data46 === "medium")) || (data46 === "high"))) {
                    const err123 = { instancePath: instancePath + "/state/dataCriticality", schemaPath: "#/properties/state/properties/dataCriticality/enum", keyword: "enum", params: { allowedValues: schema31.properties.state.properties.dataCriticality.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.state.properties.dataCriticality.enum, parentSchema: schema31.properties.state.properties.dataCriticality, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err123];
                    }
                    else {
                        vErrors.push(err123);
                    }
                    errors++;
                }
            }
        }
        else {
            const err124 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.state.type, parentSchema: schema31.properties.state, data: data38 };
            if (vErrors === null) {
                vErrors = [err124];
            }
            else {
                vErrors.push(err124);
            }
            errors++;
        }
    }
    if (data.capabilities !== undefined) {
        let data47 = data.capabilities;
        if (Array.isArray(data47)) {
            const len5 = data47.length;
            for (let i5 = 0; i5 < len5; i5++) {
                let data48 = data47[i5];
                const _errs126 = errors;
                let valid33 = false;
                let passing2 = null;
                const _errs127 = errors;
                const _errs128 = errors;
                const _errs129 = errors;
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    let missing6;
                    if ((data48.ref === undefined) && (missing6 = "ref")) {
                        const err125 = {};
                        if (vErrors === null) {
                            vErrors = [err125];
                        }
                        else {
                            vErrors.push(err125);
                        }
                        errors++;
                    }
                }
                var valid34 = _errs129 === errors;
                if (valid34) {
                    const err126 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.capabilities.items.oneOf[0].not, parentSchema: schema31.properties.capabilities.items.oneOf[0], data: data48 };
                    if (vErrors === null) {
                        vErrors = [err126];
                    }
                    else {
                        vErrors.push(err126);
                    }
                    errors++;
                }
                else {
                    errors = _errs128;
                    if (vErrors !== null) {
                        if (_errs128) {
                            vErrors.length = _errs128;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.type !== undefined) {
                        let data49 = data48.type;
                        if (!((data49 === "health") || (data49 === "metrics"))) {
                            const err127 = { instancePath: instancePath + "/capabilities/" + i5 + "/type", schemaPath: "#/properties/capabilities/items/oneOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.items.oneOf[0].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.capabilities.items.oneOf[0].properties.type.enum, parentSchema: schema31.properties.capabilities.items.oneOf[0].properties.type, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err127];
                            }
                            else {
                                vErrors.push(err127);
                            }
                            errors++;
                        }
                    }
                }
                var _valid4 = _errs127 === errors;
                if (_valid4) {
                    valid33 = true;
                    passing2 = 0;
                    var props1 = {};
                    props1.type = true;
                }
                const _errs131 = errors;
                const _errs132 = errors;
                const _errs133 = errors;
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    let missing7;
                    if ((data48.binding === undefined) && (missing7 = "binding")) {
                        const err128 = {};
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                }
                var valid36 = _errs133 === errors;
                if (valid36) {
                    const err129 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.capabilities.items.oneOf[1].not, parentSchema: schema31.properties.capabilities.items.oneOf[1], data: data48 };
                    if (vErrors === null) {
                        vErrors = [err129];
                    }
                    else {
                        vErrors.push(err129);
                    }
                    errors++;
                }
                else {
                    errors = _errs132;
                    if (vErrors !== null) {
                        if (_errs132) {
                            vErrors.length = _errs132;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.ref === undefined) {
                        const err130 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/oneOf/1/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema31.properties.capabilities.items.oneOf[1].required, parentSchema: schema31.properties.capabilities.items.oneOf[1], data: data48 };
                        if (vErrors === null) {
                            vErrors = [err130];
                        }
                        else {
                            vErrors.push(err130);
                        }
                        errors++;
                    }
                    if (data48.type !== undefined) {
                        let data50 = data48.type;
                        if ("extension" !== data50) {
                            const err131 = { instancePath: instancePath + "/capabilities/" + i5 + "/type", schemaPath: "#/properties/capabilities/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "extension" }, message: "must be equal to constant", schema: "extension", parentSchema: schema31.properties.capabilities.items.oneOf[1].properties.type, data: data50 };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                    }
                }
                var _valid4 = _errs131 === errors;
                if (_valid4 && valid33) {
                    valid33 = false;
                    passing2 = [passing2, 1];
                }
                else {
                    if (_valid4) {
                        valid33 = true;
                        passing2 = 1;
                        if (props1 !== true) {
                            props1 = props1 || {};
                            props1.type = true;
                        }
                    }
                }
                if (!valid33) {
                    const err132 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.capabilities.items.oneOf, parentSchema: schema31.properties.capabilities.items, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err132];
                    }
                    else {
                        vErrors.push(err132);
                    }
                    errors++;
                }
                else {
                    errors = _errs126;
                    if (vErrors !== null) {
                        if (_errs126) {
                            vErrors.length = _errs126;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.type === undefined) {
                        const err133 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.capabilities.items.required, parentSchema: schema31.properties.capabilities.items, data: data48 };
                        if (vErrors === null) {
                            vErrors = [err133];
                        }
                        else {
                            vErrors.push(err133);
                        }
                        errors++;
                    }
                    for (const key10 in data48) {
                        if (!(((key10 === "type") || (key10 === "ref")) || (key10 === "binding"))) {
                            const err134 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.capabilities.items, data: data48 };
                            if (vErrors === null) {
                                vErrors = [err134];
                            }
                            else {
                                vErrors.push(err134);
                            }
                            errors++;
                        }
                    }
                    if (data48.type !== undefined) {
                        let data51 = data48.type;
                        if (typeof data51 !== "string") {
                            const err135 = { instancePath: instancePath + "/capabilities/" + i5 + "/type", schemaPath: "#/properties/capabilities/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.capabilities.items.properties.type.type, parentSchema: schema31.properties.capabilities.items.properties.type, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                        if (!(((data51 === "health") || (data51 === "metrics")) || (data51 === "extension"))) {
                            const err136 = { instancePath: instancePath + "/capabilities/" + i5 + "/type", schemaPath: "#/properties/capabilities/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.capabilities.items.properties.type.enum, parentSchema: schema31.properties.capabilities.items.properties.type, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err136];
                            }
                            else {
                                vErrors.push(err136);
                            }
                            errors++;
                        }
                    }
                    if (data48.ref !== undefined) {
                        let data52 = data48.ref;
                        if (typeof data52 === "string") {
                            if (func2(data52) < 1) {
                                const err137 = { instancePath: instancePath + "/capabilities/" + i5 + "/ref", schemaPath: "#/properties/capabilities/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.capabilities.items.properties.ref, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err138 = { instancePath: instancePath + "/capabilities/" + i5 + "/ref", schemaPath: "#/properties/capabilities/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.capabilities.items.properties.ref.type, parentSchema: schema31.properties.capabilities.items.properties.ref, data: data52 };
                            if (vErrors === null) {
                                vErrors = [err138];
                            }
                            else {
                                vErrors.push(err138);
                            }
                            errors++;
                        }
                    }
                    if (data48.binding !== undefined) {
                        let data53 = data48.binding;
                        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                            if (data53.type === undefined) {
                                const err139 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding", schemaPath: "#/properties/capabilities/items/properties/binding/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.capabilities.items.properties.binding.required, parentSchema: schema31.properties.capabilities.items.properties.binding, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err139];
                                }
                                else {
                                    vErrors.push(err139);
                                }
                                errors++;
                            }
                            if (data53.interface === undefined) {
                                const err140 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding", schemaPath: "#/properties/capabilities/items/properties/binding/required", keyword: "required", params: { missingProperty: "interface" }, message: "must have required property '" + "interface" + "'", schema: schema31.properties.capabilities.items.properties.binding.required, parentSchema: schema31.properties.capabilities.items.properties.binding, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err140];
                                }
                                else {
                                    vErrors.push(err140);
                                }
                                errors++;
                            }
                            for (const key11 in data53) {
                                if (!(((key11 === "type") || (key11 === "interface")) || (key11 === "path"))) {
                                    const err141 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding", schemaPath: "#/properties/capabilities/items/properties/binding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.capabilities.items.properties.binding, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.type !== undefined) {
                                let data54 = data53.type;
                                if (typeof data54 !== "string") {
                                    const err142 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/type", schemaPath: "#/properties/capabilities/items/properties/binding/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.capabilities.items.properties.binding.properties.type.type, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.type, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err142];
                                    }
                                    else {
                                        vErrors.push(err142);
                                    }
                                    errors++;
                                }
                                if (!(data54 === "http")) {
                                    const err143 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/type", schemaPath: "#/properties/capabilities/items/properties/binding/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.items.properties.binding.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.capabilities.items.properties.binding.properties.type.enum, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.type, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err143];
                                    }
                                    else {
                                        vErrors.push(err143);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.interface !== undefined) {
                                let data55 = data53.interface;
                                if (typeof data55 === "string") {
                                    if (func2(data55) < 1) {
                                        const err144 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/interface", schemaPath: "#/properties/capabilities/items/properties/binding/properties/interface/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.interface, data: data55 };
                                        if (vErrors === null) {
                                            vErrors = [err144];
                                        }
                                        else {
                                            vErrors.push(err144);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err145 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/interface", schemaPath: "#/properties/capabilities/items/properties/binding/properties/interface/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.capabilities.items.properties.binding.properties.interface.type, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.interface, data: data55 };
                                    if (vErrors === null) {
                                        vErrors = [err145];
                                    }
                                    else {
                                        vErrors.push(err145);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.path !== undefined) {
                                let data56 = data53.path;
                                if (typeof data56 === "string") {
                                    if (func2(data56) < 1) {
                                        const err146 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/path", schemaPath: "#/properties/capabilities/items/properties/binding/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.path, data: data56 };
                                        if (vErrors === null) {
                                            vErrors = [err146];
                                        }
                                        else {
                                            vErrors.push(err146);
                                        }
                                        errors++;
                                    }
                                    if (!pattern7.test(data56)) {
                                        const err147 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/path", schemaPath: "#/properties/capabilities/items/properties/binding/properties/path/pattern", keyword: "pattern", params: { pattern: "^/([^/][^\\n]*)?$" }, message: "must match pattern \"" + "^/([^/][^\\n]*)?$" + "\"", schema: "^/([^/][^\\n]*)?$", parentSchema: schema31.properties.capabilities.items.properties.binding.properties.path, data: data56 };
                                        if (vErrors === null) {
                                            vErrors = [err147];
                                        }
                                        else {
                                            vErrors.push(err147);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err148 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding/path", schemaPath: "#/properties/capabilities/items/properties/binding/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.capabilities.items.properties.binding.properties.path.type, parentSchema: schema31.properties.capabilities.items.properties.binding.properties.path, data: data56 };
                                    if (vErrors === null) {
                                        vErrors = [err148];
                                    }
                                    else {
                                        vErrors.push(err148);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err149 = { instancePath: instancePath + "/capabilities/" + i5 + "/binding", schemaPath: "#/properties/capabilities/items/properties/binding/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.capabilities.items.properties.binding.type, parentSchema: schema31.properties.capabilities.items.properties.binding, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err149];
                            }
                            else {
                                vErrors.push(err149);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err150 = { instancePath: instancePath + "/capabilities/" + i5, schemaPath: "#/properties/capabilities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.capabilities.items.type, parentSchema: schema31.properties.capabilities.items, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err150];
                    }
                    else {
                        vErrors.push(err150);
                    }
                    errors++;
                }
            }
        }
        else {
            const err151 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.capabilities.type, parentSchema: schema31.properties.capabilities, data: data47 };
            if (vErrors === null) {
                vErrors = [err151];
            }
            else {
                vErrors.push(err151);
            }
            errors++;
        }
    }
    if (data.readiness !== undefined) {
        let data57 = data.readiness;
        if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.expires === undefined) {
                const err152 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema31.properties.readiness.required, parentSchema: schema31.properties.readiness, data: data57 };
                if (vErrors === null) {
                    vErrors = [err152];
                }
                else {
                    vErrors.push(err152);
                }
                errors++;
            }
            if (data57.claims === undefined) {
                const err153 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property '" + "claims" + "'", schema: schema31.properties.readiness.required, parentSchema: schema31.properties.readiness, data: data57 };
                if (vErrors === null) {
                    vErrors = [err153];
                }
                else {
                    vErrors.push(err153);
                }
                errors++;
            }
            for (const key12 in data57) {
                if (!(((((key12 === "expires") || (key12 === "minScore")) || (key12 === "partialCredit")) || (key12 === "history")) || (key12 === "claims"))) {
                    const err154 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.readiness, data: data57 };
                    if (vErrors === null) {
                        vErrors = [err154];
                    }
                    else {
                        vErrors.push(err154);
                    }
                    errors++;
                }
            }
            if (data57.expires !== undefined) {
                let data58 = data57.expires;
                if (typeof data58 !== "string") {
                    const err155 = { instancePath: instancePath + "/readiness/expires", schemaPath: "#/properties/readiness/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.expires.type, parentSchema: schema31.properties.readiness.properties.expires, data: data58 };
                    if (vErrors === null) {
                        vErrors = [err155];
                    }
                    else {
                        vErrors.push(err155);
                    }
                    errors++;
                }
            }
            if (data57.minScore !== undefined) {
                let data59 = data57.minScore;
                if (!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))) {
                    const err156 = { instancePath: instancePath + "/readiness/minScore", schemaPath: "#/properties/readiness/properties/minScore/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.readiness.properties.minScore.type, parentSchema: schema31.properties.readiness.properties.minScore, data: data59 };
                    if (vErrors === null) {
                        vErrors = [err156];
                    }
                    else {
                        vErrors.push(err156);
                    }
                    errors++;
                }
                if (typeof data59 == "number") {
                    if (data59 > 100 || isNaN(data59)) {
                        const err157 = { instancePath: instancePath + "/readiness/minScore", schemaPath: "#/properties/readiness/properties/minScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.readiness.properties.minScore, data: data59 };
                        if (vErrors === null) {
                            vErrors = [err157];
                        }
                        else {
                            vErrors.push(err157);
                        }
                        errors++;
                    }
                    if (data59 < 0 || isNaN(data59)) {
                        const err158 = { instancePath: instancePath + "/readiness/minScore", schemaPath: "#/properties/readiness/properties/minScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.readiness.properties.minScore, data: data59 };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
            }
            if (data57.partialCredit !== undefined) {
                let data60 = data57.partialCredit;
                if (typeof data60 == "number") {
                    if (data60 > 1 || isNaN(data60)) {
                        const err159 = { instancePath: instancePath + "/readiness/partialCredit", schemaPath: "#/properties/readiness/properties/partialCredit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.readiness.properties.partialCredit, data: data60 };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                    if (data60 < 0 || isNaN(data60)) {
                        const err160 = { instancePath: instancePath + "/readiness/partialCredit", schemaPath: "#/properties/readiness/properties/partialCredit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.readiness.properties.partialCredit, data: data60 };
                        if (vErrors === null) {
                            vErrors = [err160];
                        }
                        else {
                            vErrors.push(err160);
                        }
                        errors++;
                    }
                }
                else {
                    const err161 = { instancePath: instancePath + "/readiness/partialCredit", schemaPath: "#/properties/readiness/properties/partialCredit/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.readiness.properties.partialCredit.type, parentSchema: schema31.properties.readiness.properties.partialCredit, data: data60 };
                    if (vErrors === null) {
                        vErrors = [err161];
                    }
                    else {
                        vErrors.push(err161);
                    }
                    errors++;
                }
            }
            if (data57.history !== undefined) {
                let data61 = data57.history;
                if (Array.isArray(data61)) {
                    const len6 = data61.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data62 = data61[i6];
                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                            if (data62.date === undefined) {
                                const err162 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property '" + "date" + "'", schema: schema31.properties.readiness.properties.history.items.required, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                            if (data62.version === undefined) {
                                const err163 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.properties.readiness.properties.history.items.required, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err163];
                                }
                                else {
                                    vErrors.push(err163);
                                }
                                errors++;
                            }
                            if (data62.author === undefined) {
                                const err164 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'", schema: schema31.properties.readiness.properties.history.items.required, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err164];
                                }
                                else {
                                    vErrors.push(err164);
                                }
                                errors++;
                            }
                            if (data62.description === undefined) {
                                const err165 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema31.properties.readiness.properties.history.items.required, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                            }
                            for (const key13 in data62) {
                                if (!((((key13 === "date") || (key13 === "version")) || (key13 === "author")) || (key13 === "description"))) {
                                    const err166 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err166];
                                    }
                                    else {
                                        vErrors.push(err166);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.date !== undefined) {
                                let data63 = data62.date;
                                if (typeof data63 === "string") {
                                    if (func2(data63) < 1) {
                                        const err167 = { instancePath: instancePath + "/readiness/history/" + i6 + "/date", schemaPath: "#/properties/readiness/properties/history/items/properties/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.history.items.properties.date, data: data63 };
                                        if (vErrors === null) {
                                            vErrors = [err167];
                                        }
                                        else {
                                            vErrors.push(err167);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err168 = { instancePath: instancePath + "/readiness/history/" + i6 + "/date", schemaPath: "#/properties/readiness/properties/history/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.history.items.properties.date.type, parentSchema: schema31.properties.readiness.properties.history.items.properties.date, data: data63 };
                                    if (vErrors === null) {
                                        vErrors = [err168];
                                    }
                                    else {
                                        vErrors.push(err168);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.version !== undefined) {
                                let data64 = data62.version;
                                if (typeof data64 === "string") {
                                    if (func2(data64) < 1) {
                                        const err169 = { instancePath: instancePath + "/readiness/history/" + i6 + "/version", schemaPath: "#/properties/readiness/properties/history/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.history.items.properties.version, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err169];
                                        }
                                        else {
                                            vErrors.push(err169);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err170 = { instancePath: instancePath + "/readiness/history/" + i6 + "/version", schemaPath: "#/properties/readiness/properties/history/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.history.items.properties.version.type, parentSchema: schema31.properties.readiness.properties.history.items.properties.version, data: data64 };
                                    if (vErrors === null) {
                                        vErrors = [err170];
                                    }
                                    else {
                                        vErrors.push(err170);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.author !== undefined) {
                                let data65 = data62.author;
                                if (typeof data65 === "string") {
                                    if (func2(data65) < 1) {
                                        const err171 = { instancePath: instancePath + "/readiness/history/" + i6 + "/author", schemaPath: "#/properties/readiness/properties/history/items/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.history.items.properties.author, data: data65 };
                                        if (vErrors === null) {
                                            vErrors = [err171];
                                        }
                                        else {
                                            vErrors.push(err171);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err172 = { instancePath: instancePath + "/readiness/history/" + i6 + "/author", schemaPath: "#/properties/readiness/properties/history/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.history.items.properties.author.type, parentSchema: schema31.properties.readiness.properties.history.items.properties.author, data: data65 };
                                    if (vErrors === null) {
                                        vErrors = [err172];
                                    }
                                    else {
                                        vErrors.push(err172);
                                    }
                                    errors++;
                                }
                            }
                            if (data62.description !== undefined) {
                                let data66 = data62.description;
                                if (typeof data66 === "string") {
                                    if (func2(data66) < 1) {
                                        const err173 = { instancePath: instancePath + "/readiness/history/" + i6 + "/description", schemaPath: "#/properties/readiness/properties/history/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.history.items.properties.description, data: data66 };
                                        if (vErrors === null) {
                                            vErrors = [err173];
                                        }
                                        else {
                                            vErrors.push(err173);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err174 = { instancePath: instancePath + "/readiness/history/" + i6 + "/description", schemaPath: "#/properties/readiness/properties/history/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.history.items.properties.description.type, parentSchema: schema31.properties.readiness.properties.history.items.properties.description, data: data66 };
                                    if (vErrors === null) {
                                        vErrors = [err174];
                                    }
                                    else {
                                        vErrors.push(err174);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err175 = { instancePath: instancePath + "/readiness/history/" + i6, schemaPath: "#/properties/readiness/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.readiness.properties.history.items.type, parentSchema: schema31.properties.readiness.properties.history.items, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err175];
                            }
                            else {
                                vErrors.push(err175);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err176 = { instancePath: instancePath + "/readiness/history", schemaPath: "#/properties/readiness/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.readiness.properties.history.type, parentSchema: schema31.properties.readiness.properties.history, data: data61 };
                    if (vErrors === null) {
                        vErrors = [err176];
                    }
                    else {
                        vErrors.push(err176);
                    }
                    errors++;
                }
            }
            if (data57.claims !== undefined) {
                let data67 = data57.claims;
                if (Array.isArray(data67)) {
                    if (data67.length < 1) {
                        const err177 = { instancePath: instancePath + "/readiness/claims", schemaPath: "#/properties/readiness/properties/claims/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.readiness.properties.claims, data: data67 };
                        if (vErrors === null) {
                            vErrors = [err177];
                        }
                        else {
                            vErrors.push(err177);
                        }
                        errors++;
                    }
                    const len7 = data67.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data68 = data67[i7];
                        if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                            if (data68.id === undefined) {
                                const err178 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema31.properties.readiness.properties.claims.items.required, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err178];
                                }
                                else {
                                    vErrors.push(err178);
                                }
                                errors++;
                            }
                            if (data68.type === undefined) {
                                const err179 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.readiness.properties.claims.items.required, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err179];
                                }
                                else {
                                    vErrors.push(err179);
                                }
                                errors++;
                            }
                            if (data68.status === undefined) {
                                const err180 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'", schema: schema31.properties.readiness.properties.claims.items.required, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err180];
                                }
                                else {
                                    vErrors.push(err180);
                                }
                                errors++;
                            }
                            if (data68.evidence === undefined) {
                                const err181 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property '" + "evidence" + "'", schema: schema31.properties.readiness.properties.claims.items.required, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err181];
                                }
                                else {
                                    vErrors.push(err181);
                                }
                                errors++;
                            }
                            if (data68.weight === undefined) {
                                const err182 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property '" + "weight" + "'", schema: schema31.properties.readiness.properties.claims.items.required, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err182];
                                }
                                else {
                                    vErrors.push(err182);
                                }
                                errors++;
                            }
                            for (const key14 in data68) {
                                if (!(((((((key14 === "id") || (key14 === "type")) || (key14 === "status")) || (key14 === "evidence")) || (key14 === "weight")) || (key14 === "category")) || (key14 === "description"))) {
                                    const err183 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                                    if (vErrors === null) {
                                        vErrors = [err183];
                                    }
                                    else {
                                        vErrors.push(err183);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.id !== undefined) {
                                let data69 = data68.id;
                                if (typeof data69 === "string") {
                                    if (!pattern8.test(data69)) {
                                        const err184 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/id", schemaPath: "#/properties/readiness/properties/claims/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" + "\"", schema: "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", parentSchema: schema31.properties.readiness.properties.claims.items.properties.id, data: data69 };
                                        if (vErrors === null) {
                                            vErrors = [err184];
                                        }
                                        else {
                                            vErrors.push(err184);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err185 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/id", schemaPath: "#/properties/readiness/properties/claims/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.id.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.id, data: data69 };
                                    if (vErrors === null) {
                                        vErrors = [err185];
                                    }
                                    else {
                                        vErrors.push(err185);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.type !== undefined) {
                                let data70 = data68.type;
                                if (typeof data70 !== "string") {
                                    const err186 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/type", schemaPath: "#/properties/readiness/properties/claims/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.type.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.type, data: data70 };
                                    if (vErrors === null) {
                                        vErrors = [err186];
                                    }
                                    else {
                                        vErrors.push(err186);
                                    }
                                    errors++;
                                }
                                if (!(((((((data70 === "url") || (data70 === "document")) || (data70 === "ticket")) || (data70 === "report")) || (data70 === "artifact")) || (data70 === "identifier")) || (data70 === "other"))) {
                                    const err187 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/type", schemaPath: "#/properties/readiness/properties/claims/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.readiness.properties.claims.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.readiness.properties.claims.items.properties.type.enum, parentSchema: schema31.properties.readiness.properties.claims.items.properties.type, data: data70 };
                                    if (vErrors === null) {
                                        vErrors = [err187];
                                    }
                                    else {
                                        vErrors.push(err187);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.status !== undefined) {
                                let data71 = data68.status;
                                if (typeof data71 !== "string") {
                                    const err188 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/status", schemaPath: "#/properties/readiness/properties/claims/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.status.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.status, data: data71 };
                                    if (vErrors === null) {
                                        vErrors = [err188];
                                    }
                                    else {
                                        vErrors.push(err188);
                                    }
                                    errors++;
                                }
                                if (!((((data71 === "done") || (data71 === "partial")) || (data71 === "not-done")) || (data71 === "deferred"))) {
                                    const err189 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/status", schemaPath: "#/properties/readiness/properties/claims/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.readiness.properties.claims.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.readiness.properties.claims.items.properties.status.enum, parentSchema: schema31.properties.readiness.properties.claims.items.properties.status, data: data71 };
                                    if (vErrors === null) {
                                        vErrors = [err189];
                                    }
                                    else {
                                        vErrors.push(err189);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.evidence !== undefined) {
                                let data72 = data68.evidence;
                                if (typeof data72 === "string") {
                                    if (func2(data72) > 2048) {
                                        const err190 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/evidence", schemaPath: "#/properties/readiness/properties/claims/items/properties/evidence/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.readiness.properties.claims.items.properties.evidence, data: data72 };
                                        if (vErrors === null) {
                                            vErrors = [err190];
                                        }
                                        else {
                                            vErrors.push(err190);
                                        }
                                        errors++;
                                    }
                                    if (func2(data72) < 1) {
                                        const err191 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/evidence", schemaPath: "#/properties/readiness/properties/claims/items/properties/evidence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.claims.items.properties.evidence, data: data72 };
                                        if (vErrors === null) {
                                            vErrors = [err191];
                                        }
                                        else {
                                            vErrors.push(err191);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err192 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/evidence", schemaPath: "#/properties/readiness/properties/claims/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.evidence.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.evidence, data: data72 };
                                    if (vErrors === null) {
                                        vErrors = [err192];
                                    }
                                    else {
                                        vErrors.push(err192);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.weight !== undefined) {
                                let data73 = data68.weight;
                                if (!((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73)))) {
                                    const err193 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/weight", schemaPath: "#/properties/readiness/properties/claims/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.readiness.properties.claims.items.properties.weight.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.weight, data: data73 };
                                    if (vErrors === null) {
                                        vErrors = [err193];
                                    }
                                    else {
                                        vErrors.push(err193);
                                    }
                                    errors++;
                                }
                                if (typeof data73 == "number") {
                                    if (data73 > 100 || isNaN(data73)) {
                                        const err194 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/weight", schemaPath: "#/properties/readiness/properties/claims/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.readiness.properties.claims.items.properties.weight, data: data73 };
                                        if (vErrors === null) {
                                            vErrors = [err194];
                                        }
                                        else {
                                            vErrors.push(err194);
                                        }
                                        errors++;
                                    }
                                    if (data73 < 0 || isNaN(data73)) {
                                        const err195 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/weight", schemaPath: "#/properties/readiness/properties/claims/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.readiness.properties.claims.items.properties.weight, data: data73 };
                                        if (vErrors === null) {
                                            vErrors = [err195];
                                        }
                                        else {
                                            vErrors.push(err195);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data68.category !== undefined) {
                                let data74 = data68.category;
                                if (typeof data74 !== "string") {
                                    const err196 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/category", schemaPath: "#/properties/readiness/properties/claims/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.category.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.category, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err196];
                                    }
                                    else {
                                        vErrors.push(err196);
                                    }
                                    errors++;
                                }
                                if (!((((((((((((((data74 === "architecture") || (data74 === "testing")) || (data74 === "code-quality")) || (data74 === "observability")) || (data74 === "security")) || (data74 === "documentation")) || (data74 === "infrastructure")) || (data74 === "ci-cd")) || (data74 === "deployment")) || (data74 === "resilience")) || (data74 === "backup-recovery")) || (data74 === "incident-response")) || (data74 === "compliance")) || (data74 === "other"))) {
                                    const err197 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/category", schemaPath: "#/properties/readiness/properties/claims/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.readiness.properties.claims.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.readiness.properties.claims.items.properties.category.enum, parentSchema: schema31.properties.readiness.properties.claims.items.properties.category, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err197];
                                    }
                                    else {
                                        vErrors.push(err197);
                                    }
                                    errors++;
                                }
                            }
                            if (data68.description !== undefined) {
                                let data75 = data68.description;
                                if (typeof data75 === "string") {
                                    if (func2(data75) < 1) {
                                        const err198 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/description", schemaPath: "#/properties/readiness/properties/claims/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.readiness.properties.claims.items.properties.description, data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err198];
                                        }
                                        else {
                                            vErrors.push(err198);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err199 = { instancePath: instancePath + "/readiness/claims/" + i7 + "/description", schemaPath: "#/properties/readiness/properties/claims/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.readiness.properties.claims.items.properties.description.type, parentSchema: schema31.properties.readiness.properties.claims.items.properties.description, data: data75 };
                                    if (vErrors === null) {
                                        vErrors = [err199];
                                    }
                                    else {
                                        vErrors.push(err199);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err200 = { instancePath: instancePath + "/readiness/claims/" + i7, schemaPath: "#/properties/readiness/properties/claims/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.readiness.properties.claims.items.type, parentSchema: schema31.properties.readiness.properties.claims.items, data: data68 };
                            if (vErrors === null) {
                                vErrors = [err200];
                            }
                            else {
                                vErrors.push(err200);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err201 = { instancePath: instancePath + "/readiness/claims", schemaPath: "#/properties/readiness/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.readiness.properties.claims.type, parentSchema: schema31.properties.readiness.properties.claims, data: data67 };
                    if (vErrors === null) {
                        vErrors = [err201];
                    }
                    else {
                        vErrors.push(err201);
                    }
                    errors++;
                }
            }
        }
        else {
            const err202 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.readiness.type, parentSchema: schema31.properties.readiness, data: data57 };
            if (vErrors === null) {
                vErrors = [err202];
            }
            else {
                vErrors.push(err202);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data76 = data.metadata;
        if (!(data76 && typeof data76 == "object" && !Array.isArray(data76))) {
            const err203 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metadata.type, parentSchema: schema31.properties.metadata, data: data76 };
            if (vErrors === null) {
                vErrors = [err203];
            }
            else {
                vErrors.push(err203);
            }
            errors++;
        }
    }
    if (data.extensions !== undefined) {
        let data77 = data.extensions;
        if (!(data77 && typeof data77 == "object" && !Array.isArray(data77))) {
            const err204 = { instancePath: instancePath + "/extensions", schemaPath: "#/properties/extensions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.extensions.type, parentSchema: schema31.properties.extensions, data: data77 };
            if (vErrors === null) {
                vErrors = [err204];
            }
            else {
                vErrors.push(err204);
            }
            errors++;
        }
    }
}
else {
    const err205 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err205];
    }
    else {
        vErrors.push(err205);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/contracts/v2/schema.ts

/** Go's regexp `.` stops at `\n` only; JS's also stops at `\r`, U+2028 and U+2029. */
const ANY = '[^\\n]';
const nonEmpty = { type: 'string', minLength: 1 };
const READINESS_CATEGORIES = [
    'architecture',
    'testing',
    'code-quality',
    'observability',
    'security',
    'documentation',
    'infrastructure',
    'ci-cd',
    'deployment',
    'resilience',
    'backup-recovery',
    'incident-response',
    'compliance',
    'other',
];
const CONTRACT_SCHEMA_V2 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://pacto.dev/schema/pacto-v2.0.schema.json',
    type: 'object',
    required: ['pactoVersion', 'service'],
    additionalProperties: false,
    properties: {
        pactoVersion: { type: 'string', const: '2.0' },
        service: {
            type: 'object',
            required: ['name', 'version'],
            additionalProperties: false,
            properties: {
                name: { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' },
                version: { type: 'string', minLength: 1 },
                owner: {
                    type: 'object',
                    minProperties: 1,
                    additionalProperties: false,
                    properties: {
                        team: { type: 'string', pattern: '^[a-zA-Z0-9._/-]+$' },
                        dri: { type: 'string', pattern: '^[a-zA-Z0-9._@/-]+$' },
                        contacts: {
                            type: 'array',
                            minItems: 1,
                            items: {
                                type: 'object',
                                required: ['type', 'value'],
                                additionalProperties: false,
                                properties: {
                                    type: { type: 'string', enum: ['email', 'url', 'group', 'oncall', 'chat', 'other'] },
                                    value: nonEmpty,
                                    purpose: { type: 'string', enum: ['ownership', 'support', 'escalation', 'oncall', 'notifications'] },
                                },
                            },
                        },
                    },
                },
            },
        },
        interfaces: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'type', 'ref'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    type: { type: 'string', enum: ['openapi', 'asyncapi', 'grpc'] },
                    ref: nonEmpty,
                    visibility: { type: 'string', enum: ['public', 'internal'] },
                },
            },
        },
        configurations: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'required'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    required: { type: 'boolean' },
                    schema: nonEmpty,
                    ref: nonEmpty,
                    values: { type: 'object' },
                },
                oneOf: [
                    { required: ['schema'], not: { required: ['ref'] } },
                    { required: ['ref'], not: { anyOf: [{ required: ['schema'] }, { required: ['values'] }] } },
                ],
            },
        },
        policies: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    schema: nonEmpty,
                    ref: nonEmpty,
                    target: { type: 'string', enum: ['contract'] },
                },
                oneOf: [
                    { required: ['schema'], not: { required: ['ref'] } },
                    { required: ['ref'], not: { required: ['schema'] } },
                ],
            },
        },
        dependencies: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'ref', 'compatibility', 'required'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    ref: nonEmpty,
                    compatibility: nonEmpty,
                    required: { type: 'boolean' },
                },
            },
        },
        workload: { type: 'string', enum: ['service', 'job', 'scheduled'] },
        state: {
            type: 'object',
            required: ['type', 'persistence', 'dataCriticality'],
            additionalProperties: false,
            properties: {
                type: { type: 'string', enum: ['stateless', 'stateful', 'hybrid'] },
                persistence: {
                    type: 'object',
                    required: ['scope', 'durability'],
                    additionalProperties: false,
                    properties: {
                        scope: { type: 'string', enum: ['local', 'shared'] },
                        durability: { type: 'string', enum: ['ephemeral', 'persistent'] },
                    },
                },
                dataCriticality: { type: 'string', enum: ['low', 'medium', 'high'] },
            },
            if: { required: ['type'], properties: { type: { const: 'stateless' } } },
            then: { properties: { persistence: { properties: { durability: { const: 'ephemeral' } } } } },
        },
        capabilities: {
            type: 'array',
            items: {
                type: 'object',
                required: ['type'],
                additionalProperties: false,
                properties: {
                    type: { type: 'string', enum: ['health', 'metrics', 'extension'] },
                    ref: nonEmpty,
                    binding: {
                        type: 'object',
                        required: ['type', 'interface'],
                        additionalProperties: false,
                        properties: {
                            type: { type: 'string', enum: ['http'] },
                            interface: nonEmpty,
                            path: { type: 'string', minLength: 1, pattern: `^/([^/]${ANY}*)?$` },
                        },
                    },
                },
                oneOf: [
                    { properties: { type: { enum: ['health', 'metrics'] } }, not: { required: ['ref'] } },
                    { properties: { type: { const: 'extension' } }, required: ['ref'], not: { required: ['binding'] } },
                ],
            },
        },
        readiness: {
            type: 'object',
            required: ['expires', 'claims'],
            additionalProperties: false,
            properties: {
                expires: { type: 'string' },
                minScore: { type: 'integer', minimum: 0, maximum: 100 },
                partialCredit: { type: 'number', minimum: 0, maximum: 1 },
                history: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['date', 'version', 'author', 'description'],
                        additionalProperties: false,
                        properties: { date: nonEmpty, version: nonEmpty, author: nonEmpty, description: nonEmpty },
                    },
                },
                claims: {
                    type: 'array',
                    minItems: 1,
                    items: {
                        type: 'object',
                        required: ['id', 'type', 'status', 'evidence', 'weight'],
                        additionalProperties: false,
                        properties: {
                            id: { type: 'string', pattern: '^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$' },
                            type: { type: 'string', enum: ['url', 'document', 'ticket', 'report', 'artifact', 'identifier', 'other'] },
                            status: { type: 'string', enum: ['done', 'partial', 'not-done', 'deferred'] },
                            evidence: { type: 'string', minLength: 1, maxLength: 2048 },
                            weight: { type: 'integer', minimum: 0, maximum: 100 },
                            category: { type: 'string', enum: READINESS_CATEGORIES },
                            description: nonEmpty,
                        },
                    },
                },
            },
        },
        metadata: { type: 'object' },
        extensions: { type: 'object' },
    },
};
/**
 * The compiled contract schema: ajv standalone code generated from CONTRACT_SCHEMA_V2 with
 * AJV_OPTIONS and checked in (a test keeps it in sync), so no run compiles it.
 */
function contractValidator() {
    return schema_validator_generated;
}
/**
 * A fix for the leaves of the contract schema's `oneOf` shapes, whose bare texts ("not failed",
 * "missing property 'ref'") do not say what the item should look like.
 */
function explainContractLeaf(leaf) {
    if (leaf.keyword !== 'not' && leaf.keyword !== 'required' && leaf.keyword !== 'enum' && leaf.keyword !== 'const')
        return '';
    if (/^configurations\.\d+$/.test(leaf.path) && leaf.keyword !== 'enum' && leaf.keyword !== 'const') {
        return ' (a configuration has name, required, and exactly one of schema: (a bundle file, optionally with values:) or ref:)';
    }
    if (/^policies\.\d+$/.test(leaf.path))
        return ' (a policy has name and exactly one of schema: or ref:)';
    if (/^capabilities\.\d+(\.type)?$/.test(leaf.path)) {
        return ' (health and metrics take an optional binding and no ref; extension takes a namespaced ref such as acme.io/backup and no binding)';
    }
    return '';
}

;// CONCATENATED MODULE: ./src/contracts/v2/index.ts








function finding(tree, code, path, message, anchor = path) {
    const pos = tree ? (0,paths/* locatePath */.o)(tree, anchor) : null;
    return { code, path, message, line: pos?.line ?? null, column: pos?.column ?? null };
}
async function validateV2(input) {
    try {
        return await run(input);
    }
    catch (e) {
        // A defect here must cost one contract its verdict, never the whole run.
        const message = `schema validation failed: internal error while validating this contract (${e.message}); please report it`;
        return {
            service: null,
            version: null,
            errors: [{ code: 'SCHEMA_ERROR', path: '', message, line: null, column: null }],
            warnings: [],
            contractJson: null,
            referencedFiles: [],
        };
    }
}
async function run({ source, bundle, opts }) {
    const verdict = { service: null, version: null, errors: [], warnings: [], contractJson: null, referencedFiles: [] };
    if (bundle.loadError) {
        verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: bundle.loadError, line: null, column: null });
        return verdict;
    }
    // 1 load
    const loaded = loadContract(source);
    if (!loaded.ok) {
        const { message, line, column } = loaded.problem;
        verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: `failed to parse ${bundle.file}: ${message}`, line, column });
        return verdict;
    }
    const { model, tree } = loaded;
    verdict.service = model.service.name;
    verdict.version = model.service.version;
    if (opts.encodeRequests !== false)
        verdict.contractJson = encodeContract(model);
    // 2 generic decode
    const generic = genericDocument(tree);
    if (!generic.ok) {
        verdict.errors.push({ code: 'YAML_PARSE_ERROR', path: '', message: generic.message, line: generic.line, column: generic.column });
        return verdict;
    }
    const doc = generic.value;
    // 3 schema (selected by the generic document's pactoVersion)
    const pv = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.pactoVersion : undefined;
    if (pv !== '2.0') {
        const shown = typeof pv === 'number' ? `${pv} (a number)` : JSON.stringify(pv);
        verdict.errors.push(finding(tree, 'UNSUPPORTED_PACTO_VERSION', 'pactoVersion', `unsupported pactoVersion ${shown}: quote it, pactoVersion: "2.0"`));
        return verdict;
    }
    const validate = contractValidator();
    if (!validate(doc)) {
        for (const leaf of toLeaves(validate.errors, explainContractLeaf))
            verdict.errors.push(finding(tree, 'SCHEMA_VIOLATION', leaf.path, leaf.message));
        return verdict;
    }
    // 4 cross-field
    const cross = crossFieldChecks(model, bundle.absDir, opts.workspace, opts.files);
    verdict.referencedFiles = cross.referencedFiles;
    for (const f of cross.errors)
        verdict.errors.push(finding(tree, f.code, f.path, f.message));
    for (const f of cross.warnings)
        verdict.warnings.push(finding(tree, f.code, f.path, f.message));
    if (cross.errors.length > 0)
        return verdict;
    // 5 policy
    for (const p of policyChecks(model, doc, cross.policies, opts.unresolvedPolicyRefs)) {
        (p.severity === 'error' ? verdict.errors : verdict.warnings).push(finding(tree, p.code, p.path, p.message, p.anchor));
    }
    return verdict;
}
const profileV2 = { id: '2.0', validate: validateV2 };


/***/ }),

/***/ 49913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/** The one sha256: file identities, plugin checksums, cache keys, content keys. */



/** Lowercase hex sha256 of bytes or of a string's UTF-8. */
function sha256(data) {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(data).digest('hex');
}
/** Lowercase hex sha256 of a file, streamed (plugin executables and archives can be large). */
async function sha256File(file) {
    const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_fs__WEBPACK_IMPORTED_MODULE_1___default().createReadStream(file), hash);
    return hash.digest('hex');
}


/***/ })

};

//# sourceMappingURL=67.index.js.map