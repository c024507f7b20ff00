// Types the entries add on top of the builds' generated declarations, derived from them (no
// Rust type is repeated here): the form of each kind, the text paths of its fields (so that
// TypeScript refuses a misspelt path, as the module does at run time), the classes typed per
// kind, and the Standard Schemas. assemble.mjs writes this file next to each entry, with the
// build it names ("./web/maatwerk.js", or "./node/maatwerk.cjs" for Node).
import type { Application, Delta, Issue, Kind, Options, ProviderRegistration, Report, Supervisor, SupportPlan } from "./web/maatwerk.js";

/** The form each kind validates. */
export interface Forms {
    application: Application;
    providerRegistration: ProviderRegistration;
    supportPlan: SupportPlan;
    supervisor: Supervisor;
}

/** The form of one kind. */
export type FormOf<K extends Kind> = Forms[K];

type Below<T, Row extends string> = T extends readonly (infer Item)[]
    ? `[${Row}]` | `[${Row}]${Below<NonNullable<Item>, Row>}`
    : T extends object
      ? { [Key in keyof T & string]-?: `.${Key}` | `.${Key}${Below<NonNullable<T[Key]>, Row>}` }[keyof T & string]
      : never;
type Unprefixed<P> = P extends `.${infer Path}` ? Path : never;

/**
 * Every field of a kind's form as a text path, as `Issue.field` writes it:
 * `"experience"`, `"experience[${number}].from"`, `"supervisor.diplomas[${number}].code"`.
 */
export type FieldPath<K extends Kind> = Unprefixed<Below<FormOf<K>, `${number}`>>;

/**
 * A field of a kind's form, or of every row of its lists, as `attachForm`'s `fieldNames` map a
 * control to it: a {@link FieldPath}, or one with `[*]` for the row the control's name gives
 * (`"experience[*].from"`).
 */
export type FieldPattern<K extends Kind> = Unprefixed<Below<FormOf<K>, `${number}` | "*">>;

/** A field of a kind's form: its text path, or the path as segments (keys and indexes). */
export type PathOf<K extends Kind> = FieldPath<K> | readonly (string | number)[];

/**
 * The issues at or under `path` in a form of `kind`, with the cross-field issues that involve
 * it. A path that names no field of the form throws an `Error`.
 */
export declare function validateField<K extends Kind>(kind: K, form: FormOf<K>, path: PathOf<K>, options?: Options): Issue[];

/** A form of one kind being edited inside the module (the build's `Session`, typed per kind). */
export interface TypedSession<K extends Kind> {
    /**
     * Gives the field at `path` a new value (`undefined` or `null` clears it) and answers with
     * what changed. A path that names no field of the form throws an `Error`.
     */
    set(path: PathOf<K>, value: unknown): Delta;
    /** The issues at or under `path`, and the cross-field issues that involve it. */
    issuesAt(path: PathOf<K>): Issue[];
    /** The report on the form as it stands. */
    report(): Report;
    /** Gives the module's memory for the session back. */
    free(): void;
    /** `free()`, for `using`. */
    [Symbol.dispose](): void;
}

/** A validator of one kind (the build's `Validator`, typed per kind). */
export interface TypedValidator<K extends Kind> {
    /** The report on a form. */
    validate(form: FormOf<K>): Report;
    /** The issues at or under `path` in a form; a path that names no field throws. */
    issuesAt(form: FormOf<K>, path: PathOf<K>): Issue[];
    /** A session on a form: the form stays in the module; `set` changes one field. */
    session(form: FormOf<K>): TypedSession<K>;
    /** Gives the module's memory for the validator back. */
    free(): void;
    /** `free()`, for `using`. */
    [Symbol.dispose](): void;
}

/** The build's `Validator` class, typed per kind. */
export interface TypedValidatorConstructor {
    /** A validator of `kind` forms with `options`, read once. */
    new <K extends Kind>(kind: K, options?: Options): TypedValidator<K>;
    readonly prototype: TypedValidator<Kind>;
}

/** A Standard Schema v1 (standardschema.dev), structurally; no dependency needed. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
    readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

/** The parts of a Standard Schema v1. */
export declare namespace StandardSchemaV1 {
    /** The `~standard` property. */
    interface Props<Input = unknown, Output = Input> {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
        readonly types?: Types<Input, Output> | undefined;
    }
    /** Options a caller may pass; maatwerk reads none. */
    interface Options {
        readonly libraryOptions?: Record<string, unknown> | undefined;
    }
    /** What `validate` answers. */
    type Result<Output> = SuccessResult<Output> | FailureResult;
    /** No error: the value as given. */
    interface SuccessResult<Output> {
        readonly value: Output;
        readonly issues?: undefined;
    }
    /** At least one error. */
    interface FailureResult {
        readonly issues: ReadonlyArray<Issue>;
    }
    /** One error: its message and the field's path. */
    interface Issue {
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
    }
    /** A path segment as an object. */
    interface PathSegment {
        readonly key: PropertyKey;
    }
    /** The input and output types, for inference. */
    interface Types<Input = unknown, Output = Input> {
        readonly input: Input;
        readonly output: Output;
    }
    /** The input type of a schema. */
    type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
    /** The output type of a schema: the form. */
    type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/** The Standard Schema of one kind's form. */
export type FormSchema<K extends Kind> = StandardSchemaV1<FormOf<K>, FormOf<K>>;

/** The four forms' Standard Schemas, with the default options (Dutch, as of today). */
export type Schemas = { readonly [K in Kind]: FormSchema<K> };

/**
 * The Standard Schema of a kind with options (`{ locale: "fr" }`, an `asOf` date, parameters):
 * only errors fail the form. Validating needs the module loaded (`await init()` in a browser)
 * and throws an `Error` that says so before.
 */
export declare function schema<K extends Kind>(kind: K, options?: Options): FormSchema<K>;
