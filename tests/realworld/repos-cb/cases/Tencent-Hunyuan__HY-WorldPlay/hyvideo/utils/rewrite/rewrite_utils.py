stub: upstream file of 3585 bytes
