"""The sample partnership from a terminal: ``partnership sample`` and ``remove-sample``.

The same service as the welcome's "Open a sample partnership" and its "Remove sample", so
a script (or a trainer preparing laptops) gets exactly what the window makes.
"""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, open_context, print_json


def cmd_partnership_sample(args: argparse.Namespace) -> int:
    """Make the sample partnership (or name the one that exists); exit 0."""
    from desktop_app.services.sample import create_sample

    with open_context(args) as ctx:
        made = create_sample(ctx, args.language)
    if args.json:
        print_json(made.to_dict())
    elif made.created:
        print(
            f"Sample partnership {made.name!r} made (id {made.partnership_id}) with "
            f"{len(made.files)} photos. Remove it with 'fieldkit partnership remove-sample'."
        )
    else:
        print(f"The sample partnership {made.name!r} exists already (id {made.partnership_id}).")
    return EXIT_OK


def cmd_partnership_remove_sample(args: argparse.Namespace) -> int:
    """Delete the sample partnership and its copied photos; exit 0 also when there is none."""
    from desktop_app.services.sample import remove_sample

    with open_context(args) as ctx:
        removed = remove_sample(ctx)
    if args.json:
        print_json({"removed": removed.to_dict() if removed else None})
    elif removed is None:
        print("There is no sample partnership.")
    else:
        print(
            f"Sample partnership {removed.name!r} removed with its checklists, batch and "
            f"{removed.files_deleted} photos."
        )
    return EXIT_OK


def register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sample`` and ``remove-sample`` to the ``partnership`` command."""
    sample = actions.add_parser("sample", help="make a sample partnership to explore")
    sample.add_argument(
        "--language", metavar="CODE", help="language of its texts (default: the app's)"
    )
    sample.add_argument("--json", action="store_true", help="machine-readable output")
    sample.set_defaults(handler=cmd_partnership_sample)
    remove = actions.add_parser(
        "remove-sample", help="delete the sample partnership and its copied photos"
    )
    remove.add_argument("--json", action="store_true", help="machine-readable output")
    remove.set_defaults(handler=cmd_partnership_remove_sample)
