stub: upstream file of 144 bytes
