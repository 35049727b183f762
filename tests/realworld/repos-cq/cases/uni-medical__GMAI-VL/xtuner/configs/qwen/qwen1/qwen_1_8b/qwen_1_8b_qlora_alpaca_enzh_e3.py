stub: upstream file of 7970 bytes
