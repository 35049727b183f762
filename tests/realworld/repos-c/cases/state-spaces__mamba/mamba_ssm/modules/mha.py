stub: upstream file of 13392 bytes
