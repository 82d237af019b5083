"""The Telegram bot: application wiring (app), update handlers, status messages, reply formatting, rate limits."""
