stub: upstream file of 12403 bytes
