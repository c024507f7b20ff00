/**
 * @param {Document} document
 * @param {string} text
 */
export function setTitle(document: Document, text: string): void;
export function elementsOf(form: HTMLFormElement): HTMLFormControlsCollection;
export function documentOf(node: Node): Document;
export function attribute(element: Element, name: string): string | null;
export function setAttribute(element: Element, name: string, value: string): void;
export function removeAttribute(element: Element, name: string): void;
export function closest(element: Element, selector: string): Element | null;
export function queryAll(element: Element, selector: string): Element[];
export function prepend(parent: Element, child: Node): void;
export function contains(node: Node, other: Node | null): boolean;
export function listen(target: EventTarget, type: string, listener: EventListener, capture?: boolean): void;
export function unlisten(target: EventTarget, type: string, listener: EventListener, capture?: boolean): void;
export function dispatch(target: EventTarget, event: Event): boolean;
export function byId(document: Document, id: string): HTMLElement | null;
export function create<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K): HTMLElementTagNameMap[K];
export function titleOf(document: Document): string;
