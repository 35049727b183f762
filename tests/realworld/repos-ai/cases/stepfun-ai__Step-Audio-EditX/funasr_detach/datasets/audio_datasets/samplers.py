stub: upstream file of 10667 bytes
