stub: upstream file of 16596 bytes
