"""Ruang's entry point: no command opens the desktop app; a command runs without a window."""

import os
import sys


def _write_event_sheet(services: object, event_id: int, pdf: object) -> object:
    """Event sheets are printed with Qt, which lives on the ui side."""
    from ui.cli_commands import write_event_sheet

    return write_event_sheet(services, event_id, pdf)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    from booking.cli import configure_logging, parse, report_failure, run_command

    configure_logging()

    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        args = parse(argv, sheet_writer=_write_event_sheet)
        if args.command is None:
            from ui.app import run_app

            return run_app(args)
        return run_command(args)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); there is nobody left to tell.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place every failure becomes an exit code
        return report_failure(exc, debug=debug)


if __name__ == "__main__":
    sys.exit(main())
