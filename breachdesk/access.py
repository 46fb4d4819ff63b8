"""Who may do what: roles from ``[access]`` by OS user, one table of actions.

Roles are ``dpo`` (triage, decisions, reveal), ``admin`` (config, daemon, exports,
retention, keys) and ``viewer`` (looks at the masked queue). A user in no list has
no role and may do nothing — not even look. When every list is empty (the shipped
default), the owner of the data directory (the user ``breachdesk serve`` runs as) is the
dpo and nobody else has a role, so a single-user install just works.

The guardian's service (:mod:`breachdesk.service`) asks :func:`require` with the
guardian's own settings and the kernel-identified user for every operation, whether the
CLI or the dashboard asked; clients use :func:`may` only to hide what would be refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from breachdesk.errors import AccessDenied

if TYPE_CHECKING:
    from breachdesk.settings import Settings

ROLES: tuple[str, ...] = ("dpo", "admin", "viewer")

# action -> the roles that may take it
ACTIONS: dict[str, frozenset[str]] = {
    "view": frozenset({"dpo", "admin", "viewer"}),     # queue, masked detail, stats
    "reveal": frozenset({"dpo"}),                      # raw identifier values (audited)
    "export": frozenset({"dpo", "admin"}),             # masked report (audited)
    "export_reveal": frozenset({"dpo"}),               # report with raw values (audited)
    "status": frozenset({"dpo"}),                      # workflow: triage ... closed (audited)
    "override": frozenset({"dpo"}),                    # replace the automatic grade (audited)
    "edit": frozenset({"dpo"}),                        # notes, assignee, links, containment, merge
    "purge": frozenset({"dpo", "admin"}),              # retention (audited)
    "config_reload": frozenset({"dpo", "admin"}),      # SIGHUP / reload from the dashboard (audited)
    "rescore": frozenset({"dpo", "admin"}),
    "ingest": frozenset({"dpo", "admin"}),
    "audit": frozenset({"dpo", "admin"}),              # audit verify / read the audit log
    "keys": frozenset({"dpo", "admin"}),               # key generate / rotate
    "permissions": frozenset({"dpo", "admin"}),        # check / fix the data directory modes
    "doctor": frozenset({"dpo", "admin"}),             # check the store (changes nothing)
    "doctor_rebuild": frozenset({"dpo", "admin"}),     # rebuild the queue from the incident documents
    "queue": frozenset({"dpo", "admin"}),              # the spool and the outbox, like mailq (no values)
    "queue_retry": frozenset({"dpo", "admin"}),        # put failed messages and mail back in the queue
    "patterns_lab": frozenset({"dpo", "admin"}),       # try candidate recognisers; save to patterns.toml
    "search": frozenset({"dpo"}),                      # person search: which incidents hold X (audited)
    "stats_people": frozenset({"dpo"}),                # repeat sources per reporter, not team (audited)
}

# What each action is called in a refusal.
DESCRIPTIONS: dict[str, str] = {
    "view": "see the queue", "reveal": "reveal identifier values", "export": "export an incident report",
    "export_reveal": "export with identifier values revealed", "status": "change an incident's status",
    "override": "override a grade", "edit": "edit an incident", "purge": "purge expired data",
    "config_reload": "reload the configuration", "rescore": "re-analyse incidents",
    "ingest": "import messages", "audit": "check the audit log", "keys": "manage encryption keys",
    "permissions": "check the data directory permissions",
    "doctor": "check the store", "doctor_rebuild": "rebuild the store's queue",
    "queue": "see the spool and the outbox", "queue_retry": "retry failed messages and mail",
    "patterns_lab": "use the pattern lab",
    "search": "search incidents for a person",
    "stats_people": "see repeat sources per reporter",
}


def roles_for(action: str) -> frozenset[str]:
    try:
        return ACTIONS[action]
    except KeyError:
        raise ValueError(f"unknown action {action!r}; known: {', '.join(sorted(ACTIONS))}") from None


def may(role: str | None, action: str) -> bool:
    """Whether ``role`` may take ``action`` (no role: never)."""
    return role is not None and role in roles_for(action)


def allowed(settings: Settings, user: str, action: str) -> bool:
    """For the dashboard: show or hide a binding without raising."""
    return may(settings.role_of(user), action)


def actions_of(role: str | None) -> list[str]:
    """Every action ``role`` may take, for help text and the dashboard's footer."""
    return sorted(a for a in ACTIONS if may(role, a))


def require(settings: Settings, user: str, action: str) -> str:
    """The user's role, or :class:`AccessDenied` with a message that says what to do."""
    need = roles_for(action)
    role = settings.role_of(user)
    what = DESCRIPTIONS.get(action, action)
    if role is None:
        raise AccessDenied(f"user '{user}' has no role in [access] of {settings.source}, so may not "
                           f"{what}; ask an admin to add you to dpo, admin or viewer")
    if role not in need:
        needed = " or ".join(r for r in ROLES if r in need)
        raise AccessDenied(f"user '{user}' is {_article(role)} {role}; to {what} you need the {needed} role")
    return role


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
