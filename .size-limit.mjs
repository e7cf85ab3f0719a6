// size-limit's checks: every budget row of scripts/size-budgets.mjs (`npm run build` ends with
// scripts/check-size.mjs, which runs size-limit after building each widget alone).
import { sizeChecks } from "./scripts/size-budgets.mjs";

export default sizeChecks();
