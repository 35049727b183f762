stub: upstream file of 16322 bytes
