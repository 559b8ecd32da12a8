import Relay, { APIConnectionError, APIStatusError, UnprocessableEntityError } from "@relay/sdk-js";

const client = new Relay();

try {
  await client.actions.preview("email.send", {
    params: { to: "not-an-email", subject: "Hi", body: "…" },
  });
} catch (err) {
  if (err instanceof UnprocessableEntityError) {
    console.log(err.status, err.code); // 422 validation_failed
    for (const field of err.errors) console.log(" ", field.pointer, "-", field.message);
    console.log("request id:", err.request_id); // quote it when you contact support
  } else if (err instanceof APIStatusError) {
    console.log(err.status, err.code, err.message);
  } else if (err instanceof APIConnectionError) {
    console.log("could not reach Relay");
  } else {
    throw err;
  }
}
