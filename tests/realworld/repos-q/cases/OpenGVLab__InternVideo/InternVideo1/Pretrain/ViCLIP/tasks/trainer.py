stub: upstream file of 12088 bytes
