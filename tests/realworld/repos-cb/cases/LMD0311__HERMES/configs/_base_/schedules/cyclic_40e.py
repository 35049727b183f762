stub: upstream file of 1572 bytes
