stub: upstream file of 3978 bytes
