stub: upstream file of 22626 bytes
