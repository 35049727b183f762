stub: upstream file of 12665 bytes
