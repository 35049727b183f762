stub: upstream file of 4519 bytes
