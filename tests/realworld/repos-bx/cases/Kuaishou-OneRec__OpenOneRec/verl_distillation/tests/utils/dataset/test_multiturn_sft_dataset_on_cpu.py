stub: upstream file of 9054 bytes
