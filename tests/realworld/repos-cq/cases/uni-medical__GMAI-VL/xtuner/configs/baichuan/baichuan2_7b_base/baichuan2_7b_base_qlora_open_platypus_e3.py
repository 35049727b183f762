stub: upstream file of 7101 bytes
