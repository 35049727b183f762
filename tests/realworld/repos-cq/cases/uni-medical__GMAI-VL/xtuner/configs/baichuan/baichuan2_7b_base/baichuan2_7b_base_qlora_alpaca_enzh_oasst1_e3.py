stub: upstream file of 8222 bytes
