"""Single sign-on UI: the sign-in dialog (browser or device code), the "who is signed in" badge for the home page,
and the controller that runs the sign-in service off the GUI thread."""
