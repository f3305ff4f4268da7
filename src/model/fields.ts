type Absent = null | undefined;
/** Fields that may be absent (null or undefined) become optional; the others stay required. */
export type Defined<T> = { [K in keyof T as Extract<T[K], Absent> extends never ? K : never]: T[K] } & {
  [K in keyof T as Extract<T[K], Absent> extends never ? never : K]?: Exclude<T[K], Absent>;
};

/** Only the fields that are given: Neo4j stores no nulls, and an absent field must not erase a stored one. */
export function withoutNulls<T extends object>(fields: T): Defined<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== null),
  ) as Defined<T>;
}
