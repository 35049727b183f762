stub: upstream file of 4980 bytes
