stub: upstream file of 9550 bytes
