stub: upstream file of 29803 bytes
