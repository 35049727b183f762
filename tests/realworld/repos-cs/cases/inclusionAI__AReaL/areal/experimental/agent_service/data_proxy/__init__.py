stub: upstream file of 170 bytes
