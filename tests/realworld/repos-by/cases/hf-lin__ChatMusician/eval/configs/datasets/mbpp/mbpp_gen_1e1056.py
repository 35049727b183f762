stub: upstream file of 3512 bytes
