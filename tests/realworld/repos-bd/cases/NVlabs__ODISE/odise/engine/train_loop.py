stub: upstream file of 12464 bytes
