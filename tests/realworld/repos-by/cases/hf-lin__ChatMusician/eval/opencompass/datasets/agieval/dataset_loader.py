stub: upstream file of 16445 bytes
