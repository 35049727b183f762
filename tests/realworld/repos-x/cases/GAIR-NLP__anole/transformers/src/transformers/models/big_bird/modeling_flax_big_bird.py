stub: upstream file of 109510 bytes
