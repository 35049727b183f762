stub: upstream file of 58340 bytes
