stub: upstream file of 16223 bytes
