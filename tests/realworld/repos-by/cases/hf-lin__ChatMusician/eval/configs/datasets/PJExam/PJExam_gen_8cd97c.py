stub: upstream file of 1895 bytes
