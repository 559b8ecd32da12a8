import Relay from "@relay/sdk-js";

const client = new Relay(); // reads RELAY_API_KEY and RELAY_BASE_URL from the environment

// 1. What can this workspace do?
for await (const action of client.actions.list()) {
  console.log(action.id, "-", action.name);
}

// 2. Preview: validates the params, says what would happen, returns a single-use confirm token.
const preview = await client.actions.preview("email.send", {
  params: { to: "ada@example.com", subject: "Lunch", body: "Shall we meet at noon?" },
});
console.log(preview.summary);

// 3. Execute with the token. The SDK adds an Idempotency-Key, so a retry never sends twice.
const execution = await client.actions.execute("email.send", { confirm_token: preview.confirm_token });
console.log(execution.id, execution.status);
