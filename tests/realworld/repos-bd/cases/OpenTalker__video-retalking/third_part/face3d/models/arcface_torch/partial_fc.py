stub: upstream file of 9492 bytes
