stub: upstream file of 26461 bytes
