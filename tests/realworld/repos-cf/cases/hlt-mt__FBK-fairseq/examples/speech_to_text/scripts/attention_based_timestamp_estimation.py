stub: upstream file of 15037 bytes
