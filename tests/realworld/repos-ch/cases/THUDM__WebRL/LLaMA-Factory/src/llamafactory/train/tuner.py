stub: upstream file of 6223 bytes
