stub: upstream file of 3249 bytes
