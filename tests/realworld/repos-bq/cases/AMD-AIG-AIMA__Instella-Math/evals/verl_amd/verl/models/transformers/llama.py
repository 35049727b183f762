stub: upstream file of 10393 bytes
