stub: upstream file of 11628 bytes
