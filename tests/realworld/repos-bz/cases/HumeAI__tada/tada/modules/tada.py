stub: upstream file of 64500 bytes
