"""``python -m desktop signin``: single sign-on from a terminal (status, device code, browser, sign-out).

Exit codes: 0 signed in (or signed out by ``--sign-out``), 1 error, 3 not signed in / session expired,
4 the identity provider cannot be reached. No token is ever printed.
"""
from __future__ import annotations

import webbrowser

EXIT_SIGNED_OUT = 3
EXIT_UNREACHABLE = 4


def register(sub) -> None:
    p = sub.add_parser("signin", help="single sign-on with the organisation's identity provider (サインイン)",
                       description="Sign in once (OpenID Connect); mail and cloud sync then use the same staff ID.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--device", action="store_true",
                       help="sign in with a code entered in a browser on another device")
    group.add_argument("--browser", action="store_true", help="sign in with the system browser on this PC")
    group.add_argument("--sign-out", action="store_true", help="remove every token of this PC and revoke them")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the browser (default 300)")
    p.set_defaults(func=run)


def _print_status(status) -> int:
    from desktop.services.identity.session import SignInState

    staff = status.staff
    who = f"{staff.name} <{staff.mail}> {staff.section}".strip() if staff else ""
    if status.state is SignInState.SIGNED_IN:
        print(f"Signed in: {who}")
        return 0
    if status.state is SignInState.UNREACHABLE:
        print(f"The identity provider cannot be reached ({status.detail}). Last signed in: {who or 'nobody'}")
        return EXIT_UNREACHABLE
    if status.state is SignInState.EXPIRED:
        print(f"The sign-in of {who or 'this PC'} has expired: sign in again (--device or --browser).")
        return EXIT_SIGNED_OUT
    if status.state is SignInState.NOT_CONFIGURED:
        print(f"Single sign-on is not configured: {status.detail}")
        return 1
    print("Not signed in.")
    return EXIT_SIGNED_OUT


def run(args) -> int:
    from desktop.services.identity import service_auth
    from desktop.services.identity.oidc_config import sso_enabled
    from desktop.services.identity.session import SignInState, SignInStatus
    from desktop.services.settings import Settings

    settings = Settings()
    if not sso_enabled(settings):
        print("Single sign-on is off (policy sign_in_method = \"password\"); use `sync --sign-in`.")
        return 1
    session = service_auth.session_for(settings)
    if args.sign_out:
        session.sign_out()
        print("Signed out: every token of this PC was removed.")
        return 0
    if args.device:
        device = session.start_device_flow()
        print(f"Open {device.verification_uri} in a browser on any device and enter the code:\n\n"
              f"    {device.user_code}\n", flush=True)
        return _print_status(session.finish_device_flow(device))
    if args.browser:
        print("Finish the sign-in in the browser that opens now.", flush=True)
        return _print_status(session.sign_in_browser(webbrowser.open, timeout=args.timeout))
    status = session.restore()
    if status.state is SignInState.SIGNED_OUT and status.staff is None:
        return _print_status(SignInStatus(SignInState.SIGNED_OUT))
    return _print_status(status)
