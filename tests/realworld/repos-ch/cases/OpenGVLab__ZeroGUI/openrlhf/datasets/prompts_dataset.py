stub: upstream file of 4001 bytes
