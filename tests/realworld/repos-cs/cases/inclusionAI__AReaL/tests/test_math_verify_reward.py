stub: upstream file of 26514 bytes
