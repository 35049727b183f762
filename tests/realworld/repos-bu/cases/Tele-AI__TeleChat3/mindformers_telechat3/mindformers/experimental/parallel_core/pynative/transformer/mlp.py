stub: upstream file of 6629 bytes
