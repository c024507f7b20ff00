/** The prefix the binding put before the page's title, if any. */
export class TitlePrefix {
    /**
     * Puts `prefix` before the title (replacing the binding's earlier one), or takes it away
     * (`null`). A title the page changed meanwhile keeps its own text.
     * @param {Document} document
     * @param {string | null} prefix
     */
    apply(document: Document, prefix: string | null): void;
    #private;
}
