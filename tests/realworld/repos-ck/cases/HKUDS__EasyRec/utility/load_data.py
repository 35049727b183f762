stub: upstream file of 17905 bytes
