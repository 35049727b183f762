stub: upstream file of 37895 bytes
