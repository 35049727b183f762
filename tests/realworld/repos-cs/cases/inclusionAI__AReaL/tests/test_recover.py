stub: upstream file of 8552 bytes
