stub: upstream file of 54589 bytes
