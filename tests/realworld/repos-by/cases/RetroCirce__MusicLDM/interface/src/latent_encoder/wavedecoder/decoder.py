stub: upstream file of 13115 bytes
