stub: upstream file of 3245 bytes
