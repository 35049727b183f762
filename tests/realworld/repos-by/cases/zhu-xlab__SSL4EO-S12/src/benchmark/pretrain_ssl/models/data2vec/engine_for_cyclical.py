stub: upstream file of 9001 bytes
