stub: upstream file of 28626 bytes
