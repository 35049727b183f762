stub: upstream file of 35223 bytes
