// Entry of the import decoding threads (piscina). The workspace ships TypeScript sources, and a worker
// thread starts without the main thread's loader hooks, so tsx is registered here again; this file is
// plain JavaScript so Node can load it before that. It works the same under `npm start` and vitest.
import { register } from "tsx/esm/api";

register();
const { decodeTask } = await import("./import-decode-task.ts");

export default decodeTask;
