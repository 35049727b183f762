stub: upstream file of 7249 bytes
