stub: upstream file of 51159 bytes
