stub: upstream file of 483 bytes
