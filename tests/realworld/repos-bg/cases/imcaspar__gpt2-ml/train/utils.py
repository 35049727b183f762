stub: upstream file of 8249 bytes
