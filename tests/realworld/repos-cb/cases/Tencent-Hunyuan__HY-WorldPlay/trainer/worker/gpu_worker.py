stub: upstream file of 9425 bytes
