stub: upstream file of 29531 bytes
