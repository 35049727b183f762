stub: upstream file of 40480 bytes
