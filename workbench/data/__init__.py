"""Package data: registries and vocabularies, each with a note on where it came from."""
