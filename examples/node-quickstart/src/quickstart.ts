// The @relay/sdk-js quickstart: list the catalog, preview an action, execute it with the confirm token.
//
//   RELAY_API_KEY=relay_sk_... RELAY_BASE_URL=http://127.0.0.1:8080 npm start
import Relay, { APIStatusError } from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY / RELAY_BASE_URL from the environment

async function main(): Promise<void> {
  // 1. List: `for await` walks every page of the catalog.
  const ids: string[] = [];
  for await (const action of client.actions.list({ limit: 5 })) ids.push(action.id);
  console.log(`1. ${ids.length} actions: ${ids.join(", ")}`);

  // 2. Preview: a human summary, its effects and a short-lived confirm token. Nothing runs yet.
  const preview = await client.actions.preview("email.send", {
    params: { to: "ada@example.com", subject: "Hello from the quickstart", body: "Sent with @relay/sdk-js." },
  });
  console.log(`2. preview: ${preview.summary}`);
  for (const effect of preview.effects) console.log(`   effect: ${effect}`);

  // 3. Execute with the confirm token; the SDK adds an Idempotency-Key and retries safely.
  const { data: execution, request_id } = await client.actions
    .execute("email.send", { confirm_token: preview.confirm_token })
    .withResponse();
  console.log(`3. execution ${execution.id}: ${execution.status} (request ${request_id})`);

  // A confirm token is single-use: executing it again is refused with a typed error.
  try {
    await client.actions.execute("email.send", { confirm_token: preview.confirm_token });
    console.log("4. unexpected: the token was accepted twice");
    process.exitCode = 1;
  } catch (err) {
    if (!(err instanceof APIStatusError)) throw err;
    console.log(`4. reusing the token is refused: ${err.status} ${err.code}`);
  }
  if (execution.status !== "succeeded") process.exitCode = 1;
}

await main();
