stub: upstream file of 4446 bytes
