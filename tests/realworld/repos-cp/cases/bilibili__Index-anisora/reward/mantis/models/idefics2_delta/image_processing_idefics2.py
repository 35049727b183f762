stub: upstream file of 27464 bytes
