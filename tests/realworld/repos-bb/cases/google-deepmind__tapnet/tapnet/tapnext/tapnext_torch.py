stub: upstream file of 11773 bytes
