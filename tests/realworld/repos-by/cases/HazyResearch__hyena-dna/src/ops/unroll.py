stub: upstream file of 12321 bytes
