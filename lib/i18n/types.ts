import type { en } from "./en";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// Gujarati must have exactly the English keys: a missing one fails the build.
export type Dictionary = Widen<typeof en>;
