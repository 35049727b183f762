stub: upstream file of 5560 bytes
