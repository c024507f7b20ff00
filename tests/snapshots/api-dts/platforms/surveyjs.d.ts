/** @typedef {import("../web/maatwerk.js").Kind} Kind */
/** @typedef {import("../web/maatwerk.js").Locale} Locale */
/** @typedef {import("../web/maatwerk.js").Mapping} Mapping */
/** @typedef {import("../web/maatwerk.js").Report} Report */
/** @typedef {import("../web/maatwerk.js").Issue} Issue */
/**
 * What `attachSurvey` takes: the portal's mapping, and the validators' options.
 *
 * @typedef {object} SurveyOptions
 * @property {Mapping} mapping the portal's names and values <-> the wire (see the package's docs)
 * @property {string} [asOf] the date of the verdict, `YYYY-MM-DD`; default today
 * @property {Locale} [locale] the language of the messages; default Dutch
 */
/**
 * The part of a SurveyJS question this uses.
 *
 * @typedef {object} SurveyQuestion
 * @property {() => string} getValueName its key in the data
 * @property {SurveyQuestion | null | undefined} parentQuestion the dynamic panel it is in
 * @property {unknown} parent its panel
 * @property {unknown[]} [panels] a dynamic panel's panels, in data order
 * @property {{ maatwerk?: boolean }[]} errors the errors it shows
 * @property {(fireCallback?: boolean) => boolean} validate
 */
/**
 * A SurveyJS event.
 *
 * @template T
 * @typedef {{ add(handler: (sender: unknown, options: T) => void): void, remove(handler: (sender: unknown, options: T) => void): void }} SurveyEvent
 */
/**
 * The part of a SurveyJS `SurveyModel` this uses.
 *
 * @typedef {object} SurveyModel
 * @property {Record<string, unknown>} data the answers, in the portal's shape
 * @property {(visibleOnly: boolean, includeDesignTime: boolean, includeNested: boolean) => SurveyQuestion[]} getAllQuestions
 * @property {(message: string, type: string) => void} notify
 * @property {SurveyEvent<{ question: SurveyQuestion, errors: unknown[] }>} onValidateQuestion
 * @property {SurveyEvent<{ allow: boolean }>} onCompleting
 * @property {SurveyEvent<unknown>} onValueChanged
 * @property {SurveyEvent<unknown>} onDynamicPanelValueChanged
 * @property {SurveyEvent<unknown>} onDynamicPanelRemoved
 */
/**
 * What `attachSurvey` returns.
 *
 * @typedef {object} SurveyHandle
 * @property {() => Report | null} report the report of the survey's answers as they are
 * @property {() => void} detach stops validating (the messages shown go at the next validation)
 */
/**
 * Validates a SurveyJS survey with maatwerk whenever SurveyJS validates a question, showing
 * the issues as the questions' own errors; SurveyJS then refuses to complete while errors remain.
 *
 * @param {SurveyModel} survey the survey (`new Model(json)`)
 * @param {Kind} kind which form it is: "application", "providerRegistration", "supportPlan", "supervisor"
 * @param {SurveyOptions} options `{ mapping, asOf?, locale? }`; a mapping that names no field throws here
 * @returns {SurveyHandle}
 */
export function attachSurvey(survey: SurveyModel, kind: Kind, options: SurveyOptions): SurveyHandle;
export type Kind = import("../web/maatwerk.js").Kind;
export type Locale = import("../web/maatwerk.js").Locale;
export type Mapping = import("../web/maatwerk.js").Mapping;
export type Report = import("../web/maatwerk.js").Report;
export type Issue = import("../web/maatwerk.js").Issue;
/**
 * What `attachSurvey` takes: the portal's mapping, and the validators' options.
 */
export type SurveyOptions = {
    /**
     * the portal's names and values <-> the wire (see the package's docs)
     */
    mapping: Mapping;
    /**
     * the date of the verdict, `YYYY-MM-DD`; default today
     */
    asOf?: string | undefined;
    /**
     * the language of the messages; default Dutch
     */
    locale?: import("../web/maatwerk.js").Locale | undefined;
};
/**
 * The part of a SurveyJS question this uses.
 */
export type SurveyQuestion = {
    /**
     * its key in the data
     */
    getValueName: () => string;
    /**
     * the dynamic panel it is in
     */
    parentQuestion: SurveyQuestion | null | undefined;
    /**
     * its panel
     */
    parent: unknown;
    /**
     * a dynamic panel's panels, in data order
     */
    panels?: unknown[] | undefined;
    /**
     * the errors it shows
     */
    errors: {
        maatwerk?: boolean;
    }[];
    validate: (fireCallback?: boolean) => boolean;
};
/**
 * A SurveyJS event.
 */
export type SurveyEvent<T> = {
    add(handler: (sender: unknown, options: T) => void): void;
    remove(handler: (sender: unknown, options: T) => void): void;
};
/**
 * The part of a SurveyJS `SurveyModel` this uses.
 */
export type SurveyModel = {
    /**
     * the answers, in the portal's shape
     */
    data: Record<string, unknown>;
    getAllQuestions: (visibleOnly: boolean, includeDesignTime: boolean, includeNested: boolean) => SurveyQuestion[];
    notify: (message: string, type: string) => void;
    onValidateQuestion: SurveyEvent<{
        question: SurveyQuestion;
        errors: unknown[];
    }>;
    onCompleting: SurveyEvent<{
        allow: boolean;
    }>;
    onValueChanged: SurveyEvent<unknown>;
    onDynamicPanelValueChanged: SurveyEvent<unknown>;
    onDynamicPanelRemoved: SurveyEvent<unknown>;
};
/**
 * What `attachSurvey` returns.
 */
export type SurveyHandle = {
    /**
     * the report of the survey's answers as they are
     */
    report: () => Report | null;
    /**
     * stops validating (the messages shown go at the next validation)
     */
    detach: () => void;
};
