stub: upstream file of 15161 bytes
