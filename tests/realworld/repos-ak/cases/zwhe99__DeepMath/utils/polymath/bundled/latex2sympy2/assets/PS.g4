stub: upstream file of 16068 bytes
