stub: upstream file of 2223 bytes
