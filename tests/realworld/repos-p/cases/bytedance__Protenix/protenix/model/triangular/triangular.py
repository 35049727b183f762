stub: upstream file of 27531 bytes
