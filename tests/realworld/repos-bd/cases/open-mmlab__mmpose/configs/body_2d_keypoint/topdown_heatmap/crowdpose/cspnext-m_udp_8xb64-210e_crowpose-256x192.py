stub: upstream file of 6205 bytes
