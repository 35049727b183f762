stub: upstream file of 4340 bytes
