stub: upstream file of 7001 bytes
