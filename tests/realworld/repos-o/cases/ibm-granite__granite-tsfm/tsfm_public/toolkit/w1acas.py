stub: upstream file of 17380 bytes
