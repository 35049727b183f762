stub: upstream file of 11306 bytes
