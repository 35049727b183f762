stub: upstream file of 34608 bytes
