stub: upstream file of 17214 bytes
