"""The DPO's actions on the command line: ``assign``, ``status``, ``note``, ``override``, ``report``,
``task``, ``search``, ``letter``, ``ask``.

For scripted use and for DPOs who prefer the shell. Each verb is one call of the backend
(:mod:`breachdesk.api.backend`): the guardian's API while it runs, the store itself for its
owner when it does not — the same :class:`~breachdesk.service.StoreService` method, role check
and audit entry as the dashboard's. Nothing here checks a rule itself; the one thing done
here is reading a note's text (``-m`` repeated, ``--file``, or standard input).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from breachdesk.cli import _Commands, _ctx
from breachdesk.errors import BadRequest
from breachdesk.files import write_private
from breachdesk.model import Incident, Status
from breachdesk.textsafe import inert, json_dumps

LETTER_KINDS = ("article34", "caldicott")       # breachdesk.letters.KINDS (the guardian checks)
MAX_NOTE_BYTES = 64 * 1024                  # a note read from a file or stdin (the guardian limits its length)


def _done(inc: Incident, what: str) -> int:
    print(f"{inc.ref}: {inert(what)} (version {inc.version})")
    return 0


def _act(args: argparse.Namespace, name: str, **params: Any) -> Incident:
    params = {k: v for k, v in params.items() if v is not None}
    return _ctx(args).backend.act(args.ref, name, expected_version=args.expect_version, **params)


def read_text(messages: list[str] | None, file: str | None, what: str) -> str:
    """``-m`` paragraphs joined by a blank line (as git does), or ``--file`` (``-``: standard input)."""
    if messages and file:
        raise BadRequest(f"{what}: give -m or --file, not both")
    if messages:
        return "\n\n".join(m.strip("\n") for m in messages)
    if file is None:
        if sys.stdin.isatty():
            raise BadRequest(f"{what}: give the text with -m TEXT (repeat for paragraphs) or --file FILE "
                             "(- for standard input)")
        file = "-"
    raw = sys.stdin.buffer.read(MAX_NOTE_BYTES + 1) if file == "-" else _read_file(Path(file))
    if len(raw) > MAX_NOTE_BYTES:
        raise BadRequest(f"{what}: more than {MAX_NOTE_BYTES // 1024} KiB of text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest(f"{what}: the text is not UTF-8") from None


def _read_file(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(MAX_NOTE_BYTES + 1)


# ------------------------------------------------------------------ verbs


def cmd_assign(args: argparse.Namespace) -> int:
    who = "" if args.nobody else (args.user or "")
    if not who and not args.nobody:
        raise BadRequest("assign: name a user from [access], or --nobody to unassign")
    inc = _act(args, "assign", assignee=who)
    return _done(inc, f"assigned to {who}" if who else "unassigned")


def cmd_status(args: argparse.Namespace) -> int:
    inc = _act(args, "status", status=args.status, reason=args.reason, outcome=args.outcome,
               submitted_at=args.submitted_at, channel=args.channel, dspt_ref=args.dspt_ref,
               ico_ref=args.ico_ref, delay_reason=args.delay_reason)
    return _done(inc, f"status {inc.status}")


def cmd_note(args: argparse.Namespace) -> int:
    inc = _act(args, "note", text=read_text(args.message, args.file, "note"))
    return _done(inc, "note added")


def cmd_override(args: argparse.Namespace) -> int:
    inc = _act(args, "override", likelihood=args.likelihood, severity=args.severity, reason=args.reason)
    return _done(inc, f"grade overridden to L{args.likelihood} S{args.severity}")


def cmd_report_submit(args: argparse.Namespace) -> int:
    inc = _act(args, "status", status=Status.REPORTED.value, submitted_at=args.at, channel=args.channel,
               dspt_ref=args.dspt_ref, ico_ref=args.ico_ref, delay_reason=args.delay_reason)
    return _done(inc, f"reported at {inc.reported_at}")


def cmd_report_update(args: argparse.Namespace) -> int:
    inc = _act(args, "report_update", text=read_text(args.message, args.file, "report update"),
               dspt_ref=args.dspt_ref, ico_ref=args.ico_ref)
    return _done(inc, "report update recorded")


def cmd_report_withdraw(args: argparse.Namespace) -> int:
    inc = _act(args, "withdraw", reason=args.reason)
    return _done(inc, "report withdrawn; now not reportable")


def cmd_task_list(args: argparse.Namespace) -> int:
    from breachdesk import tasks

    inc, detail = _ctx(args).backend.show(args.ref)             # masked by the guardian
    rows = tasks.task_list(detail)
    if args.json:
        print(json_dumps({"ref": inc.ref, "tasks": rows}, indent=1))
        return 0
    if not rows:
        print(f"{inc.ref}: no tasks")
    for task in rows:
        print(inert(tasks.line(task)))
    return 0


def cmd_task_add(args: argparse.Namespace) -> int:
    inc = _act(args, "task_add", title=args.title, owner=args.owner, due=args.due)
    return _done(inc, f"task added ({inc.tasks_open} open)")


def cmd_task_done(args: argparse.Namespace) -> int:
    inc = _act(args, "task_done", task=args.task, done=args.done)
    return _done(inc, f"task {args.task} {'done' if args.done else 'reopened'} ({inc.tasks_open} open)")


def cmd_task_edit(args: argparse.Namespace) -> int:
    if args.owner is None and args.due is None:
        raise BadRequest("task edit: give --owner and/or --due (\"\" clears)")
    inc = _act(args, "task_edit", task=args.task, owner=args.owner, due=args.due)
    return _done(inc, f"task {args.task} changed")


def cmd_task_defaults(args: argparse.Namespace) -> int:
    inc = _act(args, "task_defaults")
    return _done(inc, f"{inc.tasks_open} open tasks")


def cmd_letter(args: argparse.Namespace) -> int:
    """Print a draft (or write it to -o), or with --save keep an edited one (--file, -m) on the incident."""
    if args.save:
        inc = _act(args, "letter_save", kind=args.kind, text=read_text(args.message, args.file, "letter"))
        return _done(inc, f"letter saved ({args.kind})")
    if args.reveal and not (args.reason or "").strip():
        raise BadRequest("a letter with --reveal needs --reason \"WHY\" (it is audited)")
    result = _ctx(args).backend.letter(args.ref, args.kind, reveal=args.reveal, reason=args.reason or "")
    text = result["text"]
    if args.history:
        return _history(args.ref, args.kind, result["saved"])
    if args.saved:
        saved = result["saved"]
        if not saved:
            raise BadRequest(f"{args.ref}: no {args.kind} letter saved yet")
        text = saved[-1]["text"]
    if args.output:
        out = Path(args.output)
        write_private(out, text.encode("utf-8"))
        print(f"wrote {out}")
    else:
        sys.stdout.write(inert(text, multiline=True))
    return 0


def _history(ref: str, kind: str, saved: list[dict[str, Any]]) -> int:
    if not saved:
        print(f"{ref}: no {kind} letter saved yet")
    for n, x in enumerate(saved, 1):
        print(inert(f"{x.get('version', n):3}  {x.get('at', '')}  {x.get('by', '')}  "
                    f"{len(str(x.get('text', '')))} characters"))
    return 0


def cmd_letter_edit(args: argparse.Namespace) -> int:
    """The saved letter (or a fresh draft) in $VISUAL/$EDITOR; a changed one saved as a new version."""
    from breachdesk import editor

    reason = (args.reason or "").strip()
    if args.reveal and not reason:
        raise BadRequest("a letter with --reveal needs --reason \"WHY\" (it is audited)")
    result = _ctx(args).backend.letter(args.ref, args.kind, reveal=args.reveal, reason=reason)
    saved = result["saved"]
    if saved and saved[-1].get("names_withheld"):
        raise BadRequest(f"{args.ref}: the saved {args.kind} letter names the people affected and is shown "
                         "masked; edit it with --reveal --reason \"WHY\" (saving the masked text would lose them)")
    current = str(saved[-1]["text"] if saved else result["text"])
    edited = editor.edit_text(current, name=f"{args.ref}-{args.kind}.txt")
    if edited.strip() == current.strip():
        print(f"{args.ref}: the {args.kind} letter is unchanged: nothing saved")
        return 0
    if not edited.strip():
        print(f"{args.ref}: the edited {args.kind} letter is empty: nothing saved")
        return 0
    inc = _act(args, "letter_save", kind=args.kind, text=edited)
    return _done(inc, f"{args.kind} letter saved as version {len(saved) + 1}")


def cmd_ask(args: argparse.Namespace) -> int:
    text = "\n\n".join(args.message or [])
    inc = _ctx(args).backend.ask_reporter(args.ref, args.template, text=text)
    return _done(inc, f"question queued to the reporter ({args.template})")


def cmd_search(args: argparse.Namespace) -> int:
    backend = _ctx(args).backend
    if args.reindex:
        print(f"person index: {backend.search_reindex()} incidents indexed")
        return 0
    given = [(k, v) for k, v in (("nhs", args.nhs), ("email", args.email), ("ni", args.ni),
                                  ("name_dob", args.name)) if v]
    if len(given) != 1:
        raise BadRequest("search: give one of --nhs, --email, --ni, or --name with --dob")
    kind, value = given[0]
    if (kind == "name_dob") != bool(args.dob):
        raise BadRequest("search: --name goes with --dob (and --dob with --name)")
    h, rows = backend.search(kind, value, dob=args.dob or "", reason=args.reason or "")
    if args.json:
        print(json_dumps({"hmac": h, "incidents": [r.summary_json() for r in rows]}, indent=1))
        return 0
    from datetime import datetime, timezone

    from breachdesk.report_text import queue_lines

    print(f"{len(rows)} incident{'s' if len(rows) != 1 else ''} (search {h[:12]}, audited; masked)")
    if rows:
        print("\n".join(queue_lines(rows, datetime.now(timezone.utc))))
    return 0


# ------------------------------------------------------------------ grammar


class _AnyName(dict):  # type: ignore[type-arg]
    """Subcommand choices that let any word through to :class:`_DraftByDefault` (which defaults it)."""

    def __contains__(self, key: object) -> bool:
        return True


class _DraftByDefault(_Commands):
    """``letter``'s subcommands, ``draft`` when the first word names none: ``letter REF --kind K``
    (the form before ``letter edit``) still means ``letter draft REF --kind K``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _AnyName()

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        names, self._name_parser_map = self._name_parser_map, {}       # argparse's own check of the name
        try:
            parser = super().add_parser(name, **kwargs)
        finally:
            names.update(self._name_parser_map)
            self._name_parser_map = names
        return parser

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        if values and values[0] not in self._name_parser_map.keys():
            values = ["draft", *values]
        super().__call__(parser, namespace, values, option_string)



def _common(s: argparse.ArgumentParser) -> None:
    s.add_argument("ref", help="the incident reference, e.g. BD-2026-000042")
    s.add_argument("--expect-version", type=int, metavar="N",
                   help="refuse if the incident is no longer at version N (someone else changed it)")


def _text_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("-m", "--message", action="append", metavar="TEXT",
                   help="the text; repeat for more paragraphs")
    s.add_argument("--file", metavar="FILE", help="read the text from FILE (- for standard input)")


def _submission_args(s: argparse.ArgumentParser, at: str) -> None:
    s.add_argument(at, dest="at" if at == "--at" else "submitted_at", metavar="WHEN",
                   help="when it was submitted: ISO date and time (UTC unless a zone is given)")
    s.add_argument("--channel", choices=("dspt", "ico", "both"),
                   help="the DSPT incident reporting tool, the ICO breach report form, or both")
    s.add_argument("--dspt-ref", help="the DSPT tool's incident reference")
    s.add_argument("--ico-ref", help="the ICO's case reference")
    s.add_argument("--delay-reason", help="why later than 72 hours after becoming aware (required then)")


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("assign", help="assign an incident to a user in [access]")
    _common(s)
    s.add_argument("user", nargs="?", help="a user with a role in [access]")
    s.add_argument("--nobody", action="store_true", help="unassign")
    s.set_defaults(func=cmd_assign)

    s = sub.add_parser("status", help="move an incident on in the workflow")
    _common(s)
    s.add_argument("status", choices=[st.value for st in Status if st != Status.UNPARSEABLE])
    s.add_argument("--reason", help="required for not_reportable (the ICO expects it written down)")
    s.add_argument("--outcome", help="required for closed: how it ended")
    _submission_args(s, "--submitted-at")
    s.set_defaults(func=cmd_status)

    s = sub.add_parser("note", help="add a note (multi-line: -m repeated, --file, or standard input)")
    _common(s)
    _text_args(s)
    s.set_defaults(func=cmd_note)

    s = sub.add_parser("override", help="replace the automatic grade (with a reason, kept on record)")
    _common(s)
    s.add_argument("--likelihood", type=int, required=True, choices=range(1, 6), metavar="1-5")
    s.add_argument("--severity", type=int, required=True, choices=range(1, 6), metavar="1-5")
    s.add_argument("--reason", required=True)
    s.set_defaults(func=cmd_override)

    s = sub.add_parser("report", help="the submission to the DSPT tool / ICO: submit, update, withdraw")
    rsub = s.add_subparsers(dest="report_cmd", required=True)
    r = rsub.add_parser("submit", help="record the submission (moves the incident to reported)")
    _common(r)
    _submission_args(r, "--at")
    r.set_defaults(func=cmd_report_submit)
    r = rsub.add_parser("update", help="record a later update sent to the regulator")
    _common(r)
    _text_args(r)
    r.add_argument("--dspt-ref", help="a DSPT reference given with the update")
    r.add_argument("--ico-ref", help="an ICO case reference given with the update")
    r.set_defaults(func=cmd_report_update)
    r = rsub.add_parser("withdraw", help="record that the report was withdrawn (then not reportable)")
    _common(r)
    r.add_argument("--reason", required=True)
    r.set_defaults(func=cmd_report_withdraw)

    s = sub.add_parser("task", help="an incident's checklist: list, add, done, undone, edit, defaults")
    tsub = s.add_subparsers(dest="task_cmd", required=True)
    t = tsub.add_parser("list", help="the tasks (masked)")
    t.add_argument("ref")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_task_list)
    t = tsub.add_parser("add", help="add a task with an owner (a user in [access]) and a due time")
    _common(t)
    t.add_argument("title")
    t.add_argument("--owner", help="a user with a role in [access]")
    t.add_argument("--due", metavar="WHEN", help="ISO date and time (UTC unless a zone is given)")
    t.set_defaults(func=cmd_task_add)
    for verb, done in (("done", True), ("undone", False)):
        t = tsub.add_parser(verb, help=f"mark task N {'done' if done else 'not done'}")
        _common(t)
        t.add_argument("task", type=int, metavar="N")
        t.set_defaults(func=cmd_task_done, done=done)
    t = tsub.add_parser("edit", help="change a task's owner or due time")
    _common(t)
    t.add_argument("task", type=int, metavar="N")
    t.add_argument("--owner")
    t.add_argument("--due", metavar="WHEN")
    t.set_defaults(func=cmd_task_edit)
    t = tsub.add_parser("defaults", help="add the grade's default tasks (incidents filed before tasks)")
    _common(t)
    t.set_defaults(func=cmd_task_defaults)

    s = sub.add_parser("search", help="the incidents about one person (a SAR, a complaint): masked, audited",
                       description="Finds the incidents holding an identifier without decrypting any: the "
                                   "value is hashed under the guardian's key and looked up in the person "
                                   "index. The search is audited with its hash, never the value.")
    s.add_argument("--nhs", metavar="NUMBER", help="an NHS, CHI or H&C number (spaces allowed)")
    s.add_argument("--email", metavar="ADDRESS")
    s.add_argument("--ni", metavar="NUMBER", help="a National Insurance number")
    s.add_argument("--name", help="a name, with --dob")
    s.add_argument("--dob", metavar="YYYY-MM-DD", help="the date of birth, with --name")
    s.add_argument("--reason", help="why (e.g. the SAR's reference; audited)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--reindex", action="store_true", help="index every stored incident again")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("letter", help="draft, print, save or edit a letter: article34 (to the people affected) "
                                      "or caldicott (summary for the Caldicott Guardian)",
                       description="`letter REF --kind KIND` (short for `letter draft …`) prints a draft or saves "
                                   "one; `letter edit REF KIND` opens the saved letter (or a fresh draft) in "
                                   "$VISUAL/$EDITOR and saves it as a new version if you changed it.")
    s.register("action", "parsers", _DraftByDefault)
    lsub = s.add_subparsers(dest="letter_cmd", required=True, metavar="draft|edit")
    d = lsub.add_parser("draft", help="print a draft, the saved letter or its versions, or save an edited one")
    _common(d)
    d.add_argument("--kind", choices=LETTER_KINDS, required=True)
    d.add_argument("--reveal", action="store_true", help="fill in the identifiers (dpo; needs --reason; audited)")
    d.add_argument("--reason")
    d.add_argument("-o", "--output", help="write the draft to this file (0600), e.g. to edit it")
    d.add_argument("--saved", action="store_true", help="the last saved letter instead of a new draft")
    d.add_argument("--history", action="store_true", help="the saved versions: number, when, who, length")
    d.add_argument("--save", action="store_true", help="save the edited letter (from --file, -m or stdin)")
    _text_args(d)
    d.set_defaults(func=cmd_letter)
    e = lsub.add_parser("edit", help="edit the letter in $VISUAL/$EDITOR (vi); saved if changed",
                        description="Opens the last saved letter, or a fresh draft, in $VISUAL, $EDITOR or vi "
                                    "(a 0600 copy in a private temporary directory, overwritten and removed "
                                    "afterwards). A changed letter is saved to the incident as a new version "
                                    "(encrypted, audited); an unchanged one is not. Identifiers are filled in "
                                    "only with --reveal and a --reason.")
    _common(e)
    e.add_argument("kind", choices=LETTER_KINDS)
    e.add_argument("--reveal", action="store_true", help="fill in the identifiers (dpo; needs --reason; audited)")
    e.add_argument("--reason")
    e.set_defaults(func=cmd_letter_edit)

    s = sub.add_parser("ask", help="send the reporter a question through the relay ([REF] in the subject)")
    s.add_argument("ref")
    s.add_argument("--template", choices=("recipient", "recalled", "deleted", "other"), required=True,
                   help="who received it? / was it recalled? / has the recipient confirmed deletion? / your own")
    s.add_argument("-m", "--message", action="append", metavar="TEXT", help="added text (required for other)")
    s.set_defaults(func=cmd_ask)
