export const id = 948;
export const ids = [948];
export const modules = {

/***/ 45948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandOutputTemplate: () => (/* binding */ expandOutputTemplate),
/* harmony export */   planJobs: () => (/* binding */ planJobs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40405);
/**
 * The job list: every contract × every plugin, in contract order then plugin order, with its
 * final output directory. Invalid contracts are planned too (as skipped) so the report has a
 * row for each pair.
 */


/** Fills `{bundle}`, `{service}`, `{version}` and `{plugin}`; returns a `/`-separated relative path. */
function expandOutputTemplate(template, values) {
    const filled = template.replace(/\{(bundle|service|version|plugin)\}/g, (_m, key) => values[key]);
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(filled.replace(/\\/g, '/'));
    return normal.replace(/\/+$/, '') || '.';
}
/** Why a final output directory is not acceptable, or null. */
function outputDirProblem(rel, abs, workingDirectory) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) || !(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .F)(workingDirectory, abs)) {
        return `output directory "${rel}" is outside the working directory`;
    }
    return null;
}
/** Why a feeding plugin's output directory is not acceptable: it must be its bundle or inside it. */
function feedDirProblem(rel, abs, bundleAbs, bundle) {
    if ((0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .F)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(bundleAbs), abs))
        return null;
    return `output directory "${rel}" is outside the bundle ${bundle}: a plugin with feeds-contract: true writes into its own bundle ({bundle} or a directory inside it)`;
}
function planJobs(contracts, plugins, options) {
    const planned = [];
    for (const contract of contracts) {
        for (const plugin of plugins) {
            // A feeding plugin's outputs belong to the bundle (pacto generate <plugin> services/x -o services/x).
            const template = plugin.spec.output ?? (plugin.spec.feedsContract ? '{bundle}' : options.outputDir);
            const outputDir = expandOutputTemplate(template, {
                bundle: contract.bundle,
                service: contract.service ?? '',
                version: contract.version ?? '',
                plugin: plugin.name,
            });
            const absOutputDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.workingDirectory, outputDir);
            const job = { index: planned.length, contract, plugin, absOutputDir, outputDir };
            const parsed = contract.contractJson !== null || contract.requestError !== undefined;
            if (!contract.valid && !(options.parsedSuffices && parsed)) {
                planned.push({ job, skip: options.parsedSuffices ? 'the contract does not parse' : 'the contract is invalid', error: false });
                continue;
            }
            if (contract.contractJson === null) {
                // Valid, yet not encodable as JSON (a mapping key that is not a string): Pacto fails here too.
                planned.push({
                    job,
                    skip: contract.requestError ?? 'failed to marshal plugin input: the contract cannot be encoded as JSON',
                    error: true,
                });
                continue;
            }
            const problem = outputDirProblem(outputDir, absOutputDir, options.workingDirectory) ??
                (plugin.spec.feedsContract ? feedDirProblem(outputDir, absOutputDir, contract.absDir, contract.bundle) : null);
            planned.push({ job, skip: problem, error: problem !== null });
        }
    }
    return planned;
}


/***/ })

};

//# sourceMappingURL=948.index.js.map