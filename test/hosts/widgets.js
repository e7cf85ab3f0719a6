// Puts every widget into a host page (a same-origin script, so the strict CSP page allows it).
// `?copies=N` repeats the set N times.
export const ALL_TAGS = [
  "il2-overview",
  "il2-schedule",
  "il2-side-effects",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
  "il2-guide",
];
const copies = Number(new URLSearchParams(location.search).get("copies") ?? 1);
const main = document.querySelector("main");
for (let copy = 0; copy < copies; copy += 1) {
  for (const tag of ALL_TAGS) main.append(document.createElement(tag));
}
