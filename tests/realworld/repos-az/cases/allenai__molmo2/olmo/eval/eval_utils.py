stub: upstream file of 15357 bytes
