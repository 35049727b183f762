stub: upstream file of 18994 bytes
