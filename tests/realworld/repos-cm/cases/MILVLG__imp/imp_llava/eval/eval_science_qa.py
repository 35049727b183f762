stub: upstream file of 3999 bytes
