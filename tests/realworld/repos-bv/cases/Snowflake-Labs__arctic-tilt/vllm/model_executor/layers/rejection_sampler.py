stub: upstream file of 16469 bytes
