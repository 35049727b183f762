stub: upstream file of 38204 bytes
