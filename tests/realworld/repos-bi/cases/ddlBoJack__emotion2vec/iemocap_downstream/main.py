stub: upstream file of 3603 bytes
