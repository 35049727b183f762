stub: upstream file of 80820 bytes
