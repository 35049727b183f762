stub: upstream file of 47379 bytes
