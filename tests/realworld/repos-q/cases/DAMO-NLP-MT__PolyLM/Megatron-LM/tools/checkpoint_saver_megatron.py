stub: upstream file of 18995 bytes
