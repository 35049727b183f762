stub: upstream file of 23502 bytes
