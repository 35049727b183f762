stub: upstream file of 4482 bytes
