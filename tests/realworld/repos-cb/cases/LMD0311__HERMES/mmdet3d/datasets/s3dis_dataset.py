stub: upstream file of 17160 bytes
