stub: upstream file of 18364 bytes
