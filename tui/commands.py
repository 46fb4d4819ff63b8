"""The command palette's breachdesk commands: the current screen's actions plus navigation."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

APP_COMMANDS = (
    ("Go to the queue", "queue"), ("Show statistics", "stats"), ("Help: keys and workflow", "help"),
    ("Toggle light / dark theme", "toggle_theme"), ("Reload from the store", "reload"),
    ("Pattern lab: try a recogniser on sample text and recent incidents", "pattern_lab"),
)


class BreachdeskCommands(Provider):
    """Offers each screen's ``COMMAND_ACTIONS`` and the app's own commands."""

    def _commands(self) -> list[tuple[str, Callable[[], object]]]:
        app = self.app
        screen = self.screen
        out: list[tuple[str, Callable[[], object]]] = []
        for title, action in getattr(screen, "COMMAND_ACTIONS", []):
            method = getattr(screen, f"action_{action}", None)
            if method is not None:
                out.append((title, method))
        for title, action in APP_COMMANDS:
            method = getattr(app, f"action_{action}", None)
            if method is not None:
                out.append((title, method))
        return out

    async def discover(self) -> Hits:
        for title, callback in self._commands():
            yield DiscoveryHit(title, callback, help="breachdesk")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help="breachdesk")
