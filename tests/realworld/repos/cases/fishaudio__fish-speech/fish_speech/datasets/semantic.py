stub: upstream file of 20572 bytes
