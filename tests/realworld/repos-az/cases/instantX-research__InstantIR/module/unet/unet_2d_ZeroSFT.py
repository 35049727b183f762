stub: upstream file of 70159 bytes
