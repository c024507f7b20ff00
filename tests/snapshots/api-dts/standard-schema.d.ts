/**
 * The Standard Schema of `kind` on one build, with `options`. Validating is synchronous and
 * needs the module loaded: in a browser `await init()` first; a validation before that throws
 * an Error that says so (in Node the module loads with the package).
 *
 * @param {Record<string, any>} build
 * @param {string} kind
 * @param {unknown} [options]
 */
export function schemaOf(build: Record<string, any>, kind: string, options?: unknown): Readonly<{
    "~standard": Readonly<{
        version: 1;
        vendor: "maatwerk";
        /** @param {unknown} value */
        validate(value: unknown): {
            issues: {
                message: string;
            }[];
            value?: undefined;
        } | {
            value: unknown;
            issues?: undefined;
        } | {
            issues: {
                message: string;
                path: (string | number)[];
            }[];
            value?: undefined;
        };
    }>;
}>;
/**
 * The four kinds' schemas on one build, with the default options. Creating them calls nothing
 * in the module, so an entry can create them when it loads (and a bundler drop them unused).
 *
 * @param {Record<string, any>} build
 */
export function schemasOf(build: Record<string, any>): Readonly<{
    application: Readonly<{
        "~standard": Readonly<{
            version: 1;
            vendor: "maatwerk";
            /** @param {unknown} value */
            validate(value: unknown): {
                issues: {
                    message: string;
                }[];
                value?: undefined;
            } | {
                value: unknown;
                issues?: undefined;
            } | {
                issues: {
                    message: string;
                    path: (string | number)[];
                }[];
                value?: undefined;
            };
        }>;
    }>;
    providerRegistration: Readonly<{
        "~standard": Readonly<{
            version: 1;
            vendor: "maatwerk";
            /** @param {unknown} value */
            validate(value: unknown): {
                issues: {
                    message: string;
                }[];
                value?: undefined;
            } | {
                value: unknown;
                issues?: undefined;
            } | {
                issues: {
                    message: string;
                    path: (string | number)[];
                }[];
                value?: undefined;
            };
        }>;
    }>;
    supportPlan: Readonly<{
        "~standard": Readonly<{
            version: 1;
            vendor: "maatwerk";
            /** @param {unknown} value */
            validate(value: unknown): {
                issues: {
                    message: string;
                }[];
                value?: undefined;
            } | {
                value: unknown;
                issues?: undefined;
            } | {
                issues: {
                    message: string;
                    path: (string | number)[];
                }[];
                value?: undefined;
            };
        }>;
    }>;
    supervisor: Readonly<{
        "~standard": Readonly<{
            version: 1;
            vendor: "maatwerk";
            /** @param {unknown} value */
            validate(value: unknown): {
                issues: {
                    message: string;
                }[];
                value?: undefined;
            } | {
                value: unknown;
                issues?: undefined;
            } | {
                issues: {
                    message: string;
                    path: (string | number)[];
                }[];
                value?: undefined;
            };
        }>;
    }>;
}>;
export type Found = {
    message: string;
    path: (string | number)[];
    portalPath?: string;
};
