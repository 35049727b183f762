stub: upstream file of 28144 bytes
