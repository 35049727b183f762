stub: upstream file of 10678 bytes
