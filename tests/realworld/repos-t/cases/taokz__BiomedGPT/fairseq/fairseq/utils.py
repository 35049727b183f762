stub: upstream file of 26500 bytes
