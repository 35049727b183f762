stub: upstream file of 9287 bytes
