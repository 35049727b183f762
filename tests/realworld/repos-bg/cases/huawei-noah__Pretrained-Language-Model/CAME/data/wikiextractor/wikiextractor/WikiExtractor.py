stub: upstream file of 22572 bytes
