stub: upstream file of 18700 bytes
