// The pseudo-locale: every string with accented letters, about 40% longer, and brackets at both
// ends, placeholders kept. A page in it shows at a glance what would break in a real translation:
// text cut off or overlapping when words run longer (German, Vietnamese, Russian run 30–40%
// longer than English), letters a font lacks, and any string the translation missed (no brackets).
// `il2-widgets locale pseudo` builds it as a pack, and the tests use it (with `ar-XB`, right to
// left, for the layout tests). Pure (no Node, no DOM).
import type { LocaleText } from "../../generated/locale-text.js";
import { textUnits, textFromUnits } from "./units.js";
import { textDirection, type PackData } from "./pack.js";

/** Each letter and its accented stand-in. */
const ACCENTED: Record<string, string> = Object.fromEntries(
  "aábƀcçdðeéfƒgĝhĥiîjĵkķlļmɱnñoöpþqǫrŕsštţuûvṽwŵxẋyýzžAÅBƁCÇDÐEÉFƑGĜHĤIÎJĴKĶLĻMṀNÑOÖPÞQǪRŔSŠTŢUÛVṼWŴXẊYÝZŽ"
    .match(/../gu)!
    .map((pair) => [...pair] as [string, string]),
);

/** Words that lengthen a string, in accented letters so they wrap like text. */
const FILLER = "ļöŕéɱ îþšûɱ ðöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åðîþîšçîñĝ éļîţ";

/** The opening and closing marks of a pseudo-translated string. */
export const PSEUDO_OPEN = "[";
export const PSEUDO_CLOSE = "]";

/** `text` pseudo-translated: accented, about 40% longer, bracketed; `{placeholders}` kept. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((piece, index) =>
      index % 2 ? piece : [...piece].map((ch) => ACCENTED[ch] ?? ch).join(""),
    )
    .join("");
  // About 40% more letters: words where the text has words (so lines wrap as they would), one
  // long word for a file name.
  const extra = Math.ceil(text.replace(/\{\w+\}/g, "").length * 0.4);
  const spaced = /\s/.test(text);
  const words = FILLER.split(" ");
  let padding = "";
  for (let index = 0; padding.length < extra; index += 1)
    padding += (spaced ? " " : "-") + words[index % words.length]!;
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}

/**
 * The pseudo-locale as a pack for `tag` (`qps-ploc` by default; `ar-XB` reads right to left): a
 * draft, so its cards show the (pseudo) "not reviewed yet" line too.
 */
export function pseudoPack(
  english: LocaleText,
  {
    tag = "qps-ploc",
    packageName,
    source,
  }: { tag?: string; packageName: string; source: string },
): PackData {
  const units = textUnits(english, tag);
  const translated = new Map(
    units.map((unit) => [unit.id, pseudoText(unit.source)]),
  );
  const text = textFromUnits(english, units, translated);
  const dir = textDirection(tag);
  text.common = {
    ...text.common,
    intlLocale: tag,
    ...(dir === "rtl" ? { dir } : {}),
    draftNote: translated.get("common.draftNote")!,
  };
  return {
    format: 1,
    language: tag.split("-")[0]!.toLowerCase(),
    tag,
    dir,
    package: packageName,
    source,
    review: null,
    text,
  };
}
