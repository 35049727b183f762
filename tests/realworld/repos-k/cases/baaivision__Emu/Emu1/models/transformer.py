stub: upstream file of 11338 bytes
