stub: upstream file of 13453 bytes
