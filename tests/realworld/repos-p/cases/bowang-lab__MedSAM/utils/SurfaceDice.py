stub: upstream file of 30997 bytes
