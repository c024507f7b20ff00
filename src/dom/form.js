// The form and its document, reached through the platform's prototypes. A `<form>` exposes its
// controls as properties named after them, and those names win over the form's own
// properties: a control named `elements`, `id`, `ownerDocument`, `addEventListener` or
// `submit` replaces `form.elements`, `form.id`, ... for every script. A document does the same
// for named forms and images. The prototype's getter or method, applied to the element, cannot
// be shadowed. The prototypes are looked up at the call, so importing this module needs no DOM.

/**
 * The getter of `name` on `proto`.
 * @param {object} proto
 * @param {string} name
 * @returns {() => unknown}
 */
function getter(proto, name) {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`the browser has no ${name} getter`);
  return get;
}

/**
 * The form's controls, in document order.
 * @param {HTMLFormElement} form
 * @returns {HTMLFormControlsCollection}
 */
export const elementsOf = (form) =>
  /** @type {HTMLFormControlsCollection} */ (Reflect.apply(getter(HTMLFormElement.prototype, "elements"), form, []));

/**
 * The document an element belongs to.
 * @param {Node} node
 * @returns {Document}
 */
export const documentOf = (node) => /** @type {Document} */ (Reflect.apply(getter(Node.prototype, "ownerDocument"), node, []));

/**
 * @param {Element} element
 * @param {string} name
 * @returns {string | null}
 */
export const attribute = (element, name) => Reflect.apply(Element.prototype.getAttribute, element, [name]);

/**
 * @param {Element} element
 * @param {string} name
 * @param {string} value
 */
export const setAttribute = (element, name, value) => Reflect.apply(Element.prototype.setAttribute, element, [name, value]);

/**
 * @param {Element} element
 * @param {string} name
 */
export const removeAttribute = (element, name) => Reflect.apply(Element.prototype.removeAttribute, element, [name]);

/**
 * The element or its nearest ancestor that matches `selector`.
 * @param {Element} element
 * @param {string} selector
 * @returns {Element | null}
 */
export const closest = (element, selector) => Reflect.apply(Element.prototype.closest, element, [selector]);

/**
 * @param {Element} element
 * @param {string} selector
 * @returns {Element[]}
 */
export const queryAll = (element, selector) => [...Reflect.apply(Element.prototype.querySelectorAll, element, [selector])];

/**
 * Puts `child` first in `parent`.
 * @param {Element} parent
 * @param {Node} child
 */
export const prepend = (parent, child) => Reflect.apply(Element.prototype.prepend, parent, [child]);

/**
 * Whether `other` is `node` or lies inside it.
 * @param {Node} node
 * @param {Node | null} other
 * @returns {boolean}
 */
export const contains = (node, other) => Reflect.apply(Node.prototype.contains, node, [other]);

/**
 * @param {EventTarget} target
 * @param {string} type
 * @param {EventListener} listener
 * @param {boolean} [capture]
 */
export const listen = (target, type, listener, capture = false) =>
  Reflect.apply(EventTarget.prototype.addEventListener, target, [type, listener, capture]);

/**
 * @param {EventTarget} target
 * @param {string} type
 * @param {EventListener} listener
 * @param {boolean} [capture]
 */
export const unlisten = (target, type, listener, capture = false) =>
  Reflect.apply(EventTarget.prototype.removeEventListener, target, [type, listener, capture]);

/**
 * @param {EventTarget} target
 * @param {Event} event
 */
export const dispatch = (target, event) => Reflect.apply(EventTarget.prototype.dispatchEvent, target, [event]);

/**
 * @param {Document} document
 * @param {string} id
 * @returns {HTMLElement | null}
 */
export const byId = (document, id) => Reflect.apply(Document.prototype.getElementById, document, [id]);

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} document
 * @param {K} tag
 * @returns {HTMLElementTagNameMap[K]}
 */
export const create = (document, tag) =>
  /** @type {HTMLElementTagNameMap[K]} */ (/** @type {unknown} */ (Reflect.apply(Document.prototype.createElement, document, [tag])));

/**
 * The document's title (a form or image named `title` shadows `document.title`).
 * @param {Document} document
 * @returns {string}
 */
export const titleOf = (document) => /** @type {string} */ (Reflect.apply(getter(Document.prototype, "title"), document, []));

/**
 * @param {Document} document
 * @param {string} text
 */
export function setTitle(document, text) {
  const set = Object.getOwnPropertyDescriptor(Document.prototype, "title")?.set;
  if (!set) throw new Error("the browser has no title setter");
  Reflect.apply(set, document, [text]);
}
