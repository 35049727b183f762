stub: upstream file of 5364 bytes
