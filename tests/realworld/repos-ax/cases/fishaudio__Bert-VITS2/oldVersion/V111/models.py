stub: upstream file of 32568 bytes
