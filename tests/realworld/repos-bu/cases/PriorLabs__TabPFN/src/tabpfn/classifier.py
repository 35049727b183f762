stub: upstream file of 82321 bytes
