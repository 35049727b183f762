stub: upstream file of 8576 bytes
