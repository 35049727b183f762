stub: upstream file of 4761 bytes
