stub: upstream file of 3074 bytes
