stub: upstream file of 30389 bytes
