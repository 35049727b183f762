stub: upstream file of 8489 bytes
