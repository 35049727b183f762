stub: upstream file of 1968 bytes
