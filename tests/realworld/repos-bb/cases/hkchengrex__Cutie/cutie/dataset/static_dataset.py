stub: upstream file of 7297 bytes
