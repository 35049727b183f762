stub: upstream file of 17012 bytes
