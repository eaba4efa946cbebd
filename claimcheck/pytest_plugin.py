"""pytest plugin (opt-in with --claimcheck); see issue 6."""
