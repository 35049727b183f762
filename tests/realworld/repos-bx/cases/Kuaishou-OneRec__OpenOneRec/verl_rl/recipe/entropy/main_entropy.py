stub: upstream file of 9101 bytes
