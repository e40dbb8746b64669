"""Single sign-on with OpenID Connect: one staff ID for mail, cloud storage and the documents.

``session.SignInSession`` signs in (loopback redirect or device code) and hands out access tokens;
``token_cache`` keeps MSAL's cache encrypted at rest; ``bearer`` plugs the token into WebDAV and SMTP;
``staff.current_staff()`` is the one place that says who the staff member is.
"""
