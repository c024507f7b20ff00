/** The en texts of maatwerk 0.1.0, for `loadTexts`. */
declare const table: string;
export = table;
