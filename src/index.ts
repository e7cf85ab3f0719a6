// The package entry: element classes and helpers, with no side effects. Importing this module
// defines no elements; import `il2-widgets/overview` (etc.) or the bundle for that.
export { Il2Card } from './shared/card.js';
export { Il2Overview, type Il2SectionToggleDetail } from './overview/overview.js';
export { defineElement } from './shared/define.js';
export { registerLocale, availableLanguages } from './i18n/locale.js';
export type { LocaleText, CommonText } from './i18n/locale-text.js';
export type { OverviewText, OverviewSectionId } from './overview/overview-text.js';
