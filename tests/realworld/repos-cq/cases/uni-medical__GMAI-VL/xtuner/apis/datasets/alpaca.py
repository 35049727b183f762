stub: upstream file of 3308 bytes
