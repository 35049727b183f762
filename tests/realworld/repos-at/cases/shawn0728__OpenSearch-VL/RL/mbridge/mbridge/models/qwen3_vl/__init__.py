stub: upstream file of 14254 bytes
