/** The attribute a summary link carries: the id of the element it focuses. */
export const FOCUS: "data-maatwerk-focus";
/**
 * One entry: the message, the id of the control it links to (`null` for an error about the
 * whole form), and the link's text when it is not the message alone (render.js makes texts
 * unique).
 * @typedef {{ target: string | null, message: string, text?: string }} Item
 */
/**
 * The summary's own words and their languages: `titleLang` is the options' locale for the
 * binding's own title, `null` (the page's language) for a title the page gave; `lang` is the
 * messages' language.
 * @typedef {{ title: string, titleLang: string | null, lang: string }} Words
 */
/**
 * @typedef {object} Shown
 * @property {HTMLElement} element
 * @property {HTMLElement} title
 * @property {HTMLElement} list
 * @property {Item[]} items
 */
/** The summary on the page, if any. */
export class Summary {
    /**
     * Shows `items` under the title, or removes the summary when there are none. The summary is
     * the first child of `holder` (the form, or the page's `summaryContainer`).
     * @param {Element} holder
     * @param {Document} document
     * @param {string} prefix
     * @param {Words} words
     * @param {Item[]} items
     */
    apply(holder: Element, document: Document, prefix: string, { title, titleLang, lang }: Words, items: Item[]): void;
    /** The summary element, to move focus to. */
    get element(): HTMLElement | null;
    /**
     * Whether `node` lies inside the summary.
     * @param {Node} node
     */
    contains(node: Node): boolean;
    /** Removes the summary. */
    clear(): void;
    #private;
}
/**
 * One entry: the message, the id of the control it links to (`null` for an error about the
 * whole form), and the link's text when it is not the message alone (render.js makes texts
 * unique).
 */
export type Item = {
    target: string | null;
    message: string;
    text?: string;
};
/**
 * The summary's own words and their languages: `titleLang` is the options' locale for the
 * binding's own title, `null` (the page's language) for a title the page gave; `lang` is the
 * messages' language.
 */
export type Words = {
    title: string;
    titleLang: string | null;
    lang: string;
};
export type Shown = {
    element: HTMLElement;
    title: HTMLElement;
    list: HTMLElement;
    items: Item[];
};
