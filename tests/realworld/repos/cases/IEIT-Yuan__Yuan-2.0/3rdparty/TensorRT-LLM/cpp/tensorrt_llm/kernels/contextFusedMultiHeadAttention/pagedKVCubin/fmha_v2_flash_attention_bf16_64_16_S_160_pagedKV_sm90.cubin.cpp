stub: upstream file of 483854 bytes
