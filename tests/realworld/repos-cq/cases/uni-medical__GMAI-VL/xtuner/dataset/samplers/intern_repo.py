stub: upstream file of 2628 bytes
