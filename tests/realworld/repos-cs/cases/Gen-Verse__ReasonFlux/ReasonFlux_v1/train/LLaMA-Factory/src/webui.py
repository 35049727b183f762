stub: upstream file of 1033 bytes
