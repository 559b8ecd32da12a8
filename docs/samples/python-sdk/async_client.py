import asyncio

from relay_sdk import AsyncRelay


async def main() -> None:
    async with AsyncRelay() as client:
        # Concurrency: both requests are in flight at once.
        workspace, usage = await asyncio.gather(client.workspace.retrieve(), client.usage.retrieve())
        print(workspace.name, len(usage.data), "usage rows")

        async for action in client.actions.list(provider="independent"):  # async auto-paging
            print(action.id)

        async with client.chat.stream(message="send an email to ada@example.com about lunch") as events:
            async for event in events:
                print(event.type)


asyncio.run(main())
