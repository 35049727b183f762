stub: upstream file of 19572 bytes
