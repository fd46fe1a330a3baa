/** The server clock, injected so tests and the plan engine never depend on the real time. */
export interface Clock {
  now: () => Date;
}

export const systemClock: Clock = { now: () => new Date() };
