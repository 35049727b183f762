stub: upstream file of 6462 bytes
