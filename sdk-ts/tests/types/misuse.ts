// Deliberate misuse: every line after @ts-expect-error must fail to compile (tsc reports an unused
// directive otherwise), so a loosened type shows up as a failing type test.
import Relay from "../../src/index.js";

export async function misuse(client: Relay): Promise<void> {
  // @ts-expect-error: no such method
  client.actions.remove("email.send");

  // @ts-expect-error: no such resource
  client.action.list();

  // @ts-expect-error: wrong parameter name (camelCase instead of the wire name)
  await client.actions.execute("email.send", { confirmToken: "t" });

  // @ts-expect-error: missing required body field
  await client.actions.execute("email.send", {});

  // @ts-expect-error: wrong type for a query parameter
  client.actions.list({ limit: "10" });

  // @ts-expect-error: not one of the enum's values
  client.actions.list({ provider: "yahoo" });

  // @ts-expect-error: path parameter missing
  await client.actions.preview({ params: {} });

  // @ts-expect-error: the role must be one of the Role values
  await client.apiKeys.create({ name: "x", role: "owner" });

  // @ts-expect-error: chat.send is the JSON form; stream: true belongs to chat.stream
  await client.chat.send({ message: "hi", stream: true });

  // @ts-expect-error: session_id is required to list messages
  client.chat.listMessages({});

  const action = await client.actions.retrieve("email.send");
  // @ts-expect-error: fields keep their wire names
  action.requiresConnection;

  // @ts-expect-error: timeout is a number of milliseconds
  new Relay({ apiKey: "k", timeout: "60s" });

  // @ts-expect-error: unknown client option
  new Relay({ apiKey: "k", retries: 3 });

  for await (const event of await client.chat.stream({ message: "hi" })) {
    if (event.type === "text_delta") {
      // @ts-expect-error: a text_delta event has no suggestion
      event.suggestion;
    }
  }
}
