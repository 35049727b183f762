stub: upstream file of 13519 bytes
