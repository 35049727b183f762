stub: upstream file of 27599 bytes
