stub: upstream file of 8424 bytes
