stub: upstream file of 60539 bytes
