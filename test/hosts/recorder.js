// Loaded first by every host page (a same-origin file, so even the strict CSP page allows it):
// records console warnings and errors, uncaught errors and CSP violations for the test to read.
window.__hostRecord = { warnings: [], errors: [], violations: [] };
const record = window.__hostRecord;
const originalWarn = console.warn.bind(console);
const originalError = console.error.bind(console);
console.warn = (...args) => {
  record.warnings.push(args.map(String).join(" "));
  originalWarn(...args);
};
console.error = (...args) => {
  record.errors.push(args.map(String).join(" "));
  originalError(...args);
};
window.addEventListener("error", (event) =>
  record.errors.push(String(event.message)),
);
window.addEventListener("unhandledrejection", (event) =>
  record.errors.push(String(event.reason)),
);
document.addEventListener("securitypolicyviolation", (event) =>
  record.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
