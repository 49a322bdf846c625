// An API error text in each wording a client prints it in, for the `explain` tests.

/** The SDKs' error class per HTTP status (the same names in openai-node and openai-python). */
export const ERROR_CLASS: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};

/** Python's repr() of a str, as the Python SDK prints the error body. */
export function pyRepr(text: string): string {
  if (text.includes("'") && !text.includes('"')) return `"${text}"`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export interface ErrorShape {
  /** `null` for a failure in the client, before any request (only the bare text then). */
  status: number | null;
  param?: string | null;
  code?: string | null;
}

/**
 * The bare API message; the Node SDK (`404 <message>`, its error class, a stack line); the Python SDK
 * (v1 `openai.NotFoundError: Error code: 404 - {...}` and v0 `openai.error.InvalidRequestError: ...`);
 * the raw JSON body; a JSON body escaped inside a log line; Ruby's hash inspect.
 */
export function clientForms(shape: ErrorShape, text: string): Record<string, string> {
  const out: Record<string, string> = { message: text };
  if (shape.status === null) return out;
  const { status } = shape;
  const param = shape.param ?? null;
  const code = shape.code ?? null;
  const errorClass = ERROR_CLASS[status] ?? 'APIError';
  const py = (value: string | null) => (value === null ? 'None' : pyRepr(value));
  out.node = `${status} ${text}`;
  out.nodeClass = `${errorClass}: ${status} ${text}`;
  out.nodeError = `Error: ${status} ${text}\n    at APIError.generate (node_modules/openai/core/error.mjs:41:20)`;
  out.python =
    `openai.${ERROR_CLASS[status] ?? 'APIStatusError'}: Error code: ${status} - ` +
    `{'error': {'message': ${pyRepr(text)}, 'type': 'invalid_request_error', 'param': ${py(param)}, 'code': ${py(code)}}}`;
  out.pythonV0 = `openai.error.InvalidRequestError: ${text}`;
  out.json = JSON.stringify({ error: { message: text, type: 'invalid_request_error', param, code } }, null, 2);
  out.jsonInLog = `level=error msg="openai request failed" body=${JSON.stringify(JSON.stringify({ error: { message: text } }))}`;
  out.ruby = `{"error"=>{"message"=>${JSON.stringify(text)}, "type"=>"invalid_request_error", "param"=>${JSON.stringify(param)}, "code"=>${JSON.stringify(code)}}}`;
  return out;
}
