stub: upstream file of 1595 bytes
