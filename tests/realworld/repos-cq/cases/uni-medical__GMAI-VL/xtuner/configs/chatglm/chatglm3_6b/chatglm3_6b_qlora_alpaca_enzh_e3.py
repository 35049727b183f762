stub: upstream file of 7744 bytes
