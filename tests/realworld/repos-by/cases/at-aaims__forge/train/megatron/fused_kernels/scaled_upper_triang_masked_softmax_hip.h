stub: upstream file of 28127 bytes
