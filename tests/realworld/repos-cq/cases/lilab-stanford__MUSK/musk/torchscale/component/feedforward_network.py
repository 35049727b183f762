stub: upstream file of 4407 bytes
