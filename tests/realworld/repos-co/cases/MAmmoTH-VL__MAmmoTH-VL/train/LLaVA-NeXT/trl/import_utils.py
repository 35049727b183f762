stub: upstream file of 3130 bytes
