stub: upstream file of 1133 bytes
