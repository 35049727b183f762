stub: upstream file of 13267 bytes
