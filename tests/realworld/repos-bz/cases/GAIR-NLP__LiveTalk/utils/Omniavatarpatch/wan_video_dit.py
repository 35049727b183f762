stub: upstream file of 24406 bytes
