stub: upstream file of 14067 bytes
