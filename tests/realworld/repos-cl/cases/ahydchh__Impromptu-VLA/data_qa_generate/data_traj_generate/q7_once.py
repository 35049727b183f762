stub: upstream file of 5100 bytes
