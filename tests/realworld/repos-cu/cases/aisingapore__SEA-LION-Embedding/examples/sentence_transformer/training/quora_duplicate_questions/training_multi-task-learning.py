stub: upstream file of 9342 bytes
