stub: upstream file of 11506 bytes
