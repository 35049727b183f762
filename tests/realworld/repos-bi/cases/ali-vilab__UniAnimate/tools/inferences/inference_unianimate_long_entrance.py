stub: upstream file of 23023 bytes
