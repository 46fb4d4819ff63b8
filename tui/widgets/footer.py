"""A Footer that recomposes only when what it shows changed.

Textual's Footer rebuilds all its keys whenever the screen's bindings are "updated" — on
every screen switch and focus change — and each rebuilt key is restyled (``-compact``).
With the reused incident screen that was most of the cost of opening an incident; the
bindings shown are almost always the same, so skip the rebuild when nothing would change.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class StableFooter(Footer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None

    def _signature(self, screen: Screen) -> tuple:
        app = self.app
        keys = tuple(
            (b.key, b.action, b.description, b.show, b.key_display,
             enabled, tooltip, b.tooltip, b.group, app.get_key_display(b))
            for key, (_node, b, enabled, tooltip) in screen.active_bindings.items()
            if b.show or key == app.COMMAND_PALETTE_BINDING)
        return (keys, self.compact, self.show_command_palette, self.combine_groups,
                app.ENABLE_COMMAND_PALETTE)

    def bindings_changed(self, screen: Screen) -> None:
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            super().bindings_changed(screen)
            return
        sig = self._signature(screen)
        if sig == self._shown and self._bindings_ready and self.children:
            return
        self._shown = sig
        super().bindings_changed(screen)
