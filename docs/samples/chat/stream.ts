import Relay from "@relay/sdk-js";
import type { ActionSuggestion } from "@relay/sdk-js";

const client = new Relay();
let suggestion: ActionSuggestion | undefined;

const stream = await client.chat.stream({ message: "send an email to ada@example.com about lunch" });
for await (const event of stream) {
  switch (event.type) { // a discriminated union: each case is typed
    case "text_delta":
      process.stdout.write(event.delta);
      break;
    case "action_suggestion":
      suggestion = event.suggestion;
      break;
    case "error":
      throw new Error(`chat failed: ${event.code}: ${event.message}`);
    case "done":
      console.log(`\n(session ${event.session_id})`);
      break;
  }
}
// Breaking out of the loop early closes the connection.

if (suggestion) {
  console.log("suggested:", suggestion.preview.summary);
  // Show the preview to the user; only on their confirmation:
  const execution = await client.actions.execute(suggestion.action_id, {
    confirm_token: suggestion.preview.confirm_token,
  });
  console.log(execution.id, execution.status);
}
