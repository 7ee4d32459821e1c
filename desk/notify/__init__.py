"""Delivery channels for client messages (e-mail over SMTP, an SMS gateway over HTTP) and the
OS keyring for their credentials. Adapters: they know the wire, not the rules."""
