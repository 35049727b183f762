stub: upstream file of 34908 bytes
