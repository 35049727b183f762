stub: upstream file of 27449 bytes
