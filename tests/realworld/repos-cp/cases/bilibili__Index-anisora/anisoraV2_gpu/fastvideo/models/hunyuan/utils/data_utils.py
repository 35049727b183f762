stub: upstream file of 321 bytes
