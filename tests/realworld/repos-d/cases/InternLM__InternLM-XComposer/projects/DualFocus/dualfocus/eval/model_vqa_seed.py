stub: upstream file of 10921 bytes
