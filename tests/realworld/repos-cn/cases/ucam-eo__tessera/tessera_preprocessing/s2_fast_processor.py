stub: upstream file of 69190 bytes
