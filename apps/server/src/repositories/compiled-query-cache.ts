import { type Compilable, CompiledQuery, type Kysely, type RawBuilder } from "kysely";

/**
 * SQL texts compiled by `compiledOnce`: a bounded set of fixed shapes, which the PostgreSQL pool
 * (create-database.ts) runs as named prepared statements, so each is parsed and planned once per
 * connection instead of on every request.
 */
const preparedNames = new Map<string, string>();

/** The prepared statement name for a compiledOnce SQL text, or undefined for any other text. */
export function preparedStatementName(sqlText: string): string | undefined {
  return preparedNames.get(sqlText);
}

/**
 * Compiles a query shape once and reuses its SQL with new parameter values. For the queries every
 * request runs (the session lookup, a roster page), building and compiling the query costs as much
 * as the database takes to run it. The builder is called once with marker values; their positions in
 * the compiled parameters tell where each argument goes (an argument may be bound more than once, or
 * not at all in a shape that does not use it), so the SQL stays whatever the dialect produced.
 * Arguments must only ever be bound as values, and nothing else may be.
 */
export function compiledOnce<Args extends (string | number)[], Row>(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema; the row type is given by the caller
  db: Kysely<any>,
  arity: Args["length"],
  build: (...args: Args) => Compilable<Row> | RawBuilder<Row>,
): (...args: Args) => Promise<Row[]> {
  const markers = Array.from({ length: arity }, (_, index) => `\u0000compiled-once-${index}\u0000`);
  const built = build(...(markers as Args));
  const compiled = "isRawBuilder" in built ? built.compile(db) : built.compile();
  const positions = compiled.parameters.map((parameter) => markers.indexOf(parameter as string));
  if (positions.some((position) => position === -1)) {
    throw new Error("compiledOnce: only the arguments may be bound parameters");
  }
  if (!preparedNames.has(compiled.sql)) preparedNames.set(compiled.sql, `bs_${preparedNames.size + 1}`);
  return async (...args: Args) => {
    const query = CompiledQuery.raw(
      compiled.sql,
      positions.map((position) => args[position]),
    );
    const result = await db.executeQuery<Row>(query);
    return result.rows;
  };
}
