stub: upstream file of 9377 bytes
