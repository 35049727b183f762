stub: upstream file of 30499 bytes
