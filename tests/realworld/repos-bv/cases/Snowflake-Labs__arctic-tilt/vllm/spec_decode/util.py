stub: upstream file of 9888 bytes
