stub: upstream file of 9434 bytes
