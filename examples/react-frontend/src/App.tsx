import Relay, { APIStatusError, type Action, type Execution, type Preview } from "@relay/sdk-js";
import { useEffect, useMemo, useState } from "react";
import { fieldsOf, paramsOf } from "./schema";

// No API key here: requests go to our own backend's proxy (/api/relay/v1/...), which adds it.
const relay = new Relay({ baseURL: "/api/relay" });

interface WebhookEvent {
  webhook_id: string;
  type: string;
  timestamp: string;
  data: { id?: string; action_id?: string; status?: string };
}

function describe(err: unknown): string {
  if (err instanceof APIStatusError) {
    const fields = err.errors.map((e) => `${e.pointer}: ${e.message}`).join("; ");
    return `${err.status} ${err.code ?? ""}: ${err.problem?.detail ?? err.message}${fields ? ` (${fields})` : ""}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export function App() {
  const [actions, setActions] = useState<Action[]>([]);
  const [selected, setSelected] = useState<Action | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [execution, setExecution] = useState<Execution | null>(null);
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    relay.actions.list({ limit: 100 }).then((page) => setActions(page.data), (e: unknown) => setError(describe(e)));
  }, []);

  useEffect(() => {
    // The backend records verified webhooks; poll them (a real app might use SSE or a websocket).
    const poll = () =>
      fetch("/api/events")
        .then((r) => r.json() as Promise<{ data: WebhookEvent[] }>)
        .then((body) => setEvents(body.data))
        .catch(() => undefined);
    void poll();
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, []);

  const fields = useMemo(() => (selected ? fieldsOf(selected.input_schema) : []), [selected]);

  const choose = (action: Action) => {
    setSelected(action);
    setValues({});
    setPreview(null);
    setExecution(null);
    setError(null);
  };

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  const doPreview = () =>
    run(async () => {
      setExecution(null);
      setPreview(await relay.actions.preview(selected!.id, { params: paramsOf(fields, values) }));
    });

  const doExecute = () =>
    run(async () => {
      setExecution(await relay.actions.execute(selected!.id, { confirm_token: preview!.confirm_token }));
      setPreview(null);
    });

  const arrived = execution ? events.find((e) => e.data.id === execution.id) : undefined;

  return (
    <main>
      <header>
        <h1>Relay actions</h1>
        <p>Pick an action, fill in its parameters, preview it, then confirm. The API key stays on the server.</p>
      </header>
      <div className="columns">
        <nav aria-label="actions">
          <h2>Catalog</h2>
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <button
                  data-testid={`action-${a.id}`}
                  className={selected?.id === a.id ? "selected" : ""}
                  onClick={() => choose(a)}
                >
                  <strong>{a.name}</strong>
                  <code>{a.id}</code>
                  {a.requires_connection ? <em>needs {a.provider} connection</em> : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section>
          {selected ? (
            <form
              aria-label="params"
              onSubmit={(e) => {
                e.preventDefault();
                void doPreview();
              }}
            >
              <h2>{selected.name}</h2>
              <p className="muted">{selected.description}</p>
              {fields.map((f) => (
                <label key={f.name}>
                  <span>
                    {f.name}
                    {f.required ? " *" : ""} {f.hint ? <small>({f.hint})</small> : null}
                  </span>
                  {f.kind === "json" ? (
                    <textarea
                      name={f.name}
                      rows={3}
                      value={values[f.name] ?? ""}
                      onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                    />
                  ) : (
                    <input
                      name={f.name}
                      required={f.required}
                      value={values[f.name] ?? ""}
                      onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                    />
                  )}
                </label>
              ))}
              <button type="submit" disabled={busy} data-testid="preview">
                Preview
              </button>
            </form>
          ) : (
            <p className="muted">Choose an action from the catalog.</p>
          )}
          {error ? (
            <p role="alert" className="error" data-testid="error">
              {error}
            </p>
          ) : null}
          {preview ? (
            <div className="card" data-testid="preview-card">
              <h3>Preview</h3>
              <p data-testid="summary">{preview.summary}</p>
              <ul>
                {preview.effects.map((e) => (
                  <li key={e}>{e}</li>
                ))}
                {preview.warnings.map((w) => (
                  <li key={w} className="warning">
                    ⚠ {w}
                  </li>
                ))}
              </ul>
              <p className="muted">Confirm token expires at {preview.expires_at}</p>
              <button onClick={() => void doExecute()} disabled={busy} data-testid="confirm">
                Confirm and execute
              </button>{" "}
              <button onClick={() => setPreview(null)} disabled={busy}>
                Cancel
              </button>
            </div>
          ) : null}
          {execution ? (
            <div className="card" data-testid="execution">
              <h3>
                Execution <code>{execution.id}</code>: <span data-testid="execution-status">{execution.status}</span>
              </h3>
              <pre>{JSON.stringify(execution.result ?? execution.error, null, 2)}</pre>
              <p data-testid="webhook-status">
                {arrived
                  ? `Webhook ${arrived.type} received (${arrived.webhook_id}), signature verified by the backend.`
                  : "Waiting for the webhook…"}
              </p>
            </div>
          ) : null}
        </section>
        <aside>
          <h2>Webhook events</h2>
          <ol data-testid="events">
            {events.map((e) => (
              <li key={e.webhook_id}>
                <code>{e.type}</code> {e.data.action_id} <code>{e.data.id}</code>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </main>
  );
}
