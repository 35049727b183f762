stub: upstream file of 8483 bytes
