import { APIPromise, type APIResponseProps } from "./api-promise.js";
import { RelayError } from "./errors.js";
import type { FinalRequestOptions } from "./types.js";

/** The requester a page uses to fetch the next one (the client). */
export interface PageRequester {
  requestAPIList<Item>(options: FinalRequestOptions): PagePromise<Item>;
}

export interface CursorPageBody<Item> {
  data: Item[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * One page of a cursor-paginated list (`data`, `has_more`, `next_cursor`).
 * `for await (const item of page)` walks this page and every later one.
 */
export class CursorPage<Item> implements AsyncIterable<Item> {
  data: Item[];
  has_more: boolean;
  next_cursor: string | null;
  readonly response: Response;
  readonly #client: PageRequester;
  readonly #options: FinalRequestOptions;

  constructor(client: PageRequester, response: Response, body: CursorPageBody<Item>, options: FinalRequestOptions) {
    this.#client = client;
    this.#options = options;
    this.response = response;
    this.data = Array.isArray(body?.data) ? body.data : [];
    this.has_more = body?.has_more === true;
    this.next_cursor = typeof body?.next_cursor == "string" && body.next_cursor ? body.next_cursor : null;
  }

  /** True when the server says there are more items and gave a cursor to reach them. */
  hasNextPage(): boolean {
    return this.has_more && !!this.next_cursor;
  }

  /** Fetches the next page (same filters, `after` = this page's `next_cursor`). */
  getNextPage(): Promise<CursorPage<Item>> {
    if (!this.hasNextPage()) {
      return Promise.reject(new RelayError("No next page."));
    }
    return this.#client.requestAPIList<Item>({
      ...this.#options,
      query: { ...this.#options.query, after: this.next_cursor },
    });
  }

  /** Iterates this page and every later page. */
  async *iterPages(): AsyncGenerator<CursorPage<Item>> {
    let page: CursorPage<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) {
      for (const item of page.data) yield item;
    }
  }
}

/**
 * What a list method returns: `await` it for the first page, or `for await` over it for every item
 * of every page.
 */
export class PagePromise<Item> extends APIPromise<CursorPage<Item>> implements AsyncIterable<Item> {
  constructor(
    client: PageRequester,
    request: Promise<APIResponseProps>,
    parse: (props: APIResponseProps) => Promise<unknown>,
  ) {
    super(request, (props) =>
      parse(props).then(
        (body) => new CursorPage<Item>(client, props.response, body as CursorPageBody<Item>, props.options),
      ),
    );
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    const page = await this;
    yield* page;
  }
}
