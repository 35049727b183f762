stub: upstream file of 5034 bytes
