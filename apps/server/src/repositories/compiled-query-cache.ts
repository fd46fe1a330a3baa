import { type Compilable, CompiledQuery, type Kysely } from "kysely";

/**
 * Compiles a query shape once and reuses its SQL with new parameter values. For the queries every
 * request runs (the session lookup), building and compiling the query costs as much as SQLite takes
 * to run it. The builder is called once with marker values; their positions in the compiled
 * parameters tell where each argument goes, so the SQL stays whatever the dialect produced.
 */
export function compiledOnce<Args extends string[], Row>(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema; the row type is given by the caller
  db: Kysely<any>,
  arity: Args["length"],
  build: (...args: Args) => Compilable<Row>,
): (...args: Args) => Promise<Row[]> {
  const markers = Array.from({ length: arity }, (_, index) => `\u0000compiled-once-${index}\u0000`) as Args;
  const compiled = build(...markers).compile();
  const positions = compiled.parameters.map((parameter) => markers.indexOf(parameter as string));
  if (positions.some((position) => position === -1) || new Set(positions).size !== arity) {
    throw new Error("compiledOnce: every argument must appear exactly once as a bound parameter");
  }
  return async (...args: Args) => {
    const query = CompiledQuery.raw(
      compiled.sql,
      positions.map((position) => args[position]),
    );
    const result = await db.executeQuery<Row>(query);
    return result.rows;
  };
}
