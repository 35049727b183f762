stub: upstream file of 14242 bytes
