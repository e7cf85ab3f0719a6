// The all-in-one bundle: defines every element. Built as dist/il2-widgets.js (module) and
// dist/il2-widgets.iife.js (classic script) for pages that paste one script tag.
import './overview/define.js';

export * from './index.js';
