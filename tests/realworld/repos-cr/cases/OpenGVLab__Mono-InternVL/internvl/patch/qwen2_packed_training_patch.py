stub: upstream file of 3991 bytes
