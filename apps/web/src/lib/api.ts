import type { ErrorResponse } from "./api-types.ts";

/**
 * Fetch wrapper for the same-origin API. Cookies are HttpOnly, so the app never sees the session; it
 * only echoes the CSRF token in `x-csrf-token` on every change, as the server requires.
 */

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A failed request, with the server's plain-words message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The network itself failed (no signal, server down): the caller keeps the data for later. */
export class NetworkError extends Error {
  constructor() {
    super("No connection to the server. Your entries are kept on this phone.");
    this.name = "NetworkError";
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (body.error) return new ApiError(response.status, body.error.code, body.error.message, body.error.field);
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic message.
  }
  const generic =
    response.status === 401
      ? "Please sign in again."
      : `The server answered ${response.status}. Try again in a moment.`;
  return new ApiError(response.status, response.status === 401 ? "unauthenticated" : "http", generic);
}

/**
 * Makes sure a CSRF token is known before a change is sent. After opening offline from the cached user
 * there is none yet; the session endpoint hands out the current one.
 */
export async function ensureCsrfToken(): Promise<void> {
  if (csrfToken) return;
  const session = await request<{ csrfToken?: string }>("GET", "/api/auth/session");
  // Signed out there is no token; the change that follows then gets the server's 401.
  csrfToken = session.csrfToken ?? null;
}

export async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const init: RequestInit = { method, credentials: "same-origin", headers };
  if (method !== "GET" && method !== "HEAD") {
    if (csrfToken) headers["x-csrf-token"] = csrfToken;
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    // A stale or missing CSRF token (the session was renewed elsewhere): fetch the current one, retry once.
    if (error.code === "csrf" && !retried && method !== "GET") {
      csrfToken = null;
      await ensureCsrfToken();
      return request<T>(method, path, body, true);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T>(path: string, body?: unknown) => request<T>("DELETE", path, body),
};

/**
 * Uploads one file as multipart with progress (fetch cannot report upload progress, XHR can).
 * Resolves with the parsed JSON answer; rejects with ApiError or NetworkError like `request`.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  onProgress: (share: number) => void,
  field = "files",
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as T);
        return;
      }
      const error = (body as Partial<ErrorResponse> | null)?.error;
      const generic =
        xhr.status === 413 ? "The file is larger than the server accepts." : `The server answered ${xhr.status}.`;
      reject(new ApiError(xhr.status, error?.code ?? "http", error?.message ?? generic, error?.field));
    };
    const form = new FormData();
    form.append(field, file, file.name);
    xhr.send(form);
  });
}
