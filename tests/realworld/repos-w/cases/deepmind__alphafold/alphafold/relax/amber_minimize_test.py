stub: upstream file of 4348 bytes
