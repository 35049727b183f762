stub: upstream file of 1536 bytes
