stub: upstream file of 4973 bytes
