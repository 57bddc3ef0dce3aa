/**
 * The `functions` entry, loaded by taskpane.html: the task pane and the functions share one runtime.
 * The metadata plugin appends bare CustomFunctions.associate calls to functions.ts, and office.js is
 * what defines CustomFunctions; outside Excel with office.js unreachable (the offline preview
 * fallback) they would throw, so functions.ts loads only where office.js did. "eager" keeps it in
 * this chunk: no request, and it runs in the microtask right after this script.
 */
if (typeof CustomFunctions !== "undefined") void import(/* webpackMode: "eager" */ "./functions");
