export function summaryTitle(locale: Locale): string;
export function severityPrefix(locale: Locale, severity: Severity): string;
export function rowWord(locale: Locale): string;
export type Locale = import("../web/maatwerk.js").Locale;
export type Severity = import("../web/maatwerk.js").Severity;
