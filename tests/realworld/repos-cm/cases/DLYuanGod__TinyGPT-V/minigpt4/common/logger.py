stub: upstream file of 6001 bytes
