// Decides which of a host's phone numbers and hours the side-effects card may show. The card never
// invents a number (L12): it shows the emergency number (911 unless the host sets another) and
// only the numbers a host gave that read as phone numbers; anything else is refused, so a reader
// never meets a broken or misleading number. Pure: no DOM, never throws.
import type { Parsed } from "../shared/attributes.js";

export interface Refusable<T> extends Parsed<T> {
  /**
   * Why the value was refused, for a developer warning (development builds only: `false` in the
   * files a reader's page loads, which leave the words out); absent when it is usable.
   */
  problem?: string | false;
}

/** A host's phone number as the card shows it, and the `tel:` address it links to. */
export interface PhoneNumber {
  /** As the host wrote it, spaces tidied: `(555) 010-0100`. */
  text: string;
  /** `tel:` with the digits only, and a leading `+` when the host wrote one. */
  href: string;
}

/** The emergency number when a host sets none (the U.S. one, as the text says: L12). */
export const DEFAULT_EMERGENCY_NUMBER = "911";

/** Longest phone number accepted, in characters. */
export const MAX_PHONE_LENGTH = 30;
/** Longest hours text accepted, in characters: one short line on the card and the fridge sheet. */
export const MAX_HOURS_LENGTH = 160;

/** Digits, spaces and `( ) - .`, with a `+` only at the start: how phone numbers are written. */
const PHONE = /^\+?[\d ().-]+$/;
/** Digits with spaces or hyphens between them (`112`, `1-1-2`): an emergency number is short. */
const EMERGENCY = /^\d(?:[\d -]*\d)?$/;

const tidy = (text: string) => text.trim().replace(/\s+/g, " ");
const digitsIn = (text: string) => text.replace(/\D/g, "").length;
const refuse = <T>(value: T, problem: string | false): Refusable<T> => ({
  value,
  valid: false,
  problem,
});

/**
 * A host's phone number (`care-team-phone`, `after-hours-phone`).
 * - Not set (`null`, `undefined`, empty or only spaces): no number, and `valid`.
 * - Accepted: text of digits, spaces and `( ) - .`, with an optional `+` first, holding 3 to 15
 *   digits (15 is the longest international number), at most {@link MAX_PHONE_LENGTH} characters.
 * - Refused (no number, with a `problem`): anything else: letters (`ext. 12`, `call us`), other
 *   symbols, markup, too few or too many digits, and values that are not text.
 */
export function parsePhone(input: unknown): Refusable<PhoneNumber | undefined> {
  if (input == null) return { value: undefined, valid: true };
  if (typeof input !== "string")
    return refuse(undefined, IL2_DEV && `is a ${typeof input}, not text`);
  const text = tidy(input);
  if (text === "") return { value: undefined, valid: true };
  if (text.length > MAX_PHONE_LENGTH)
    return refuse(
      undefined,
      IL2_DEV && `is longer than ${MAX_PHONE_LENGTH} characters`,
    );
  if (!PHONE.test(text))
    return refuse(
      undefined,
      IL2_DEV && "may hold only digits, spaces and ( ) - . with a + first",
    );
  const digits = digitsIn(text);
  if (digits < 3 || digits > 15)
    return refuse(undefined, IL2_DEV && "needs 3 to 15 digits");
  const plus = text.startsWith("+") ? "+" : "";
  return {
    value: { text, href: `tel:${plus}${text.replace(/\D/g, "")}` },
    valid: true,
  };
}

/**
 * The emergency number (`emergency-number`). Not set (or empty): 911, and `valid`. Accepted: 2 to
 * 6 digits, with spaces or hyphens between them (`112`, `000`, `1-1-2`), at most 12 characters.
 * Anything else is refused and 911 is used, so the card always names an emergency number.
 */
export function parseEmergencyNumber(input: unknown): Refusable<string> {
  if (input == null) return { value: DEFAULT_EMERGENCY_NUMBER, valid: true };
  if (typeof input !== "string")
    return refuse(
      DEFAULT_EMERGENCY_NUMBER,
      IL2_DEV && `is a ${typeof input}, not text`,
    );
  const text = tidy(input);
  if (text === "") return { value: DEFAULT_EMERGENCY_NUMBER, valid: true };
  const digits = digitsIn(text);
  if (text.length > 12 || !EMERGENCY.test(text) || digits < 2 || digits > 6)
    return refuse(
      DEFAULT_EMERGENCY_NUMBER,
      IL2_DEV && "is not an emergency number (2 to 6 digits)",
    );
  return { value: text, valid: true };
}

/**
 * The hours a host's number answers (`care-team-hours`), shown as plain text as the host wrote
 * it. Not set (or empty): none, and `valid`. Refused: values that are not text, longer than
 * {@link MAX_HOURS_LENGTH} characters, or holding `<` or `>` (markup, which the card would show
 * as its raw characters).
 */
export function parseHours(input: unknown): Refusable<string | undefined> {
  if (input == null) return { value: undefined, valid: true };
  if (typeof input !== "string")
    return refuse(undefined, IL2_DEV && `is a ${typeof input}, not text`);
  const text = tidy(input);
  if (text === "") return { value: undefined, valid: true };
  if (text.length > MAX_HOURS_LENGTH)
    return refuse(
      undefined,
      IL2_DEV && `is longer than ${MAX_HOURS_LENGTH} characters`,
    );
  if (/[<>]/.test(text))
    return refuse(
      undefined,
      IL2_DEV && "looks like markup; the card shows text only",
    );
  return { value: text, valid: true };
}
