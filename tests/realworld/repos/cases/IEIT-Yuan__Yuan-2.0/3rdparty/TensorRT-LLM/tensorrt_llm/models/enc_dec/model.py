stub: upstream file of 56011 bytes
