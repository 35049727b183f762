stub: upstream file of 40528 bytes
