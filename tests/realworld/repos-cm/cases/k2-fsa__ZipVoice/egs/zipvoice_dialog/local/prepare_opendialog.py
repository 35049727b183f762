stub: upstream file of 8475 bytes
