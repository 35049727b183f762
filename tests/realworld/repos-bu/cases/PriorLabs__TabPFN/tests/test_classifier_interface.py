stub: upstream file of 55244 bytes
