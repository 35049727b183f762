stub: upstream file of 5279 bytes
