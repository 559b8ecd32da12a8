// Typed usage of the public surface: must compile under --strict.
import Relay, {
  type Action,
  type ActionsListParams,
  APIConnectionError,
  APIStatusError,
  type ChatStreamEvent,
  type CursorPage,
  type Execution,
  type FieldError,
  type Preview,
  RateLimitError,
  type RelayWebhookEvent,
} from "../../src/index.js";

export async function examples(): Promise<void> {
  const client = new Relay({ apiKey: "relay_sk_x", baseURL: "http://127.0.0.1:8080", timeout: 5_000, maxRetries: 1 });

  const params: ActionsListParams = { provider: "google", limit: 10 };
  for await (const action of client.actions.list(params)) {
    const id: string = action.id;
    void id;
  }
  const page: CursorPage<Action> = await client.actions.list();
  const cursor: string | null = page.next_cursor;
  void cursor;
  if (page.hasNextPage()) {
    const next: CursorPage<Action> = await page.getNextPage();
    void next;
  }

  const preview: Preview = await client.actions.preview("email.send", {
    params: { to: "a@example.com", subject: "Hi", body: "…" },
  });
  const execution: Execution = await client.actions.execute(
    "email.send",
    { confirm_token: preview.confirm_token },
    { idempotencyKey: "my-key", timeout: 1_000 },
  );
  const status: "pending" | "running" | "succeeded" | "failed" = execution.status;
  void status;

  for await (const event of await client.chat.stream({ message: "send an email to a@example.com about lunch" })) {
    const e: ChatStreamEvent = event;
    switch (e.type) {
      case "text_delta":
        e.delta.toUpperCase();
        break;
      case "action_suggestion":
        e.suggestion.preview.confirm_token.trim();
        break;
      case "done":
        e.message_id.trim();
        break;
      case "error":
        e.code.trim();
        break;
    }
  }

  const key = await client.apiKeys.create({ name: "ci", role: "viewer" });
  key.secret.trim();
  const deliveries = client.webhookEndpoints.listDeliveries("whe_x", { limit: 5 });
  for await (const d of deliveries) d.status.trim();

  const raw: Response = await client.actions.retrieve("email.send").asResponse();
  const { data, request_id } = await client.workspace.retrieve().withResponse();
  data.rate_limit.burst.toFixed();
  void raw;
  void request_id;

  const exported: Response = await client.auditEvents.export({ format: "csv" });
  void exported;

  const event: RelayWebhookEvent = await client.webhooks.unwrap("{}", { headers: {}, secret: "whsec_x" });
  if (event.type === "execution.succeeded") event.data.id.trim();

  try {
    await client.health.check();
  } catch (err) {
    if (err instanceof RateLimitError) err.headers.get("retry-after");
    if (err instanceof APIStatusError) {
      const s: number = err.status;
      const code: string | undefined = err.code;
      const rid: string | undefined = err.requestID;
      // the spec's FieldError, the one exported (the runtime's structural twin is not)
      const fieldErrors: FieldError[] = err.errors;
      void s, code, rid, fieldErrors[0]?.pointer;
    }
    if (err instanceof APIConnectionError) err.message.trim();
  }

  const other: Relay = client.withOptions({ maxRetries: 0 });
  void other;
}
