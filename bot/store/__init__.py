"""Storage backends; each subpackage implements handlers.store.Store and owns all of its SQL."""
