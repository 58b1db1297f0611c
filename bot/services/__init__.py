"""Runtime services that run beside the platforms: reminders, challenge posts, send pacing and
the outbound transport they send through."""
