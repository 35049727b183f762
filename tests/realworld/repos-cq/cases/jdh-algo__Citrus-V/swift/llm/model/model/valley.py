stub: upstream file of 3608 bytes
