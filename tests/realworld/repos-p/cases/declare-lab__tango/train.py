stub: upstream file of 22493 bytes
