import Relay from "@relay/sdk-js";

const client = new Relay();

// Iterate: the SDK fetches the next page when it needs it.
for await (const execution of client.executions.list({ status: "succeeded", limit: 50 })) {
  console.log(execution.id, execution.action_id);
}

// Or page by hand, e.g. to show one page per screen.
let page = await client.actions.list({ limit: 2 });
console.log(page.data.map((a) => a.id), page.has_more, page.next_cursor);
while (page.hasNextPage()) {
  page = await page.getNextPage(); // same filters, after=<previous next_cursor>
  console.log(page.data.map((a) => a.id));
}
