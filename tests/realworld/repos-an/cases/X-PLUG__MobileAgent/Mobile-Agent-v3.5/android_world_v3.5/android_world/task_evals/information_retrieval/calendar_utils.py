stub: upstream file of 11543 bytes
