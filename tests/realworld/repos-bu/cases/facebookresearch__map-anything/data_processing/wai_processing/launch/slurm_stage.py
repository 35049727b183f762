stub: upstream file of 8526 bytes
