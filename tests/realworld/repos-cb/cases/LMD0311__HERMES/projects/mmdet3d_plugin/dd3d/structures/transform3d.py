stub: upstream file of 30895 bytes
