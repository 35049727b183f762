stub: upstream file of 24362 bytes
