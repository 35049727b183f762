stub: upstream file of 11475 bytes
