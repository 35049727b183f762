stub: upstream file of 27172 bytes
